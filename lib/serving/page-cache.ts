import crypto from "node:crypto";
import { LRUCache } from "lru-cache";

/**
 * The in-process store behind the residents' pages and feeds: whole
 * responses, by canonical key (routes.ts), only what render.ts judged
 * public. Every staff save bumps the generation and empties the store; a
 * render that began under an older generation is not stored, so a page
 * read before a save can never land after it. Entries are fresh for
 * FRESH_FOR_MS ("upcoming" moves with the clock); past MAX_BYTES the least
 * recently read go first.
 */

export const FRESH_FOR_MS = 60_000;
/** A few hundred pages (a listing is 40–80 kB), while cache-busting URLs cannot grow the process past the memory bar. */
export const MAX_BYTES = 16 * 1024 * 1024;

export type CachedResponse = {
  status: number;
  /** Without the ETag, which the way out (answer.ts) adds once. */
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  storedAt: number;
};

type Store = {
  entries: LRUCache<string, CachedResponse>;
  generation: number;
  /** Whether a save made elsewhere would reach us (lib/db/public-changes.ts). */
  hearsChanges: boolean;
};

// The boundary (loaded by instrumentation.ts) and the server actions are
// separate bundles in one process: the store lives on globalThis for both.
const KEY = Symbol.for("encuentros.publicCache");
const holder = globalThis as unknown as { [KEY]?: Store };

export function cacheStore(): Store {
  return (holder[KEY] ??= {
    entries: new LRUCache({ maxSize: MAX_BYTES, sizeCalculation: (entry) => entry.body.byteLength || 1 }),
    generation: 0,
    hearsChanges: false,
  });
}

/** Drops every entry (each staff save); renders already reading are neither stored nor joined any more. */
export function clearPublicCache(): void {
  const store = cacheStore();
  store.generation += 1;
  store.entries.clear();
}

export function cachedEntry(key: string, now = Date.now()): { entry: CachedResponse; fresh: boolean } | null {
  const store = cacheStore();
  const entry = store.entries.get(key);
  return entry ? { entry, fresh: store.hearsChanges && now - entry.storedAt < FRESH_FOR_MS } : null;
}

/** The ETag the route set, or one from the body. */
export function makeEntry(
  status: number,
  headers: [string, string][],
  body: Uint8Array<ArrayBuffer>,
  now = Date.now(),
): CachedResponse {
  const etag =
    headers.find(([name]) => name === "etag")?.[1] ??
    `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  return { status, headers: headers.filter(([name]) => name !== "etag"), body, etag, storedAt: now };
}

/** Stores the entry unless a save happened since its render began. */
export function storeEntry(key: string, entry: CachedResponse, generationAtStart: number): boolean {
  const store = cacheStore();
  if (store.generation !== generationAtStart) return false;
  store.entries.set(key, entry);
  return true;
}
