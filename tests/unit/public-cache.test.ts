import { afterEach, describe, expect, it } from "vitest";
import {
  cachedEntry,
  cacheStore,
  clearPublicCache,
  FRESH_FOR_MS,
  makeEntry,
  MAX_BYTES,
  storeEntry,
} from "@/lib/serving/page-cache";

const page = (text: string) => makeEntry(200, [["content-type", "text/html"]], new TextEncoder().encode(text), 1_000);

describe("the public page cache", () => {
  afterEach(() => {
    clearPublicCache();
    cacheStore().hearsChanges = false;
  });

  it("serves a stored page as fresh for a minute while it hears every save", () => {
    cacheStore().hearsChanges = true;
    expect(storeEntry("/es", page("listing"), cacheStore().generation)).toBe(true);
    expect(cachedEntry("/es", 1_000 + FRESH_FOR_MS - 1)?.fresh).toBe(true);
    expect(cachedEntry("/es", 1_000 + FRESH_FOR_MS)?.fresh).toBe(false);
    expect(cachedEntry("/en", 1_000)).toBeNull();
  });

  it("never stores a page whose render began before a save", () => {
    cacheStore().hearsChanges = true;
    const renderStartedAt = cacheStore().generation;
    clearPublicCache(); // a staff save lands while the page renders
    expect(storeEntry("/es", page("old listing"), renderStartedAt)).toBe(false);
    expect(cachedEntry("/es")).toBeNull();
  });

  it("forgets everything on a save", () => {
    cacheStore().hearsChanges = true;
    storeEntry("/es", page("a"), cacheStore().generation);
    storeEntry("/en", page("b"), cacheStore().generation);
    clearPublicCache();
    expect([cachedEntry("/es"), cachedEntry("/en")]).toEqual([null, null]);
  });

  it("keeps pages only as a last good copy while it cannot hear saves made elsewhere", () => {
    storeEntry("/es", page("listing"), cacheStore().generation);
    expect(cachedEntry("/es", 1_001)).toMatchObject({ fresh: false });
  });

  it("drops the pages read longest ago past its size limit, not the ones stored first", () => {
    cacheStore().hearsChanges = true;
    // Two fit within the limit, three do not.
    const big = (fill: number) => makeEntry(200, [], new Uint8Array(Math.floor(MAX_BYTES * 0.4)).fill(fill));
    for (const key of ["/a", "/b"]) storeEntry(key, big(key.charCodeAt(1)), cacheStore().generation);
    // /a is read again: /b is now the one nobody has asked for longest.
    expect(cachedEntry("/a")).not.toBeNull();
    storeEntry("/c", big(3), cacheStore().generation);
    expect(cachedEntry("/b")).toBeNull();
    expect(cachedEntry("/a")).not.toBeNull();
    expect(cachedEntry("/c")).not.toBeNull();
  });

  it("gives each body its own ETag, or keeps the one the route set", () => {
    expect(page("one").etag).not.toBe(page("two").etag);
    const feed = makeEntry(
      200,
      [
        ["etag", '"feed-1"'],
        ["content-type", "text/calendar"],
      ],
      new Uint8Array(1),
    );
    expect(feed.etag).toBe('"feed-1"');
    // Kept apart, so a cached answer never sends the ETag twice ("a", "a" matches no If-None-Match).
    expect(feed.headers).toEqual([["content-type", "text/calendar"]]);
  });
});
