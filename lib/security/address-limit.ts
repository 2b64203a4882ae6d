import { createHash, randomBytes } from "node:crypto";

/**
 * Per-address limits for the public forms, counted in this process's memory
 * only: a client address is kept as a hash with a salt that is drawn at
 * random each (UTC) day and never written anywhere, so nothing stored or
 * logged can give it back. Each form counts in a bucket of its own, with
 * its own limit per rolling hour.
 */
export const ADDRESS_LIMITS = {
  // "Request a session": a church asks once, maybe corrects itself once or twice.
  sessionRequest: 5,
  // Anonymous questions: a few per visit is normal, a flood is not.
  question: 10,
  // "I plan to come" and interpretation requests: one tap each, a few meetings, a shared church connection.
  tap: 30,
} as const;

export type AddressBucket = keyof typeof ADDRESS_LIMITS;

const HOUR_MS = 60 * 60 * 1000;

type Salt = { day: string; value: Buffer };
const KEY = Symbol.for("encuentros.addressLimit");
type Counts = { salt: Salt | null; seen: Map<string, number[]> };
const state = globalThis as unknown as { [KEY]?: Counts };

function store(): Counts {
  return (state[KEY] ??= { salt: null, seen: new Map<string, number[]>() });
}

function hashed(bucket: AddressBucket, address: string, now: Date): string {
  const held = store();
  const day = now.toISOString().slice(0, 10);
  if (held.salt?.day !== day) {
    // Yesterday's hashes cannot be matched to today's: the hour's counts go with them.
    held.salt = { day, value: randomBytes(32) };
    held.seen.clear();
  }
  return `${bucket}:${createHash("sha256").update(held.salt.value).update(address).digest("base64url")}`;
}

/** Counts one post from `address` in `bucket`; false when it is over the bucket's limit (the refused one is not counted). */
export function takeAddressSlot(bucket: AddressBucket, address: string, now = new Date()): boolean {
  const key = hashed(bucket, address, now);
  const { seen } = store();
  const since = now.getTime() - HOUR_MS;
  const recent = (seen.get(key) ?? []).filter((at) => at > since);
  if (recent.length >= ADDRESS_LIMITS[bucket]) {
    seen.set(key, recent);
    return false;
  }
  recent.push(now.getTime());
  seen.set(key, recent);
  return true;
}

/** For tests: forget every count. */
export function resetAddressLimits(): void {
  store().seen.clear();
}
