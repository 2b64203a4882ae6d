import { describe, expect, it } from "vitest";
import { bodyEtag, cacheableResponse, matchesIfNoneMatch } from "@/lib/http/cacheable-response";

const OPTIONS = { contentType: "text/calendar; charset=utf-8", maxAge: 300, lastModified: new Date("2027-01-10T15:00:00Z") };

describe("cacheableResponse", () => {
  it("serves the body with a short public max-age, an ETag from the body and Last-Modified", async () => {
    const response = cacheableResponse(new Request("https://x.example/feed"), "BEGIN:VCALENDAR", OPTIONS);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("BEGIN:VCALENDAR");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("etag")).toBe(bodyEtag("BEGIN:VCALENDAR"));
    expect(response.headers.get("last-modified")).toBe("Sun, 10 Jan 2027 15:00:00 GMT");
    expect(response.headers.get("content-type")).toBe(OPTIONS.contentType);
  });

  it("answers 304 with no body when the client's copy is current", async () => {
    const etag = bodyEtag("same");
    const request = new Request("https://x.example/feed", { headers: { "If-None-Match": `"other", W/${etag}` } });
    const response = cacheableResponse(request, "same", OPTIONS);
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect(response.headers.get("etag")).toBe(etag);
  });

  it("sends the new body when the content changed", () => {
    const request = new Request("https://x.example/feed", { headers: { "If-None-Match": bodyEtag("old") } });
    expect(cacheableResponse(request, "new", OPTIONS).status).toBe(200);
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
