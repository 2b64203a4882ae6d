// @ts-check
/**
 * The server process: Next.js through its documented custom-server API
 * (`next()`, `getRequestHandler()`), behind the boundary (boundary.ts).
 * Plain JavaScript, so the process never loads TypeScript tooling; the
 * boundary itself is app code, built by Next.js and handed over by
 * instrumentation.ts once `prepare()` has run it.
 *
 * What this file does is transport only:
 * - a public listener whose requests get an id, the connection's address
 *   (internal-headers.mjs), Strict-Transport-Security on an https site, one
 *   log line (request-log.mjs), then the boundary; an `Upgrade` is refused;
 *   slow headers are cut off after 10 s (a form's slow body too, in boundary.ts);
 * - a private listener on an ephemeral 127.0.0.1 port for the boundary's
 *   own renders, which answers only requests carrying this process's token
 *   (the same HTTP server: its timeouts hold on both);
 * - graceful shutdown on SIGTERM or SIGINT: new connections are refused at
 *   once (a proxy in front moves on), requests in flight and requests still
 *   arriving on open connections are answered (with `Connection: close`),
 *   idle connections get the keep-alive window they were promised, the
 *   database is closed, and the process exits 0 (1 after SHUTDOWN_TIMEOUT_MS).
 */
import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { writeLog } from "../logging/log.mjs";
import { RENDER_HEADER, stampPeerAddress } from "./internal-headers.mjs";
import { outageAwareResponse } from "./outage-response.mjs";
import { createPostTally, isResidentPost, pathOfRequestTarget, requestLogFields } from "./request-log.mjs";
import { runtimeEnv, standaloneListen } from "./runtime-env.mjs";
import { strictTransportSecurityFor } from "./transport-security.mjs";

const BOUNDARY_KEY = Symbol.for("encuentros.receiveBoundary");
// A request's headers must arrive within this (a residents' form body has
// its own limit in boundary.ts); the time to answer is not limited here.
const HEADERS_TIMEOUT_MS = 10_000;
const KEEP_ALIVE_TIMEOUT_MS = 5_000;

/** @param {net.Server} server @param {number} port @param {string} host */
const listen = (server, port, host) =>
  new Promise((resolve, reject) => server.once("error", reject).listen(port, host, () => resolve(undefined)));

/**
 * @param {{ host: string; port: number; dev?: boolean; dir?: string }} options
 */
export async function serve({ host, port, dev = false, dir = process.cwd() }) {
  const { SHUTDOWN_TIMEOUT_MS, SITE_URL } = runtimeEnv();
  const strictTransport = strictTransportSecurityFor(SITE_URL);
  const require = createRequire(path.join(dir, "package.json"));
  /** @type {(options: { dev: boolean; dir: string; port: number }) => { prepare(): Promise<void>; getRequestHandler(): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>; getUpgradeHandler(): (req: http.IncomingMessage, socket: import("node:stream").Duplex, head: Buffer) => Promise<void> }} */
  const next = require("next");
  // No hostname: given 127.0.0.1, Next.js 16 answers 500 ("Invalid URL") to
  // the pages its proxy rewrites. The sockets below are bound here instead.
  /** @type {Promise<Function>} */
  const boundaryInstalled = new Promise(
    (resolve) => /** @type {Record<symbol, unknown>} */ (globalThis[BOUNDARY_KEY] = resolve),
  );
  const app = next({ dev, dir, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  /** @type {Set<http.ServerResponse>} */
  const inFlight = new Set();
  let shuttingDown = false;
  /** @type {(() => void) | undefined} */
  let onDrained;
  const posts = createPostTally();
  const writePostCounts = (/** @type {{ all?: boolean }} */ options) => {
    for (const { hour, count } of posts.flush(options)) writeLog("info", "public.form.posts", { hour, count });
  };
  setInterval(() => writePostCounts({}), 60_000).unref();

  /** @param {http.IncomingMessage} request @param {http.ServerResponse} response */
  function track(request, response) {
    const started = performance.now();
    const requestId = randomUUID();
    response.setHeader("X-Request-Id", requestId);
    if (strictTransport) response.setHeader("Strict-Transport-Security", strictTransport);
    if (shuttingDown) response.shouldKeepAlive = false;
    inFlight.add(response);
    // Not for posts: a resident's form post is logged only as an hourly count (request-log.mjs).
    if (request.method === "GET" || request.method === "HEAD")
      writeLog("debug", "http.request.start", {
        method: request.method,
        path: pathOfRequestTarget(request.url),
        requestId,
      });
    response.once("close", () => {
      inFlight.delete(response);
      if (isResidentPost(response)) posts.count();
      else {
        const fields = requestLogFields(request, response, { requestId, durationMs: performance.now() - started });
        writeLog(fields.status >= 500 ? "error" : "info", "http.request", fields);
      }
      if (inFlight.size === 0) onDrained?.();
    });
  }

  const token = randomBytes(24).toString("base64url");
  /** @type {((req: http.IncomingMessage, res: http.ServerResponse) => unknown) & { databaseIsDown(): boolean }} */
  let boundary = Object.assign(handle, { databaseIsDown: () => false });
  let renderPort = 0;

  /** The boundary's own renders, on the private port: only with this process's token. */
  function render(/** @type {http.IncomingMessage} */ request, /** @type {http.ServerResponse} */ response) {
    if (request.headers[RENDER_HEADER] !== token) {
      response.writeHead(403).end();
      return;
    }
    // A form post's render carries the visitor's address from the boundary; a page render has none.
    if (!request.headers["x-encuentros-peer-address"]) stampPeerAddress(request);
    inFlight.add(response);
    response.once("close", () => {
      inFlight.delete(response);
      if (inFlight.size === 0) onDrained?.();
    });
    void handle(request, response);
  }

  /** A visitor's request, on the public port. */
  function visit(/** @type {http.IncomingMessage} */ request, /** @type {http.ServerResponse} */ response) {
    stampPeerAddress(request);
    track(request, response);
    if (request.headers.upgrade) {
      response.writeHead(400, { connection: "close", "content-length": 0 }).end();
      return;
    }
    Promise.resolve(boundary(request, response)).catch((error) => {
      writeLog("error", "server.request.failed", {
        error: error instanceof Error ? error.name : "unknown",
        path: pathOfRequestTarget(request.url),
      });
      if (!response.headersSent)
        response
          .writeHead(500, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" })
          .end("Internal Server Error");
      else response.destroy();
    });
  }

  // One HTTP server, two ways in. It listens itself on the private render
  // port (so Node.js enforces its timeouts on every connection), and the
  // public listener below hands it the visitors' connections.
  const server = http.createServer(
    {
      headersTimeout: HEADERS_TIMEOUT_MS,
      keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
      connectionsCheckingInterval: 1_000,
      ServerResponse: outageAwareResponse(() => boundary.databaseIsDown()),
    },
    (request, response) =>
      (request.socket.localPort === renderPort && request.socket.remoteAddress === "127.0.0.1" ? render : visit)(
        request,
        response,
      ),
  );
  await listen(server, 0, "127.0.0.1");
  renderPort = /** @type {net.AddressInfo} */ (server.address()).port;
  const renderOrigin = `http://127.0.0.1:${renderPort}`;

  // In production Next.js prepares itself (and runs instrumentation.ts,
  // which installs the boundary) on its first request: make that one of
  // ours, before the public port opens.
  await fetch(`${renderOrigin}/robots.txt`, { headers: { [RENDER_HEADER]: token } }).then((answer) =>
    answer.arrayBuffer(),
  );
  const timeout = new Promise((resolve) => setTimeout(resolve, 60_000).unref());
  const createBoundary = await Promise.race([boundaryInstalled, timeout]);
  if (createBoundary) boundary = createBoundary({ next: handle, origin: renderOrigin, token, caching: !dev });
  else if (dev)
    writeLog("warn", "server.boundary.missing", {
      note: "next dev did not run instrumentation.ts yet: requests go straight to Next.js",
    });
  else
    throw new Error("The request boundary was not installed: instrumentation.ts did not run (is the build current?).");

  const upgrade = app.getUpgradeHandler();
  server.on("upgrade", (request, socket, head) => {
    // `next dev` reloads pages over a WebSocket of its own; nothing else upgrades.
    if (dev && request.url?.startsWith("/_next/")) void upgrade(request, socket, head);
    else socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
  });
  // Connections are accepted by a listener of our own and handed to the
  // HTTP server, so that on shutdown accepting stops without closing the
  // idle kept-alive connections (http.Server#close would).
  /** @type {Set<net.Socket>} */
  const connections = new Set();
  const listener = net.createServer((socket) => {
    connections.add(socket);
    socket.once("close", () => connections.delete(socket));
    server.emit("connection", socket);
  });
  await listen(listener, port, host);
  writeLog("info", "server.listening", { port, dev });

  /** @param {NodeJS.Signals} signal */
  async function shutDown(signal) {
    if (shuttingDown) return;
    shuttingDown = true;
    setTimeout(() => {
      writeLog("error", "server.shutdown.timeout", { inFlight: inFlight.size, timeoutMs: SHUTDOWN_TIMEOUT_MS });
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    for (const response of inFlight) if (!response.headersSent) response.shouldKeepAlive = false;
    listener.close();
    writeLog("info", "server.shutdown", { signal, inFlight: inFlight.size, timeoutMs: SHUTDOWN_TIMEOUT_MS });
    if (inFlight.size > 0) await new Promise((resolve) => (onDrained = () => resolve(undefined)));
    // Idle kept-alive connections were told how long they may stay
    // (Keep-Alive: timeout=5) and Node.js closes each when that is up; a
    // request arriving on one meanwhile is answered, with Connection: close.
    const deadline = Date.now() + KEEP_ALIVE_TIMEOUT_MS + 500;
    while ((connections.size > 0 || inFlight.size > 0) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    server.closeAllConnections();
    server.close();
    writePostCounts({ all: true });
    // The app's one database client (lib/db/client.ts keeps it on globalThis).
    const db = /** @type {{ encuentrosDb?: { $disconnect(): Promise<void> } }} */ (globalThis).encuentrosDb;
    let databaseClosed = false;
    try {
      await db?.$disconnect();
      databaseClosed = Boolean(db);
    } catch (error) {
      // The name only: a driver's message may quote connection details.
      writeLog("error", "server.shutdown.database", { error: error instanceof Error ? error.name : "unknown" });
    }
    writeLog("info", "server.stopped", { signal, databaseClosed });
    process.exit(0);
  }
  process.on("SIGTERM", () => void shutDown("SIGTERM"));
  process.on("SIGINT", () => void shutDown("SIGINT"));
}

// `node lib/server-process/server.mjs`: a built site on PORT (3000) and HOST
// (127.0.0.1), without the checks of `npm start` (tests and benchmarks
// that start instances of their own on a prepared database).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.env.NODE_ENV ??= "production";
  process.env.NEXT_RUNTIME = "nodejs";
  await serve(standaloneListen());
}
