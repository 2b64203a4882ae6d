import { describe, expect, it } from "vitest";
import {
  ADDRESS_FAILURE_FADES_MS,
  FORGET_FAILURES_AFTER_MS,
  FREE_FAILURES,
  signInCompleted,
  throttledCredentialCheck,
  type CheckOutcome,
  type CredentialAttempt,
} from "@/lib/auth/throttle";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { DATABASE_KINDS } from "@/tests/support/test-database";

const wrong = async (): Promise<CheckOutcome> => false;
const right = async (): Promise<CheckOutcome> => true;
/** A right password whose second factor comes next. */
const rightPassword = async (): Promise<CheckOutcome> => "secondFactorNext";
const MINUTE = 60;
const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);

describe.each(DATABASE_KINDS)("credential throttle on %s", (kind) => {
  const fixture = migratedDatabaseFor(kind);
  const attempt = (account: string, address: string, check = wrong, now?: Date) =>
    throttledCredentialCheck(fixture.db, { account, address }, check, now);
  const failuresOn = async ({ account, address }: CredentialAttempt) =>
    (await fixture.db.credentialFailure.findUnique({ where: { address_account: { address, account } } }))?.failures;

  it("lets a person mistype five times, then asks for waits that double: 1 minute, then 2", async () => {
    const start = new Date();
    for (let i = 0; i < FREE_FAILURES.accountAtAddress; i++) {
      expect(await attempt("ana@example.org", "10.0.0.1", wrong, start)).toEqual({ ok: false, reason: "rejected" });
    }
    expect(await attempt("ana@example.org", "10.0.0.1", right, at(start, 1))).toEqual({
      ok: false,
      reason: "tooManyAttempts",
      retryAfterSeconds: 59,
    });
    expect(await attempt("ana@example.org", "10.0.0.1", wrong, at(start, 60))).toEqual({
      ok: false,
      reason: "rejected",
    });
    expect(await attempt("ana@example.org", "10.0.0.1", right, at(start, 60))).toEqual({
      ok: false,
      reason: "tooManyAttempts",
      retryAfterSeconds: 120,
    });
    // A wait refused does not make the next wait longer.
    expect(await attempt("ana@example.org", "10.0.0.1", right, at(start, 180))).toEqual({ ok: true });
  });

  it("never keeps the owner out: their own address signs in while another address is failing on their account", async () => {
    for (let i = 0; i < 8; i++) await attempt("staff@example.org", "198.51.100.66", wrong, new Date());
    expect(await attempt("staff@example.org", "198.51.100.66", right)).toMatchObject({
      ok: false,
      reason: "tooManyAttempts",
    });
    expect(await attempt("staff@example.org", "192.0.2.10", right)).toEqual({ ok: true });
    expect(await attempt("staff@example.org", "198.51.100.66", right)).toMatchObject({
      ok: false,
      reason: "tooManyAttempts",
    });
  });

  it("asks for no wait under the free count, even when a parallel attempt that began later was counted first", async () => {
    const start = new Date();
    await attempt("later@example.org", "203.0.113.30", wrong, at(start, 1));
    expect(await attempt("earlier@example.org", "203.0.113.30", wrong, start)).toEqual({
      ok: false,
      reason: "rejected",
    });
  });

  it("counts 30 parallel wrong attempts from one address exactly, unknown accounts included, and delays the 31st", async () => {
    const free = FREE_FAILURES.address;
    const results = await Promise.all(
      Array.from({ length: free }, (_, i) => attempt(`nobody${i}@example.org`, "203.0.113.20")),
    );
    expect(results.every((result) => !result.ok && result.reason === "rejected")).toBe(true);
    expect(await failuresOn({ account: "", address: "203.0.113.20" })).toBe(free);
    const next = await attempt("someone-else@example.org", "203.0.113.20", right);
    expect(next).toMatchObject({ ok: false, reason: "tooManyAttempts" });
    expect(!next.ok && next.reason === "tooManyAttempts" && next.retryAfterSeconds).toBeGreaterThan(50);
    expect(await attempt("someone-else@example.org", "203.0.113.21", right)).toEqual({ ok: true });
  });

  it("keeps spraying from one address slow: past the free count waits double (1, 2, 4 minutes…) and nothing fades, even an hour on", async () => {
    const start = new Date();
    const address = "203.0.113.22";
    await Promise.all(
      Array.from({ length: FREE_FAILURES.address }, (_, i) =>
        attempt(`sprayed${i}@example.org`, address, wrong, start),
      ),
    );
    const spray = (i: number, seconds: number) => attempt(`more${i}@example.org`, address, wrong, at(start, seconds));
    expect(await spray(0, MINUTE - 1)).toEqual({ ok: false, reason: "tooManyAttempts", retryAfterSeconds: 1 });
    expect(await spray(1, MINUTE)).toEqual({ ok: false, reason: "rejected" });
    expect(await spray(2, 3 * MINUTE - 1)).toEqual({ ok: false, reason: "tooManyAttempts", retryAfterSeconds: 1 });
    expect(await spray(3, 3 * MINUTE)).toEqual({ ok: false, reason: "rejected" });
    expect(await spray(4, 7 * MINUTE - 1)).toEqual({ ok: false, reason: "tooManyAttempts", retryAfterSeconds: 1 });
    expect(await failuresOn({ account: "", address })).toBe(FREE_FAILURES.address + 2);
    // An hour later the count stands where it was: the next failure makes it one more, and the wait after it 8 minutes.
    expect(await spray(5, 67 * MINUTE)).toEqual({ ok: false, reason: "rejected" });
    expect(await failuresOn({ account: "", address })).toBe(FREE_FAILURES.address + 3);
    expect(await spray(6, 67 * MINUTE + 8 * MINUTE - 1)).toEqual({
      ok: false,
      reason: "tooManyAttempts",
      retryAfterSeconds: 1,
    });
  });

  it("lets an address's failures fade under its free count: one every two minutes, a full allowance within the hour", async () => {
    const start = new Date();
    const address = "203.0.113.23";
    await Promise.all(
      Array.from({ length: FREE_FAILURES.address - 1 }, (_, i) =>
        attempt(`typo${i}@example.org`, address, wrong, start),
      ),
    );
    // Half an hour later 15 of the 29 have faded: this failure makes 15.
    await attempt("half-hour@example.org", address, wrong, at(start, 30 * MINUTE));
    expect(await failuresOn({ account: "", address })).toBe(FREE_FAILURES.address - 1 - 15 + 1);
    // An hour after that, nothing is left: this failure is the only one.
    const hourLater = at(start, 30 * MINUTE + (FREE_FAILURES.address * ADDRESS_FAILURE_FADES_MS) / 1000);
    await attempt("hour@example.org", address, wrong, hourLater);
    expect(await failuresOn({ account: "", address })).toBe(1);
  });

  it("takes an account's typos off its address's count once its sign-in completes, second factor included, and not before", async () => {
    const start = new Date();
    const address = "203.0.113.24";
    await attempt("neighbour@example.org", address, wrong, start);
    for (let i = 0; i < 3; i++) await attempt("owner@example.org", address, wrong, start);
    expect(await failuresOn({ account: "", address })).toBe(4);
    // The password is right but the code is still to come: only that attempt is taken back, and the code step starts afresh.
    expect(await attempt("owner@example.org", address, rightPassword, start)).toEqual({ ok: true });
    expect(await failuresOn({ account: "", address })).toBe(4);
    expect(await failuresOn({ account: "owner@example.org", address })).toBe(0);
    expect(await attempt("owner@example.org", address, wrong, start)).toEqual({ ok: false, reason: "rejected" });
    // The right code completes it: the owner's three typos and the wrong code go; the neighbour's one stays.
    expect(await attempt("owner@example.org", address, right, start)).toEqual({ ok: true });
    expect(await failuresOn({ account: "", address })).toBe(1);
    expect(await failuresOn({ account: "owner@example.org", address })).toBeUndefined();
    // A completed sign-in of an account with nothing counted here takes nothing off.
    await signInCompleted(fixture.db, { account: "someone@example.org", address });
    expect(await failuresOn({ account: "", address })).toBe(1);
  });

  it("takes an account's typos off its address once when several of its sign-ins complete at the same moment, and none of them fails", async () => {
    const start = new Date();
    const address = "203.0.113.25";
    await attempt("neighbour@example.org", address, wrong, start);
    for (let i = 0; i < 3; i++) await attempt("office@example.org", address, wrong, start);
    expect(await failuresOn({ account: "", address })).toBe(4);
    // Five tabs of one office account finishing their sign-in at once.
    const completed = await Promise.allSettled(
      Array.from({ length: 5 }, () => signInCompleted(fixture.db, { account: "office@example.org", address })),
    );
    expect(completed.map((result) => result.status)).toEqual(Array(5).fill("fulfilled"));
    expect(await failuresOn({ account: "", address })).toBe(1);
    expect(await failuresOn({ account: "office@example.org", address })).toBeUndefined();
  });

  it("checks only five of 20 parallel guesses at one account from one address: the rest are told to wait", async () => {
    let checked = 0;
    const guess = async () => {
      checked++;
      return false;
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => attempt("target@example.org", "203.0.113.30", guess)),
    );
    expect(checked).toBe(FREE_FAILURES.accountAtAddress);
    expect(results.filter((result) => !result.ok && result.reason === "tooManyAttempts")).toHaveLength(
      20 - FREE_FAILURES.accountAtAddress,
    );
    expect(await failuresOn({ account: "target@example.org", address: "203.0.113.30" })).toBe(
      FREE_FAILURES.accountAtAddress,
    );
  });

  it("takes back the count of a check that broke, and of a right credential with the account's earlier typos", async () => {
    await attempt("eva@example.org", "10.0.0.2");
    await expect(
      attempt("eva@example.org", "10.0.0.2", () => Promise.reject(new Error("database down"))),
    ).rejects.toThrow("database down");
    expect(await failuresOn({ account: "eva@example.org", address: "10.0.0.2" })).toBe(1);
    expect(await failuresOn({ account: "", address: "10.0.0.2" })).toBe(1);
    expect(await attempt("eva@example.org", "10.0.0.2", right)).toEqual({ ok: true });
    expect(await failuresOn({ account: "eva@example.org", address: "10.0.0.2" })).toBeUndefined();
    expect(await failuresOn({ account: "", address: "10.0.0.2" })).toBe(0);
  });

  it("counts an IPv6 client by its /64 network", async () => {
    for (let i = 0; i < FREE_FAILURES.accountAtAddress; i++)
      await attempt("ipv6@example.org", `2001:db8:1:2::${i + 1}`);
    expect(await attempt("ipv6@example.org", "2001:db8:1:2:ffff:ffff:ffff:ffff", right)).toMatchObject({
      ok: false,
      reason: "tooManyAttempts",
    });
    expect(await attempt("ipv6@example.org", "2001:db8:1:3::1", right)).toEqual({ ok: true });
  });

  it("forgets failures a day after the last one", async () => {
    const start = new Date();
    for (let i = 0; i < 12; i++) await attempt("old@example.org", "10.0.0.3", wrong, start);
    const nextDay = new Date(start.getTime() + FORGET_FAILURES_AFTER_MS + 1000);
    expect(await attempt("old@example.org", "10.0.0.3", wrong, nextDay)).toEqual({ ok: false, reason: "rejected" });
    expect(await failuresOn({ account: "old@example.org", address: "10.0.0.3" })).toBe(1);
  });
});
