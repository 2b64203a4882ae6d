/**
 * Loaded into the server process before Next.js: lib/cli/start.mjs imports
 * it into the production server, and puts it in NODE_OPTIONS for `next dev`.
 * It watches every http.Server the process starts:
 *
 * - the connection's address on every request, in a header no client can set
 *   (lib/server-process/peer-address.mjs);
 * - Strict-Transport-Security on every response when SITE_URL is https
 *   (lib/server-process/transport-security.mjs);
 * - one JSON log line per request (lib/server-process/request-log.mjs);
 * - pages and feeds already in the app's cache, sent without Next.js
 *   (lib/server-process/cached-hit.mjs);
 * - graceful shutdown on SIGTERM or SIGINT: stop accepting connections, let
 *   the requests in flight finish, close the database, exit 0; exit 1 if
 *   that takes longer than SHUTDOWN_TIMEOUT_MS (10 s). Requests on
 *   connections already open are still answered, cache misses included
 *   (their loopback renders use lib/server-process/render-listener.mjs).
 *
 * `next start` has its own SIGTERM handler (server.close(), then exit 143,
 * with no time limit and without closing the database);
 * NEXT_MANUAL_SIG_HANDLE switches it off in favour of this one.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import { writeLog } from "../logging/log.mjs";
import { sendCachedHit } from "./cached-hit.mjs";
import { stampPeerAddress } from "./peer-address.mjs";
import { openRenderListener } from "./render-listener.mjs";
import { pathOfRequestTarget, requestLogFields } from "./request-log.mjs";
import { runtimeEnv } from "./runtime-env.mjs";
import { strictTransportSecurityFor } from "./transport-security.mjs";

process.env.NEXT_MANUAL_SIG_HANDLE = "1";

const { SHUTDOWN_TIMEOUT_MS, ENCUENTROS_BIND_HOST: BIND_HOST, SITE_URL } = runtimeEnv();
const STRICT_TRANSPORT = strictTransportSecurityFor(SITE_URL);

/** @type {Set<http.Server>} */
const servers = new Set();
/** @type {Set<http.ServerResponse>} */
const inFlight = new Set();
/** @type {import("node:net").Server | undefined} */
let renderListener;
let shuttingDown = false;
/** @type {(() => void) | undefined} */
let onDrained;

/**
 * @param {http.Server} server
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 */
function track(server, request, response) {
  servers.add(server);
  const started = performance.now();
  const requestId = randomUUID();
  response.setHeader("X-Request-Id", requestId);
  if (STRICT_TRANSPORT) response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT);
  // A request on a kept-alive connection during shutdown is served, then the connection closes.
  if (shuttingDown) response.shouldKeepAlive = false;
  inFlight.add(response);
  writeLog("debug", "http.request.start", { method: request.method, path: pathOfRequestTarget(request.url), requestId });

  let logged = false;
  const done = () => {
    if (logged) return;
    logged = true;
    inFlight.delete(response);
    const fields = requestLogFields(request, response, { requestId, durationMs: performance.now() - started });
    writeLog(fields.status >= 500 ? "error" : "info", "http.request", fields);
    if (shuttingDown) setImmediate(closeIdleConnections);
    if (inFlight.size === 0) onDrained?.();
  };
  response.once("finish", done);
  response.once("close", done);
}

// The address to listen on, from lib/cli/start.mjs (HOST, or loopback in
// local mode). Next.js is started without a hostname, as plain `next start`
// is, and its listening socket is bound here: given one, Next.js 16 answers
// 500 ("Invalid URL") to every page its proxy rewrites, such as the Spanish
// paths, when the hostname is 127.0.0.1.
if (BIND_HOST) {
  const listen = http.Server.prototype.listen;
  /** @this {http.Server} @param {any[]} args */
  http.Server.prototype.listen = function (...args) {
    // listen(port), listen(port, undefined) or listen(port, callback): no address named.
    if (typeof args[0] === "number" && typeof args[1] !== "string") args.splice(1, args[1] === undefined ? 1 : 0, BIND_HOST);
    return listen.apply(this, /** @type {any} */ (args));
  };
}

const emit = http.Server.prototype.emit;
/** @this {http.Server} @param {string | symbol} event @param {any[]} args */
http.Server.prototype.emit = function (event, ...args) {
  if (event === "listening") {
    servers.add(this);
    renderListener ??= openRenderListener(this);
    handleSignals();
  }
  if (event === "request") {
    stampPeerAddress(args[0]);
    track(this, args[0], args[1]);
    if (sendCachedHit(args[0], args[1])) return true;
  }
  return emit.call(this, event, ...args);
};

function closeIdleConnections() {
  for (const server of servers) server.closeIdleConnections();
}

/** @param {NodeJS.Signals} signal */
async function shutDown(signal) {
  if (shuttingDown) return;
  shuttingDown = true;
  setTimeout(() => {
    writeLog("error", "server.shutdown.timeout", { inFlight: inFlight.size, timeoutMs: SHUTDOWN_TIMEOUT_MS });
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS);

  for (const response of inFlight) if (!response.headersSent) response.shouldKeepAlive = false;
  // close(): the listening socket goes at once (new connections are
  // refused); its callback runs once the last connection has ended.
  const closed = [...servers].map((server) => new Promise((resolve) => server.close(() => resolve(undefined))));
  closeIdleConnections();
  writeLog("info", "server.shutdown", { signal, inFlight: inFlight.size, timeoutMs: SHUTDOWN_TIMEOUT_MS });
  if (inFlight.size > 0) await new Promise((resolve) => (onDrained = () => resolve(undefined)));
  // Nothing is being answered now: kept-alive connections may go.
  renderListener?.close();
  for (const server of servers) server.closeAllConnections();
  await Promise.all(closed);

  // The app's one database client (lib/db/client.ts keeps it on globalThis;
  // none when no request needed the database).
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

let handlingSignals = false;
// Only in the process that serves: `next dev` runs its server in a child,
// and its parent (which loads this file too) must keep its own handling.
function handleSignals() {
  if (handlingSignals) return;
  handlingSignals = true;
  process.on("SIGTERM", () => void shutDown("SIGTERM"));
  process.on("SIGINT", () => void shutDown("SIGINT"));
}
