import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Wrong credentials slow down whoever sends them, never the account's owner
 * somewhere else. Every attempt counts on two rows: the (account, client
 * address) pair, and the address alone, where failures for accounts that do
 * not exist count too (probing for staff addresses is throttled like
 * guessing passwords). Each row allows a few failures freely, then asks for
 * a wait that doubles with every further failure, up to half an hour.
 * Nothing locks an account: its owner signs in from their own address while
 * another address is failing on it.
 *
 * An office shares one address, so its ordinary typos must not add up to a
 * wait for everyone:
 * - an address's failures fade while under its free count: one every two
 *   minutes without a failure, so a full allowance is gone within the hour.
 *   Past the free count (someone kept failing into the waits) nothing fades:
 *   the row is forgotten a day after its last failure, as a pair's is;
 * - a completed sign-in (the password, and the second factor when the
 *   account has one; or a passkey) takes that account's failures at this
 *   address off the address's count: they were its owner's typos, not
 *   someone guessing at its neighbours. A right password alone takes back
 *   only its own attempt, so a stolen password cannot wash an address clean.
 */
export const FREE_FAILURES = {
  /** A person mistyping their own password. */
  accountAtAddress: 5,
  /** Higher: several staff may share an office's address (20 with a typo each still sign in). */
  address: 30,
} as const;
/** While an address is under its free count, one failure fades per this long without a failure. */
export const ADDRESS_FAILURE_FADES_MS = 2 * 60 * 1000;
const FIRST_WAIT_SECONDS = 60;
const MAX_WAIT_SECONDS = 30 * 60;
export const FORGET_FAILURES_AFTER_MS = 24 * 60 * 60 * 1000;

/** The account of the row that counts failures per address. */
const ADDRESS_ROW = "";

/** The "account" a passkey attempt counts on: which account answers is known only once one does (an email always has an @). */
export const PASSKEY_ACCOUNT = "(passkey)";

/** Who tries: the account named (whether or not it exists) and the client's address (lib/auth/client-ip.ts). */
export type CredentialAttempt = { account: string; address: string };

export type CredentialCheckResult =
  | { ok: true }
  | { ok: false; reason: "rejected" }
  | { ok: false; reason: "tooManyAttempts"; retryAfterSeconds: number };

/**
 * What a credential check found: wrong (false), right and the sign-in is
 * complete (true), or a right password whose second factor comes next.
 */
export type CheckOutcome = boolean | "secondFactorNext";

/** Seconds to wait after `failures` failures on a row that allows `free` of them. */
export function waitAfterFailures(failures: number, free: number): number {
  return failures < free ? 0 : Math.min(FIRST_WAIT_SECONDS * 2 ** (failures - free), MAX_WAIT_SECONDS);
}

/**
 * The row an address counts on. An IPv6 client is counted by its /64
 * network: one home connection usually holds all of it, 2^64 addresses.
 */
export function throttleAddress(address: string): string {
  if (!address.includes(":")) return address;
  const [head = "", tail] = address.split("%")[0]!.split("::");
  const groups = head ? head.split(":") : [];
  if (tail !== undefined) {
    const rest = tail ? tail.split(":") : [];
    groups.push(...Array<string>(Math.max(8 - groups.length - rest.length, 0)).fill("0"), ...rest);
  }
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}

type Rows = { address: string; account: string };

// Parallel attempts (an office signing in at nine) queue for the row lock, each holding it a few milliseconds.
const LOCK_QUEUE = { maxWait: 10_000, timeout: 10_000 };
type CountRow = { account: string; failures: number; lastFailureAt: Date };

/** A row's failures as they count at `now` (see the fading and forgetting above). */
function failuresNow(row: CountRow, now: Date): number {
  const elapsed = Math.max(0, now.getTime() - new Date(row.lastFailureAt).getTime());
  if (elapsed >= FORGET_FAILURES_AFTER_MS) return 0;
  if (row.account !== ADDRESS_ROW || row.failures > FREE_FAILURES.address) return row.failures;
  return Math.max(0, row.failures - Math.floor(elapsed / ADDRESS_FAILURE_FADES_MS));
}

/** Seconds the rows ask this attempt to wait, 0 for none. */
function waitOf(rows: CountRow[], now: Date): number {
  let seconds = 0;
  for (const row of rows) {
    const free = row.account === ADDRESS_ROW ? FREE_FAILURES.address : FREE_FAILURES.accountAtAddress;
    const waitSeconds = waitAfterFailures(failuresNow(row, now), free);
    // Under the free count there is no wait, even when a parallel attempt
    // that started later committed first (its lastFailureAt is after our now).
    if (waitSeconds === 0) continue;
    const waitMs = new Date(row.lastFailureAt).getTime() + waitSeconds * 1000 - now.getTime();
    seconds = Math.max(seconds, Math.ceil(waitMs / 1000));
  }
  return seconds;
}

/**
 * How long an address must wait before any attempt, read only: for a step
 * that checks no credential yet and must write nothing (asking for a
 * passkey challenge).
 */
export async function addressWait(db: PrismaClient, address: string, now = new Date()): Promise<number> {
  const rows = await db.credentialFailure.findMany({
    where: { address: throttleAddress(address), account: ADDRESS_ROW },
  });
  return waitOf(rows, now);
}

/**
 * Counts the attempt as a failure and says how long to wait, or 0 when the
 * attempt may go ahead. Counting comes before the credential is checked,
 * under a lock on both rows, so parallel attempts cannot all pass before any
 * is counted.
 */
async function countAttempt(db: PrismaClient, rows: Rows, now: Date): Promise<number> {
  const forgetBefore = new Date(now.getTime() - FORGET_FAILURES_AFTER_MS);
  const wait = await db.$transaction(async (tx) => {
    // The address's row ("") comes first in every transaction, so no two lock in opposite orders.
    await tx.$executeRaw`
        INSERT INTO "CredentialFailure" (address, account, failures, "lastFailureAt")
        VALUES (${rows.address}, ${ADDRESS_ROW}, 0, ${now}), (${rows.address}, ${rows.account}, 0, ${now})
        ON CONFLICT DO NOTHING`;
    const counts = await tx.$queryRaw<CountRow[]>`
        SELECT account, failures, "lastFailureAt" FROM "CredentialFailure"
        WHERE address = ${rows.address} AND account IN (${ADDRESS_ROW}, ${rows.account})
        ORDER BY account FOR UPDATE`;
    const seconds = waitOf(counts, now);
    if (seconds > 0) return seconds;
    for (const row of counts) {
      await tx.$executeRaw`
          UPDATE "CredentialFailure" SET failures = ${failuresNow(row, now) + 1}, "lastFailureAt" = ${now}
          WHERE address = ${rows.address} AND account = ${row.account}`;
    }
    return 0;
  }, LOCK_QUEUE);
  await db.credentialFailure.deleteMany({ where: { lastFailureAt: { lt: forgetBefore } } });
  return wait;
}

/** The check broke (the database, say): that is no wrong credential, so its count is taken back from both rows. */
async function uncountAttempt(db: PrismaClient, rows: Rows): Promise<void> {
  await db.credentialFailure.updateMany({
    where: { address: rows.address, account: { in: [ADDRESS_ROW, rows.account] }, failures: { gt: 0 } },
    data: { failures: { decrement: 1 } },
  });
}

/**
 * A right password whose second factor comes next: its own attempt is taken
 * back, and the account's earlier failures here stop counting towards its
 * waits (the code step starts afresh) but stay on the address's count, kept
 * as `forgivable` until the sign-in completes.
 */
async function passwordAccepted(db: PrismaClient, rows: Rows): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`UPDATE "CredentialFailure" SET failures = GREATEST(failures - 1, 0) WHERE address = ${rows.address} AND account = ${ADDRESS_ROW}`;
    await tx.$executeRaw`
      UPDATE "CredentialFailure" SET forgivable = forgivable + GREATEST(failures - 1, 0), failures = 0
      WHERE address = ${rows.address} AND account = ${rows.account}`;
  }, LOCK_QUEUE);
}

/**
 * A completed sign-in: the account's failures at this address (this
 * attempt's count, its earlier typos, and those kept while its second factor
 * was pending) come off the address's count, and its own row goes.
 */
export async function signInCompleted(db: PrismaClient, attempt: CredentialAttempt): Promise<void> {
  const rows = { address: throttleAddress(attempt.address), account: attempt.account };
  await db.$transaction(async (tx) => {
    // Deleted and read in one statement: of two sign-ins of one account
    // completing at once (an office's tabs, a test suite), one takes the row
    // and its count off the address, the other finds nothing to take.
    const [own] = await tx.$queryRaw<{ failures: number; forgivable: number }[]>`
      DELETE FROM "CredentialFailure" WHERE address = ${rows.address} AND account = ${rows.account}
      RETURNING failures, forgivable`;
    if (!own) return;
    const taken = Number(own.failures) + Number(own.forgivable);
    await tx.$executeRaw`UPDATE "CredentialFailure" SET failures = GREATEST(failures - ${taken}, 0) WHERE address = ${rows.address} AND account = ${ADDRESS_ROW}`;
  }, LOCK_QUEUE);
}

/**
 * Runs `check` unless this account and address, or this address, must
 * wait. A failure of any credential, a password, a second-factor code or a
 * passkey, goes through here.
 */
export async function throttledCredentialCheck(
  db: PrismaClient,
  attempt: CredentialAttempt,
  check: () => Promise<CheckOutcome>,
  now = new Date(),
): Promise<CredentialCheckResult> {
  const rows = { address: throttleAddress(attempt.address), account: attempt.account };
  const retryAfterSeconds = await countAttempt(db, rows, now);
  if (retryAfterSeconds > 0) return { ok: false, reason: "tooManyAttempts", retryAfterSeconds };
  let outcome: CheckOutcome;
  try {
    outcome = await check();
  } catch (error) {
    // Taking the count back is best effort; the check's own error is the one to report.
    await uncountAttempt(db, rows).catch(() => undefined);
    throw error;
  }
  if (outcome === false) return { ok: false, reason: "rejected" };
  if (outcome === "secondFactorNext") await passwordAccepted(db, rows);
  else await signInCompleted(db, attempt);
  return { ok: true };
}
