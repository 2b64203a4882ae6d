import { describe, expect, it } from "vitest";
import { FORGET_FAILURES_AFTER_MS, FREE_FAILURES, throttledCredentialCheck, type CredentialAttempt } from "@/lib/auth/throttle";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { DATABASE_KINDS } from "@/tests/support/test-database";

const wrong = async () => false;
const right = async () => true;
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
    expect(await attempt("ana@example.org", "10.0.0.1", right, at(start, 1))).toEqual({ ok: false, reason: "tooManyAttempts", retryAfterSeconds: 59 });
    expect(await attempt("ana@example.org", "10.0.0.1", wrong, at(start, 60))).toEqual({ ok: false, reason: "rejected" });
    expect(await attempt("ana@example.org", "10.0.0.1", right, at(start, 60))).toEqual({ ok: false, reason: "tooManyAttempts", retryAfterSeconds: 120 });
    // A wait refused does not make the next wait longer.
    expect(await attempt("ana@example.org", "10.0.0.1", right, at(start, 180))).toEqual({ ok: true });
  });

  it("never keeps the owner out: their own address signs in while another address is failing on their account", async () => {
    for (let i = 0; i < 8; i++) await attempt("staff@example.org", "198.51.100.66", wrong, new Date());
    expect(await attempt("staff@example.org", "198.51.100.66", right)).toMatchObject({ ok: false, reason: "tooManyAttempts" });
    expect(await attempt("staff@example.org", "192.0.2.10", right)).toEqual({ ok: true });
    expect(await attempt("staff@example.org", "198.51.100.66", right)).toMatchObject({ ok: false, reason: "tooManyAttempts" });
  });

  it("asks for no wait under the free count, even when a parallel attempt that began later was counted first", async () => {
    const start = new Date();
    await attempt("later@example.org", "203.0.113.30", wrong, at(start, 1));
    expect(await attempt("earlier@example.org", "203.0.113.30", wrong, start)).toEqual({ ok: false, reason: "rejected" });
  });

  it("counts 20 parallel wrong attempts from one address exactly, unknown accounts included, and delays the 21st", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(`nobody${i}@example.org`, "203.0.113.20")));
    expect(results.every((result) => !result.ok && result.reason === "rejected")).toBe(true);
    expect(await failuresOn({ account: "", address: "203.0.113.20" })).toBe(20);
    const twentyFirst = await attempt("someone-else@example.org", "203.0.113.20", right);
    expect(twentyFirst).toMatchObject({ ok: false, reason: "tooManyAttempts" });
    expect(!twentyFirst.ok && twentyFirst.reason === "tooManyAttempts" && twentyFirst.retryAfterSeconds).toBeGreaterThan(50);
    expect(await attempt("someone-else@example.org", "203.0.113.21", right)).toEqual({ ok: true });
  });

  it("checks only five of 20 parallel guesses at one account from one address: the rest are told to wait", async () => {
    let checked = 0;
    const guess = async () => {
      checked++;
      return false;
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => attempt("target@example.org", "203.0.113.30", guess)));
    expect(checked).toBe(FREE_FAILURES.accountAtAddress);
    expect(results.filter((result) => !result.ok && result.reason === "tooManyAttempts")).toHaveLength(20 - FREE_FAILURES.accountAtAddress);
    expect(await failuresOn({ account: "target@example.org", address: "203.0.113.30" })).toBe(FREE_FAILURES.accountAtAddress);
  });

  it("takes back the count of a right credential and of a check that broke", async () => {
    await attempt("eva@example.org", "10.0.0.2");
    await expect(attempt("eva@example.org", "10.0.0.2", () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await failuresOn({ account: "eva@example.org", address: "10.0.0.2" })).toBe(1);
    expect(await attempt("eva@example.org", "10.0.0.2", right)).toEqual({ ok: true });
    expect(await failuresOn({ account: "eva@example.org", address: "10.0.0.2" })).toBeUndefined();
    expect(await failuresOn({ account: "", address: "10.0.0.2" })).toBe(1);
  });

  it("counts an IPv6 client by its /64 network", async () => {
    for (let i = 0; i < FREE_FAILURES.accountAtAddress; i++) await attempt("ipv6@example.org", `2001:db8:1:2::${i + 1}`);
    expect(await attempt("ipv6@example.org", "2001:db8:1:2:ffff:ffff:ffff:ffff", right)).toMatchObject({ ok: false, reason: "tooManyAttempts" });
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
