import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Wrong credentials slow down whoever sends them, never the account's owner
 * somewhere else. Every attempt counts on two rows: the (account, client
 * address) pair, and the address alone, where failures for accounts that do
 * not exist count too (probing for staff addresses is throttled like
 * guessing passwords). Each row allows a few failures freely, then asks for
 * a wait that doubles with every further failure, up to half an hour.
 * Nothing locks an account: its owner signs in from their own address while
 * another address is failing on it. A row is forgotten a day after its last
 * failure.
 */
export const FREE_FAILURES = {
  /** A person mistyping their own password. */
  accountAtAddress: 5,
  /** Higher: several staff may share an office's address. */
  address: 20,
} as const;
const FIRST_WAIT_SECONDS = 60;
const MAX_WAIT_SECONDS = 30 * 60;
export const FORGET_FAILURES_AFTER_MS = 24 * 60 * 60 * 1000;

/** Who tries: the account named (whether or not it exists) and the client's address (lib/auth/client-ip.ts). */
export type CredentialAttempt = { account: string; address: string };

export type CredentialCheckResult =
  | { ok: true }
  | { ok: false; reason: "rejected" }
  | { ok: false; reason: "tooManyAttempts"; retryAfterSeconds: number };

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
  return `${groups.slice(0, 4).map((group) => parseInt(group, 16).toString(16)).join(":")}::/64`;
}

type Rows = { address: string; account: string };

/**
 * Counts the attempt as a failure and says how long to wait, or 0 when the
 * attempt may go ahead. Counting comes before the credential is checked,
 * under a lock on both rows, so parallel attempts cannot all pass before any
 * is counted.
 */
async function countAttempt(db: PrismaClient, rows: Rows, now: Date): Promise<number> {
  const forgetBefore = new Date(now.getTime() - FORGET_FAILURES_AFTER_MS);
  const wait = await db.$transaction(
    async (tx) => {
      // The address's row ("") comes first in every transaction, so no two lock in opposite orders.
      await tx.$executeRaw`
        INSERT INTO "CredentialFailure" (address, account, failures, "lastFailureAt")
        VALUES (${rows.address}, '', 0, ${now}), (${rows.address}, ${rows.account}, 0, ${now})
        ON CONFLICT DO NOTHING`;
      const counts = await tx.$queryRaw<{ account: string; failures: number; lastFailureAt: Date }[]>`
        SELECT account, failures, "lastFailureAt" FROM "CredentialFailure"
        WHERE address = ${rows.address} AND account IN ('', ${rows.account})
        ORDER BY account FOR UPDATE`;
      let seconds = 0;
      for (const row of counts) {
        const lastFailureAt = new Date(row.lastFailureAt);
        if (lastFailureAt < forgetBefore) continue;
        const free = row.account === "" ? FREE_FAILURES.address : FREE_FAILURES.accountAtAddress;
        const waitSeconds = waitAfterFailures(row.failures, free);
        // Under the free count there is no wait, even when a parallel attempt
        // that started later committed first (its lastFailureAt is after our now).
        if (waitSeconds === 0) continue;
        const waitMs = lastFailureAt.getTime() + waitSeconds * 1000 - now.getTime();
        seconds = Math.max(seconds, Math.ceil(waitMs / 1000));
      }
      if (seconds > 0) return seconds;
      await tx.$executeRaw`
        UPDATE "CredentialFailure"
        SET failures = CASE WHEN "lastFailureAt" < ${forgetBefore} THEN 1 ELSE failures + 1 END, "lastFailureAt" = ${now}
        WHERE address = ${rows.address} AND account IN ('', ${rows.account})`;
      return 0;
    },
    // Parallel attempts queue for the row lock, each holding it a few milliseconds.
    { maxWait: 10_000, timeout: 10_000 },
  );
  await db.credentialFailure.deleteMany({ where: { lastFailureAt: { lt: forgetBefore } } });
  return wait;
}

/** The attempt was no failure after all: its count is taken back (a right credential also ends the pair's count). */
async function uncountAttempt(db: PrismaClient, rows: Rows, credentialWasRight: boolean): Promise<void> {
  const accounts = credentialWasRight ? [""] : ["", rows.account];
  await db.credentialFailure.updateMany({
    where: { address: rows.address, account: { in: accounts }, failures: { gt: 0 } },
    data: { failures: { decrement: 1 } },
  });
  if (credentialWasRight) await db.credentialFailure.deleteMany({ where: rows });
}

/**
 * Runs `check` (true: the credential is right) unless this account and
 * address, or this address, must wait. A failure of any credential, a
 * password or a second-factor code, goes through here.
 */
export async function throttledCredentialCheck(
  db: PrismaClient,
  attempt: CredentialAttempt,
  check: () => Promise<boolean>,
  now = new Date(),
): Promise<CredentialCheckResult> {
  const rows = { address: throttleAddress(attempt.address), account: attempt.account };
  const retryAfterSeconds = await countAttempt(db, rows, now);
  if (retryAfterSeconds > 0) return { ok: false, reason: "tooManyAttempts", retryAfterSeconds };
  let right: boolean;
  try {
    right = await check();
  } catch (error) {
    // The check itself broke (the database, say): that is no wrong credential.
    // Taking the count back is best effort; the check's own error is the one to report.
    await uncountAttempt(db, rows, false).catch(() => undefined);
    throw error;
  }
  if (!right) return { ok: false, reason: "rejected" };
  await uncountAttempt(db, rows, true);
  return { ok: true };
}
