import { spawn } from "node:child_process";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The `next start` preload on a bare Node server (no build needed): the
 * shutdown rules themselves, including the time limit the end-to-end spec
 * cannot reach.
 */

const PRELOAD = path.resolve("lib/server-process/preload.mjs");

// Answers /slow after 800 ms, /never not at all, anything else at once;
// /render asks itself for /slow after 300 ms through the render listener,
// as the page cache does for a miss.
const SERVER = `
  const http = require("node:http");
  const server = http.createServer((req, res) => {
    if (req.url.startsWith("/never")) return;
    if (req.url.startsWith("/render")) {
      const origin = globalThis[Symbol.for("encuentros.renderOrigin")];
      setTimeout(() => fetch(origin + "/slow").then((answer) => res.end("render " + answer.status), (error) => res.end(String(error.cause?.code))), 300);
      return;
    }
    setTimeout(() => res.end("done"), req.url.startsWith("/slow") ? 800 : 0);
  });
  server.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ port: server.address().port })));
`;

function startServer(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["--import", PRELOAD, "-e", SERVER], {
    env: { ...process.env, LOG_LEVEL: "debug", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const lines = () => output.split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const port = new Promise<number>((resolve) => {
    const check = () => {
      const ready = lines().find((line) => typeof line.port === "number");
      if (ready) resolve(ready.port as number);
      else setTimeout(check, 20);
    };
    check();
  });
  return { child, lines, exited, port };
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 20));
}

function getText(port: number, urlPath: string, agent: http.Agent | false = false): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    http.get({ host: "127.0.0.1", port, path: urlPath, agent }, (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
    }).on("error", reject);
  });
}

async function get(port: number, urlPath: string, agent: http.Agent | false = false): Promise<number> {
  return (await getText(port, urlPath, agent)).status;
}

function connect(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.destroy();
      resolve();
    });
    socket.on("error", reject);
  });
}

describe("server preload", () => {
  it("on SIGTERM finishes the request in flight, refuses new connections and exits 0", async () => {
    const server = startServer();
    const port = await server.port;
    const slow = get(port, "/slow?visitor=secret");
    await until(() => server.lines().some((line) => line.event === "http.request.start"));
    server.child.kill("SIGTERM");
    await until(() => server.lines().some((line) => line.event === "server.shutdown"));
    await expect(connect(port)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    expect(await slow).toBe(200);
    expect(await server.exited).toBe(0);

    const lines = server.lines();
    expect(lines.find((line) => line.event === "server.shutdown")).toMatchObject({ signal: "SIGTERM", inFlight: 1 });
    expect(lines.find((line) => line.event === "http.request")).toMatchObject({ method: "GET", path: "/slow", status: 200 });
    expect(lines.at(-1)).toMatchObject({ event: "server.stopped", databaseClosed: false });
    expect(JSON.stringify(lines)).not.toContain("secret");
  });

  it("on SIGTERM still renders through the loopback for a request already received, while refusing new connections", async () => {
    const server = startServer();
    const port = await server.port;
    const render = getText(port, "/render");
    await until(() => server.lines().some((line) => line.event === "http.request.start"));
    server.child.kill("SIGTERM");
    await until(() => server.lines().some((line) => line.event === "server.shutdown"));
    await expect(connect(port)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    expect(await render).toEqual({ status: 200, text: "render 200" });
    expect(await server.exited).toBe(0);
    expect(server.lines().filter((line) => line.event === "http.request").map((line) => line.path)).toEqual(["/slow", "/render"]);
  });

  it("does not wait for idle kept-alive connections", async () => {
    const server = startServer();
    const port = await server.port;
    const agent = new http.Agent({ keepAlive: true });
    expect(await get(port, "/", agent)).toBe(200);
    const signalled = Date.now();
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(2_000);
    agent.destroy();
  });

  it("binds a server that names no address (as Next.js is started) to the launcher's address", async () => {
    const script = `
      const server = require("node:http").createServer((req, res) => res.end());
      server.listen(0, () => { console.log(JSON.stringify(server.address())); server.close(); });
    `;
    const address = (host?: string) =>
      new Promise<{ address: string }>((resolve, reject) => {
        const env: NodeJS.ProcessEnv = { ...process.env, ENCUENTROS_BIND_HOST: host };
        if (!host) delete env.ENCUENTROS_BIND_HOST;
        const child = spawn(process.execPath, ["--import", PRELOAD, "-e", script], { env, stdio: ["ignore", "pipe", "inherit"] });
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.on("exit", () => (output ? resolve(JSON.parse(output) as { address: string }) : reject(new Error("no address printed"))));
      });
    expect((await address("127.0.0.1")).address).toBe("127.0.0.1");
    expect((await address()).address).toBe("::");
  });

  it("gives up after SHUTDOWN_TIMEOUT_MS with exit code 1", async () => {
    const server = startServer({ SHUTDOWN_TIMEOUT_MS: "300" });
    const port = await server.port;
    const never = get(port, "/never").catch((error: NodeJS.ErrnoException) => error.code);
    await until(() => server.lines().some((line) => line.event === "http.request.start"));
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(1);
    expect(server.lines().at(-1)).toMatchObject({ event: "server.shutdown.timeout", inFlight: 1, timeoutMs: 300 });
    expect(await never).toBe("ECONNRESET");
  });
});
