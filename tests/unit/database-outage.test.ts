import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseIsDown, isDatabaseUnavailable, noteDatabaseOutcome } from "@/lib/db/availability";
import { outageAwareResponse } from "@/lib/server-process/outage-response.mjs";

// The shapes seen from Prisma 6.19 with @prisma/adapter-pg when the server is stopped.
const unreachable = Object.assign(new Error("Can't reach database server at 127.0.0.1:5999"), {
  code: "P1001",
  meta: {
    driverAdapterError: Object.assign(new Error("DatabaseNotReachable"), { cause: { kind: "DatabaseNotReachable" } }),
  },
});
const shutDown = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
const uniqueViolation = Object.assign(new Error("Unique constraint failed"), {
  code: "P2002",
  meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } },
});

describe("telling an outage from a wrong query", () => {
  it("counts unreachable, shut down and cut-off connections as an outage", () => {
    expect(isDatabaseUnavailable(unreachable)).toBe(true);
    expect(isDatabaseUnavailable(shutDown)).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("does not count a refused query or an ordinary bug", () => {
    expect(isDatabaseUnavailable(uniqueViolation)).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

describe("answering 503 while the database is down", () => {
  let base = "";
  let server: http.Server;

  beforeAll(async () => {
    // As lib/server-process/server.mjs makes its server.
    server = http.createServer({ ServerResponse: outageAwareResponse(databaseIsDown) }, (request, response) => {
      // Either way of setting the status: Node.js calls writeHead for both.
      if (request.url === "/fails-explicitly") return void response.writeHead(500).end("page");
      response.statusCode = request.url === "/fails" ? 500 : 200;
      response.end("page");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    noteDatabaseOutcome(null);
    await new Promise((resolve) => server.close(resolve));
  });

  it("turns a failed response into 503 with Retry-After only while the last database call failed", async () => {
    noteDatabaseOutcome(unreachable);
    expect(databaseIsDown()).toBe(true);
    const down = await fetch(`${base}/fails`);
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("30");
    expect((await fetch(`${base}/fails-explicitly`)).status).toBe(503);
    expect((await fetch(`${base}/works`)).status).toBe(200);

    noteDatabaseOutcome(uniqueViolation);
    expect(databaseIsDown()).toBe(true);
    noteDatabaseOutcome(null);
    const up = await fetch(`${base}/fails`);
    expect(up.status).toBe(500);
    expect(up.headers.get("retry-after")).toBeNull();
  });
});
