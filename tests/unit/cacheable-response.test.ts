import { describe, expect, it } from "vitest";
import {
  bodyEtag,
  bodyUnchangedSince,
  cacheableResponse,
  isNotModified,
  matchesIfNoneMatch,
} from "@/lib/http/cacheable-response";

const OPTIONS = { contentType: "text/calendar; charset=utf-8", maxAge: 300 };

let paths = 0;
/** A feed address of its own for each test: the process remembers what each path served. */
const feedUrl = () => `https://x.example/ics/es/venue/test-${++paths}.ics`;

describe("cacheableResponse", () => {
  it("serves the body with a short public max-age, an ETag from the body and Last-Modified", async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const response = cacheableResponse(new Request(feedUrl()), "BEGIN:VCALENDAR", OPTIONS);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("BEGIN:VCALENDAR");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("etag")).toBe(bodyEtag("BEGIN:VCALENDAR"));
    expect(Date.parse(response.headers.get("last-modified")!)).toBeGreaterThanOrEqual(before);
    expect(response.headers.get("content-type")).toBe(OPTIONS.contentType);
  });

  it("answers 304 with no body when the client's copy is current", async () => {
    const etag = bodyEtag("same");
    const request = new Request(feedUrl(), { headers: { "If-None-Match": `"other", W/${etag}` } });
    const response = cacheableResponse(request, "same", OPTIONS);
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect(response.headers.get("etag")).toBe(etag);
  });

  it("sends the new body when the content changed", () => {
    const request = new Request(feedUrl(), { headers: { "If-None-Match": bodyEtag("old") } });
    expect(cacheableResponse(request, "new", OPTIONS).status).toBe(200);
  });

  it("answers If-Modified-Since with 304 while the body is the same, and with the body once it changed", async () => {
    const url = feedUrl();
    const first = cacheableResponse(new Request(url), "v1", OPTIONS);
    const lastModified = first.headers.get("last-modified")!;
    const poll = (body: string) =>
      cacheableResponse(new Request(url, { headers: { "If-Modified-Since": lastModified } }), body, OPTIONS);
    const unchanged = poll("v1");
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get("last-modified")).toBe(lastModified);
    // A session deleted: the body changes though no change time is newer.
    const changed = poll("v2");
    expect(changed.status).toBe(200);
    expect(await changed.text()).toBe("v2");
    expect(Date.parse(changed.headers.get("last-modified")!)).toBeGreaterThan(Date.parse(lastModified));
  });
});

describe("bodyUnchangedSince", () => {
  it("keeps the first date while the body stays the same, and moves on a whole second when it changes", () => {
    const path = `/feeds/test-${++paths}.xml`;
    const t0 = Date.UTC(2027, 0, 10, 15, 0, 0, 400);
    expect(bodyUnchangedSince(path, '"a"', t0).getTime()).toBe(Date.UTC(2027, 0, 10, 15, 0, 0));
    expect(bodyUnchangedSince(path, '"a"', t0 + 60_000).getTime()).toBe(Date.UTC(2027, 0, 10, 15, 0, 0));
    // Changed within the same second: still a later date than the first body's.
    expect(bodyUnchangedSince(path, '"b"', t0 + 300).getTime()).toBe(Date.UTC(2027, 0, 10, 15, 0, 1));
    expect(bodyUnchangedSince(path, '"c"', t0 + 5_000).getTime()).toBe(Date.UTC(2027, 0, 10, 15, 0, 5));
  });
});

describe("isNotModified", () => {
  const NOW = Date.UTC(2027, 0, 10, 16, 0, 0);
  const LAST_MODIFIED = "Sun, 10 Jan 2027 15:00:00 GMT";
  const request = (headers: Record<string, string>) => new Request("https://x.example/", { headers });

  it("lets If-None-Match decide when both are sent", () => {
    expect(
      isNotModified(
        request({ "If-None-Match": '"other"', "If-Modified-Since": LAST_MODIFIED }),
        '"a"',
        LAST_MODIFIED,
        NOW,
      ),
    ).toBe(false);
    expect(
      isNotModified(
        request({ "If-None-Match": '"a"', "If-Modified-Since": "Sat, 01 Jan 2000 00:00:00 GMT" }),
        '"a"',
        LAST_MODIFIED,
        NOW,
      ),
    ).toBe(true);
  });

  it("compares If-Modified-Since with Last-Modified, ignoring invalid and future dates", () => {
    expect(isNotModified(request({ "If-Modified-Since": LAST_MODIFIED }), '"a"', LAST_MODIFIED, NOW)).toBe(true);
    expect(
      isNotModified(request({ "If-Modified-Since": "Sun, 10 Jan 2027 15:30:00 GMT" }), '"a"', LAST_MODIFIED, NOW),
    ).toBe(true);
    expect(
      isNotModified(request({ "If-Modified-Since": "Sun, 10 Jan 2027 14:59:59 GMT" }), '"a"', LAST_MODIFIED, NOW),
    ).toBe(false);
    expect(
      isNotModified(request({ "If-Modified-Since": "Mon, 11 Jan 2027 15:00:00 GMT" }), '"a"', LAST_MODIFIED, NOW),
    ).toBe(false);
    expect(isNotModified(request({ "If-Modified-Since": "2027-01-10T15:30:00Z" }), '"a"', LAST_MODIFIED, NOW)).toBe(
      false,
    );
    expect(isNotModified(request({ "If-Modified-Since": "yesterday" }), '"a"', LAST_MODIFIED, NOW)).toBe(false);
    expect(isNotModified(request({ "If-Modified-Since": LAST_MODIFIED }), '"a"', null, NOW)).toBe(false);
  });
});

describe("matchesIfNoneMatch", () => {
  it("compares weakly and accepts *", () => {
    expect(matchesIfNoneMatch(null, '"a"')).toBe(false);
    expect(matchesIfNoneMatch('W/"a"', '"a"')).toBe(true);
    expect(matchesIfNoneMatch("*", '"a"')).toBe(true);
    expect(matchesIfNoneMatch('"b", "c"', '"a"')).toBe(false);
  });
});
