import crypto from "node:crypto";
import type { Answer } from "./answer";
import type { BUSY } from "./render-slots";

/**
 * The in-process store behind the residents' pages and feeds (see
 * boundary.ts and docs/architecture.md).
 *
 * Entries are whole responses (render.ts decides what may be stored). Every staff save bumps the
 * generation and empties the store; a render that began under an older
 * generation is not stored, so a page read before a save can never land
 * after it. Entries also expire after FRESH_FOR_MS because "upcoming" moves
 * with the clock, and the least recently read are dropped past MAX_BYTES.
 */

export const FRESH_FOR_MS = 60_000;
/**
 * 24 MB holds a few hundred pages (a listing is 40–80 kB): every page people
 * actually open, while cache-busting URLs cannot grow the process past the
 * memory bar in `npm run bench`.
 */
export const MAX_BYTES = 24 * 1024 * 1024;

type Bytes = Uint8Array<ArrayBuffer>;

export type CachedResponse = {
  status: number;
  headers: [string, string][];
  body: Bytes;
  etag: string;
  storedAt: number;
};

export type PendingRender = {
  /** The generation it began reading under; null while it waits for its turn. */
  generation: number | null;
  /** Requests waiting on it; at none it is abandoned. */
  waiting: number;
  abandon: AbortController;
  result: Promise<CachedResponse | Answer | typeof BUSY>;
};

type Store = {
  entries: Map<string, CachedResponse>;
  bytes: number;
  generation: number;
  /** Whether a save made elsewhere would reach us (see change-listener.ts). */
  hearsChanges: boolean;
  /** Renders under way, so a burst of misses costs one render (see serve-cached.ts). */
  pending: Map<string, PendingRender>;
};

// The boundary (loaded by instrumentation.ts) and the app's server actions
// are separate bundles in one process: the store lives on globalThis so
// both see the same one.
const KEY = Symbol.for("encuentros.publicCache");
const holder = globalThis as unknown as { [KEY]?: Store };

export function cacheStore(): Store {
  holder[KEY] ??= { entries: new Map(), bytes: 0, generation: 0, hearsChanges: false, pending: new Map() };
  return holder[KEY];
}

/**
 * Drops every entry: called on each staff save. Renders already reading
 * are neither stored nor joined any more (the generation moved on).
 */
export function clearPublicCache(): void {
  const store = cacheStore();
  store.generation += 1;
  store.entries.clear();
  store.bytes = 0;
}

export function cachedEntry(key: string, now = Date.now()): { entry: CachedResponse; fresh: boolean } | null {
  const store = cacheStore();
  const entry = store.entries.get(key);
  if (!entry) return null;
  // Map order is insertion order: moved to the end, it is dropped last.
  store.entries.delete(key);
  store.entries.set(key, entry);
  return { entry, fresh: store.hearsChanges && now - entry.storedAt < FRESH_FOR_MS };
}

/**
 * The ETag the route set, or one from the body, is kept apart from the other
 * headers: the way out (answer.ts) adds it once.
 */
export function makeEntry(status: number, headers: [string, string][], body: Bytes, now = Date.now()): CachedResponse {
  const etag =
    headers.find(([name]) => name === "etag")?.[1] ??
    `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  return { status, headers: headers.filter(([name]) => name !== "etag"), body, etag, storedAt: now };
}

/** Stores the entry unless a save happened since its render began. */
export function storeEntry(key: string, entry: CachedResponse, generationAtStart: number): boolean {
  const store = cacheStore();
  if (store.generation !== generationAtStart) return false;
  const previous = store.entries.get(key);
  if (previous) store.bytes -= previous.body.byteLength;
  store.entries.delete(key);
  store.entries.set(key, entry);
  store.bytes += entry.body.byteLength;
  // The first keys are the ones read longest ago (see cachedEntry).
  for (const [oldKey, old] of store.entries) {
    if (store.bytes <= MAX_BYTES) break;
    store.entries.delete(oldKey);
    store.bytes -= old.body.byteLength;
  }
  return true;
}
