import { afterEach, describe, expect, it, vi } from "vitest";
import { formatLogLine, writeLog } from "@/lib/logging/log.mjs";
import { logStaffAction } from "@/lib/logging/staff-action";
import { pathOfRequestTarget, requestLogFields } from "@/lib/server-process/request-log.mjs";

function captureStdout() {
  const lines: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("log lines", () => {
  it("are one JSON object with time, level and event first", () => {
    const line = formatLogLine("info", "http.request", { status: 200 }, new Date("2027-01-28T18:30:00Z"));
    expect(line).not.toContain("\n");
    expect(Object.keys(JSON.parse(line))).toEqual(["time", "level", "event", "status"]);
    expect(JSON.parse(line)).toMatchObject({ time: "2027-01-28T18:30:00.000Z", level: "info" });
  });

  it("keep the request path but never its query string or fragment", () => {
    expect(pathOfRequestTarget("/es?week=next&area=Oak+Cliff")).toBe("/es");
    expect(pathOfRequestTarget("/en/meetings/x#map")).toBe("/en/meetings/x");
    expect(pathOfRequestTarget("http://proxy.example:8080/feeds/es/upcoming.xml?token=secret")).toBe("/feeds/es/upcoming.xml");
    expect(pathOfRequestTarget("http://proxy.example")).toBe("/");
    expect(pathOfRequestTarget(undefined)).toBe("");
    expect(pathOfRequestTarget(`/${"a".repeat(1000)}`)).toHaveLength(300);
  });

  it("for a request: method, path, status, duration and request id, nothing about the visitor", () => {
    const request = {
      method: "GET",
      url: "/es/admin/login?email=someone%40example.org",
      headers: { cookie: "better-auth.session_token=abc", "user-agent": "Phone", "x-forwarded-for": "203.0.113.9" },
      socket: { remoteAddress: "203.0.113.9" },
    };
    const fields = requestLogFields(request, { statusCode: 200, writableFinished: true }, { requestId: "r-1", durationMs: 12.345 });
    expect(fields).toEqual({ method: "GET", path: "/es/admin/login", status: 200, durationMs: 12.3, requestId: "r-1" });
    const line = formatLogLine("info", "http.request", fields);
    for (const leak of ["203.0.113", "example.org", "session_token", "Phone", "?"]) expect(line).not.toContain(leak);
  });

  it("mark the page cache's own render of a page, so a miss is not counted as two visits", () => {
    const request = { method: "GET", url: "/es", headers: { "x-encuentros-render": "token" } };
    expect(requestLogFields(request, { statusCode: 200, writableFinished: true }, { requestId: "r", durationMs: 1 })).toMatchObject({ cacheRender: true });
  });

  it("mark a request the client abandoned, and keep odd methods out", () => {
    const fields = requestLogFields({ method: "G\nET", url: "/" }, { statusCode: 200, writableFinished: false }, { requestId: "r", durationMs: 1 });
    expect(fields).toMatchObject({ method: "OTHER", aborted: true });
  });

  it("for a staff action: action, account id, entity id and outcome only", () => {
    vi.stubEnv("LOG_LEVEL", "info");
    const lines = captureStdout();
    logStaffAction({ action: "meeting.create", staffUserId: "user_1", entityId: "meeting_1", outcome: "ok" });
    logStaffAction({ action: "authorize.manageStaff", staffUserId: "user_2", outcome: "refused", reason: "forbidden" });
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      { time: expect.any(String), level: "info", event: "staff.action", action: "meeting.create", staffUserId: "user_1", entityId: "meeting_1", outcome: "ok" },
      { time: expect.any(String), level: "warn", event: "staff.action", action: "authorize.manageStaff", staffUserId: "user_2", entityId: null, outcome: "refused", reason: "forbidden" },
    ]);
  });

  it("follow LOG_LEVEL (the test runs set it to silent)", () => {
    const lines = captureStdout();
    writeLog("error", "quiet");
    vi.stubEnv("LOG_LEVEL", "warn");
    writeLog("info", "below");
    writeLog("warn", "shown");
    expect(lines.map((line) => JSON.parse(line).event)).toEqual(["shown"]);
  });
});
