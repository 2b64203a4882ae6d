import { afterEach, describe, expect, it, vi } from "vitest";
import { formatLogLine, writeLog } from "@/lib/logging/log.mjs";
import { logStaffAction } from "@/lib/logging/staff-action";
import {
  createPostTally,
  isResidentPost,
  markResidentPost,
  pathOfRequestTarget,
  requestLogFields,
} from "@/lib/server-process/request-log.mjs";

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
    expect(pathOfRequestTarget("http://proxy.example:8080/feeds/es/upcoming.xml?token=secret")).toBe(
      "/feeds/es/upcoming.xml",
    );
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
    const fields = requestLogFields(
      request,
      { statusCode: 200, writableFinished: true },
      { requestId: "r-1", durationMs: 12.345 },
    );
    expect(fields).toEqual({ method: "GET", path: "/es/admin/login", status: 200, durationMs: 12.3, requestId: "r-1" });
    const line = formatLogLine("info", "http.request", fields);
    for (const leak of ["203.0.113", "example.org", "session_token", "Phone", "?"]) expect(line).not.toContain(leak);
  });

  it("count residents' form posts by the hour instead of logging when and where each was sent", () => {
    const hour = Date.UTC(2027, 0, 28, 18);
    const tally = createPostTally();
    tally.count(hour + 61_000);
    tally.count(hour + 3_599_000);
    tally.count(hour + 3_600_000);
    // The hour under way is kept until it is over (or the server stops).
    expect(tally.flush({ now: hour + 3_700_000 })).toEqual([{ hour: "2027-01-28T18:00:00.000Z", count: 2 }]);
    expect(tally.flush({ now: hour + 3_700_000 })).toEqual([]);
    expect(tally.flush({ all: true, now: hour + 3_700_000 })).toEqual([{ hour: "2027-01-28T19:00:00.000Z", count: 1 }]);
    const response = {} as Parameters<typeof markResidentPost>[0];
    expect(isResidentPost(response)).toBe(false);
    markResidentPost(response);
    expect(isResidentPost(response)).toBe(true);
  });

  it("mark a request the client abandoned, and keep odd methods out", () => {
    const fields = requestLogFields(
      { method: "G\nET", url: "/" },
      { statusCode: 200, writableFinished: false },
      { requestId: "r", durationMs: 1 },
    );
    expect(fields).toMatchObject({ method: "OTHER", aborted: true });
  });

  it("for a staff action: action, account id, entity id and outcome only", () => {
    vi.stubEnv("LOG_LEVEL", "info");
    const lines = captureStdout();
    logStaffAction({ action: "meeting.create", staffUserId: "user_1", entityId: "meeting_1", outcome: "ok" });
    logStaffAction({ action: "authorize.manageStaff", staffUserId: "user_2", outcome: "refused", reason: "forbidden" });
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      {
        time: expect.any(String),
        level: "info",
        event: "staff.action",
        action: "meeting.create",
        staffUserId: "user_1",
        entityId: "meeting_1",
        outcome: "ok",
      },
      {
        time: expect.any(String),
        level: "warn",
        event: "staff.action",
        action: "authorize.manageStaff",
        staffUserId: "user_2",
        entityId: null,
        outcome: "refused",
        reason: "forbidden",
      },
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
