import { createHash, randomBytes } from "node:crypto";

/**
 * At most REQUESTS_PER_HOUR requests (and TAPS_PER_HOUR taps) from one
 * client address per rolling hour, counted in this process's memory only:
 * the address is kept as a hash with a salt that is drawn at random each (UTC) day and never
 * written anywhere, so nothing stored or logged can give it back.
 */
export const REQUESTS_PER_HOUR = 5;
const HOUR_MS = 60 * 60 * 1000;

type Salt = { day: string; value: Buffer };
const KEY = Symbol.for("encuentros.requestAddressLimit");
type Counts = { salt: Salt | null; seen: Map<string, number[]> };
const state = globalThis as unknown as { [KEY]?: Counts };

function store(): Counts {
  return (state[KEY] ??= { salt: null, seen: new Map<string, number[]>() });
}

function hashed(address: string, now: Date): string {
  const held = store();
  const day = now.toISOString().slice(0, 10);
  if (held.salt?.day !== day) {
    // Yesterday's hashes cannot be matched to today's: the hour's counts go with them.
    held.salt = { day, value: randomBytes(32) };
    held.seen.clear();
  }
  return createHash("sha256").update(held.salt.value).update(address).digest("base64url");
}

function takeSlot(bucket: string, limit: number, address: string, now: Date): boolean {
  const key = `${bucket}:${hashed(address, now)}`;
  const { seen } = store();
  const since = now.getTime() - HOUR_MS;
  const recent = (seen.get(key) ?? []).filter((at) => at > since);
  if (recent.length >= limit) {
    seen.set(key, recent);
    return false;
  }
  recent.push(now.getTime());
  seen.set(key, recent);
  return true;
}

/** Counts one request from `address`; false when it is over the limit (the refused one is not counted). */
export function takeRequestSlot(address: string, now = new Date()): boolean {
  return takeSlot("request", REQUESTS_PER_HOUR, address, now);
}

/**
 * The meeting page's taps ("I plan to come", "I need interpretation in…",
 * lib/attendance): room for a household's worth of honest taps on several
 * meetings, not for a script.
 */
export const TAPS_PER_HOUR = 30;

/** Counts one tap from `address`; false when it is over the limit. */
export function takeTapSlot(address: string, now = new Date()): boolean {
  return takeSlot("tap", TAPS_PER_HOUR, address, now);
}

/** For tests: forget every count. */
export function resetRequestLimits(): void {
  store().seen.clear();
}
