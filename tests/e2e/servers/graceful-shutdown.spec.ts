import { spawn, type ChildProcess } from "node:child_process";
import { baseURL as suiteBaseURL } from "../../../playwright.config";
import http from "node:http";
import net from "node:net";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { freePort } from "../support/free-port";
import { startPostgresCluster, type PostgresCluster } from "../support/postgres-cluster";
import { DEMO_PARTNER_SLUG } from "../support/public-pages";

/**
 * `npm start` on SIGTERM: requests in flight are answered, new connections
 * are refused, the database is closed, the process exits 0. Runs a server
 * of its own (the suite's server keeps serving the other tests) from the
 * build the suite already made (.next-e2e), on a PostgreSQL server of the
 * test's own. The requests stay in flight because the database makes them
 * wait (a lock the test holds on the table they read), not because the
 * server is busy: a server busy drawing can only notice SIGTERM once it is
 * done, when nothing is in flight any more.
 */

let port = 0;
// The partner's flyer reads the place from the database on every request (never cached).
const SLOW_PATH = `/flyer/partner/${DEMO_PARTNER_SLUG}`;
const CONCURRENT = 8;

type Answer = { status: number; bytes: number };

/** One GET on a connection of its own (no keep-alive pool), or on the agent's kept-alive one. */
function get(
  urlPath: string,
  headers: Record<string, string> = {},
  agent: http.Agent | false = false,
): Promise<Answer & { connection?: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path: urlPath, headers, agent }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, bytes, connection: response.headers.connection }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

function connect(): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.destroy();
      resolve();
    });
    socket.on("error", reject);
  });
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test.describe("graceful shutdown", () => {
  let server: ChildProcess | undefined;
  let cluster: PostgresCluster | undefined;
  let lock: pg.Client | undefined;

  test.afterEach(async () => {
    if (server?.exitCode === null) server.kill("SIGKILL");
    await lock?.end().catch(() => undefined);
    cluster?.destroy();
  });

  test("on SIGTERM answers the requests in flight, refuses new connections, exits 0, and logs no visitor data", async () => {
    test.setTimeout(240_000);
    cluster = await startPostgresCluster();
    port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      NEXT_DIST_DIR: ".next-e2e",
      TZ: "UTC",
      // The suite's own SITE_URL (any would do: a build does not depend on it).
      SITE_URL: suiteBaseURL,
      DATABASE_URL: cluster.url,
      SEED_DEMO_DATA: "true",
      // Debug adds a line when a request arrives: the test knows what is in flight.
      LOG_LEVEL: "debug",
    };
    // As `npm start` runs it, without npm in between.
    server = spawn(process.execPath, ["lib/cli/start.mjs"], { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => server!.on("exit", (code) => resolve(code)));
    const logLines = () =>
      output
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>);

    await waitFor(
      "the server to answer",
      async () => (await get("/api/health").catch(() => null))?.status === 200,
      180_000,
    );

    // What a visitor sends that must never reach the log.
    const visitor = await get("/es?area=Oak+Cliff&token=s3cret-query", {
      "X-Forwarded-For": "203.0.113.77",
      Cookie: "tracker=c00kie-value",
      "User-Agent": "VisitorPhone/1.0",
    });
    expect(visitor.status).toBe(200);
    await waitFor(
      "the visit's log line",
      () => logLines().some((line) => line.event === "http.request" && line.path === "/es"),
      10_000,
    );

    // The flyers wait on the place's table until the test lets go.
    lock = new pg.Client({ connectionString: cluster.url });
    await lock.connect();
    await lock.query('BEGIN; LOCK TABLE "Venue" IN ACCESS EXCLUSIVE MODE');
    // A visitor's connection, kept alive and idle when SIGTERM arrives.
    const keptAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });
    expect((await get("/api/health", {}, keptAlive)).connection).toBe("keep-alive");
    const answers = Array.from({ length: CONCURRENT }, () => get(SLOW_PATH));
    const arrived = () =>
      logLines().filter((line) => line.event === "http.request.start" && line.path === SLOW_PATH).length;
    await waitFor("every slow request to reach the server", () => arrived() === CONCURRENT, 30_000);
    server.kill("SIGTERM");

    await waitFor("the shutdown to begin", () => logLines().some((line) => line.event === "server.shutdown"), 10_000);
    await expect(connect()).rejects.toMatchObject({ code: "ECONNREFUSED" });
    // A request on that open connection is still answered, and told the connection ends.
    const late = await get("/robots.txt", {}, keptAlive);
    expect(late.status).toBe(200);
    expect(late.connection).toBe("close");
    keptAlive.destroy();
    await lock.query("COMMIT");

    const results = await Promise.all(answers);
    for (const result of results) {
      expect(result.status).toBe(200);
      expect(result.bytes).toBeGreaterThan(1_000);
    }
    expect(await exited).toBe(0);

    const lines = logLines();
    const shutdown = lines.find((line) => line.event === "server.shutdown")!;
    expect(shutdown).toMatchObject({ signal: "SIGTERM" });
    expect(shutdown.inFlight).toBe(CONCURRENT);
    expect(
      lines.filter((line) => line.event === "http.request" && line.path === SLOW_PATH && line.status === 200),
    ).toHaveLength(CONCURRENT);
    expect(lines.at(-1)).toMatchObject({ event: "server.stopped", signal: "SIGTERM", databaseClosed: true });

    for (const line of lines.filter((entry) => entry.event === "http.request")) {
      expect(Object.keys(line).sort()).toEqual(
        expect.arrayContaining(["durationMs", "event", "level", "method", "path", "requestId", "status", "time"]),
      );
      expect(String(line.path)).not.toContain("?");
    }
    for (const secret of ["s3cret-query", "Oak+Cliff", "203.0.113.77", '127.0.0.1"', "c00kie-value", "VisitorPhone"]) {
      expect(output, secret).not.toContain(secret);
    }
  });
});
