import { beforeAll, describe, expect, it, vi } from "vitest";
import { clientIp } from "@/lib/auth/client-ip";
import { createStaffAccount } from "@/lib/auth/staff-accounts";
import { FREE_FAILURES } from "@/lib/auth/throttle";
import { useRequestAddress } from "@/tests/support/fake-next-headers";
import { PEER_ADDRESS_HEADER } from "@/lib/server-process/internal-headers.mjs";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { TEST_PASSWORD } from "@/tests/support/staff-sessions";
import { DATABASE_KINDS } from "@/tests/support/test-database";

vi.mock("next/headers", () => import("@/tests/support/fake-next-headers"));

import { passkeySignInAction, passkeySignInOptionsAction } from "@/lib/auth/actions";
import { signInStaff } from "@/lib/auth/sign-in";

/** What a request from `peer` looks like to the app, whatever it claims in X-Forwarded-For. */
function requestFrom(peer: string, forwardedFor?: string): Headers {
  return new Headers({ [PEER_ADDRESS_HEADER]: peer, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });
}

function signIn(email: string, password: string, headers: Headers) {
  return signInStaff(email, password, clientIp(headers), headers);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
}

describe.each(DATABASE_KINDS)("staff sign-in on %s", (kind) => {
  const fixture = migratedDatabaseFor(kind, { inApp: true });
  const staffEmail = `staff-${kind}@example.org`;

  beforeAll(async () => {
    await createStaffAccount(fixture.db, {
      email: staffEmail,
      name: "Staff Member",
      password: TEST_PASSWORD,
      role: "EDITOR",
    });
  });

  it("throttles a client spraying wrong passwords, making up a new X-Forwarded-For for every attempt, like any other", async () => {
    for (let i = 0; i < FREE_FAILURES.address; i++) {
      expect(
        await signIn(`nobody${i}@example.org`, "wrong-password-123", requestFrom("203.0.113.50", `198.51.100.${i}`)),
      ).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signIn(staffEmail, TEST_PASSWORD, requestFrom("203.0.113.50", "192.0.2.200"))).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    expect(await signIn(staffEmail, TEST_PASSWORD, requestFrom("203.0.113.51"))).toEqual({
      ok: true,
      needsCode: false,
    });
  });

  it("lets an office sign in after a day of typos: 20 accounts sharing an address, one typo each, then all sign in without waiting", async () => {
    const office = requestFrom("198.51.100.80");
    const staff = [];
    for (let i = 0; i < 20; i++)
      staff.push(
        await createStaffAccount(fixture.db, {
          email: `office-${i}-${kind}@example.org`,
          name: `Office ${i}`,
          password: TEST_PASSWORD,
          role: "EDITOR",
        }),
      );
    for (const member of staff)
      expect(await signIn(member.email, "a-typo-in-the-password", office)).toEqual({ ok: false, reason: "invalid" });
    expect(
      await fixture.db.credentialFailure.findUnique({
        where: { address_account: { address: "198.51.100.80", account: "" } },
      }),
    ).toMatchObject({ failures: 20 });
    // One after another, none waiting (an attempt counts before its password is checked, so parallel ones add up meanwhile).
    for (const member of staff)
      expect(await signIn(member.email, TEST_PASSWORD, office), member.email).toEqual({ ok: true, needsCode: false });
    // Every typo was its owner's: none still counts against the office.
    expect(
      await fixture.db.credentialFailure.findMany({
        where: { address: "198.51.100.80" },
        select: { account: true, failures: true },
      }),
    ).toEqual([{ account: "", failures: 0 }]);
  });

  it("asks for a passkey challenge without writing anything, refuses it while the address must wait, and counts a refused passkey there", async () => {
    const address = "198.51.100.90";
    useRequestAddress(address);
    const verifications = await fixture.db.verification.count();
    const asked = await Promise.all(Array.from({ length: 10 }, () => passkeySignInOptionsAction()));
    expect(asked.every((answer) => answer.ok && /^[\w-]{43}$/.test(answer.options.challenge))).toBe(true);
    expect(new Set(asked.map((answer) => answer.ok && answer.options.challenge)).size).toBe(10);
    expect(await fixture.db.verification.count()).toBe(verifications);
    expect(await fixture.db.credentialFailure.count({ where: { address } })).toBe(0);

    // An answer without the challenge's cookie is a refused passkey: counted on the address, and still nothing stored for it.
    const answer = {
      id: "not-a-passkey",
      rawId: "not-a-passkey",
      type: "public-key",
      response: { clientDataJSON: "e30", authenticatorData: "", signature: "" },
    };
    expect(await passkeySignInAction("es", null, answer)).toBe(false);
    expect(
      await fixture.db.credentialFailure.findMany({
        where: { address },
        orderBy: { account: "asc" },
        select: { account: true, failures: true },
      }),
    ).toEqual([
      { account: "", failures: 1 },
      { account: "(passkey)", failures: 1 },
    ]);
    expect(await fixture.db.verification.count()).toBe(verifications);

    await fixture.db.credentialFailure.update({
      where: { address_account: { address, account: "" } },
      data: { failures: FREE_FAILURES.address, lastFailureAt: new Date() },
    });
    expect(await passkeySignInOptionsAction()).toEqual({
      ok: false,
      error: { key: "signInThrottled", values: { unit: "minute", count: 1 } },
    });
  });

  it("takes as long to refuse an unknown email as a wrong password for a staff email", async () => {
    const timed = async (email: string, address: string) => {
      const started = performance.now();
      expect(await signIn(email, "not-the-password-at-all", requestFrom(address))).toEqual({
        ok: false,
        reason: "invalid",
      });
      return performance.now() - started;
    };
    // Warm up both paths (first use of the hash, the queries) before measuring.
    await timed(staffEmail, "10.1.0.250");
    await timed("warm-up@example.org", "10.2.0.250");
    const staff: number[] = [];
    const unknown: number[] = [];
    // Interleaved, each from its own address so that no attempt is throttled.
    for (let i = 0; i < 20; i++) {
      staff.push(await timed(staffEmail, `10.1.0.${i}`));
      unknown.push(await timed(`nobody-${i}@example.org`, `10.2.0.${i}`));
    }
    const [slower, faster] = [median(staff), median(unknown)].sort((a, b) => b - a);
    expect(
      slower! / faster!,
      `medians: staff ${median(staff).toFixed(1)} ms, unknown ${median(unknown).toFixed(1)} ms`,
    ).toBeLessThanOrEqual(1.25);
  });
});
