import { spawn } from "node:child_process";
import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";

/**
 * The address the sign-in throttle counts against, on a real Node server
 * that stamps each request as lib/server-process/server.mjs does
 * (internal-headers.mjs): a client sends whatever headers it likes.
 */

// Answers every request with what the app would see: the client address, and the stamped header in each of Node's three views.
const SERVER = `
  const http = await import("node:http");
  const { clientIp } = await import("./lib/auth/client-ip.ts");
  const { stampPeerAddress } = await import("./lib/server-process/internal-headers.mjs");
  const server = http.createServer((req, res) => {
    stampPeerAddress(req);
    const headers = new Headers(Object.entries(req.headers).filter(([, value]) => typeof value === "string"));
    const raw = req.rawHeaders.filter((_, i) => i % 2 === 1 && req.rawHeaders[i - 1].toLowerCase() === "x-encuentros-peer-address");
    res.end(JSON.stringify({ clientIp: clientIp(headers), header: req.headers["x-encuentros-peer-address"], raw, distinct: req.headersDistinct["x-encuentros-peer-address"] }));
  });
  server.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ port: server.address().port })));
`;

const children: ReturnType<typeof spawn>[] = [];
afterEach(() => children.splice(0).forEach((child) => child.kill("SIGKILL")));

function startServer(trustedProxies?: string): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "silent" };
  delete env.TRUSTED_PROXIES;
  if (trustedProxies) env.TRUSTED_PROXIES = trustedProxies;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", SERVER], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      const port = /"port":(\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve(Number(port));
    });
    child.on("exit", (code) => reject(new Error(`The test server exited with ${code}`)));
  });
}

type Seen = { clientIp: string; header: string; raw: string[]; distinct: string[] };

function seenBy(port: number, headers: Record<string, string | string[]>): Promise<Seen> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: "/", headers, agent: false }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve(JSON.parse(body) as Seen));
      })
      .on("error", reject);
  });
}

const SPOOFED = {
  "X-Forwarded-For": "6.6.6.6",
  "X-Encuentros-Peer-Address": ["6.6.6.7", "6.6.6.8"],
  "x-real-ip": "6.6.6.9",
};

describe("the client address behind the server's stamp", () => {
  it("without TRUSTED_PROXIES is the connection's own, whatever the client claims", async () => {
    const port = await startServer();
    expect(await seenBy(port, SPOOFED)).toEqual({
      clientIp: "127.0.0.1",
      header: "127.0.0.1",
      raw: ["127.0.0.1"],
      distinct: ["127.0.0.1"],
    });
    expect((await seenBy(port, {})).clientIp).toBe("127.0.0.1");
  });

  it("with the proxy trusted is the address the proxy appended, not what the client wrote before it", async () => {
    const port = await startServer("127.0.0.1, ::1");
    // nginx's recipe replaces X-Forwarded-For; with $proxy_add_x_forwarded_for it would append to the client's.
    expect((await seenBy(port, { ...SPOOFED, "X-Forwarded-For": "198.51.100.7" })).clientIp).toBe("198.51.100.7");
    expect((await seenBy(port, { ...SPOOFED, "X-Forwarded-For": "6.6.6.6, 198.51.100.7" })).clientIp).toBe(
      "198.51.100.7",
    );
    // A request from the proxy itself (a health check) is the proxy's.
    expect((await seenBy(port, {})).clientIp).toBe("127.0.0.1");
  });

  it("ignores X-Forwarded-For from a connection that is not a trusted proxy", async () => {
    const port = await startServer("10.0.0.0/8");
    expect((await seenBy(port, { ...SPOOFED, "X-Forwarded-For": "198.51.100.7" })).clientIp).toBe("127.0.0.1");
  });
});
