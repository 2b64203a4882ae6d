import { beforeAll, describe, expect, it, vi } from "vitest";
import { clientIp } from "@/lib/auth/client-ip";
import { createStaffAccount } from "@/lib/auth/staff-accounts";
import { PEER_ADDRESS_HEADER } from "@/lib/serving/internal-headers.mjs";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { TEST_PASSWORD } from "@/tests/support/staff-sessions";
import { DATABASE_KINDS } from "@/tests/support/test-database";

vi.mock("next/headers", () => import("@/tests/support/fake-next-headers"));

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
    await createStaffAccount(fixture.db, { email: staffEmail, name: "Staff Member", password: TEST_PASSWORD, role: "EDITOR" });
  });

  it("throttles a client that makes up a new X-Forwarded-For for every attempt like any other", async () => {
    for (let i = 0; i < 20; i++) {
      expect(await signIn(`nobody${i}@example.org`, "wrong-password-123", requestFrom("203.0.113.50", `198.51.100.${i}`))).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signIn(staffEmail, TEST_PASSWORD, requestFrom("203.0.113.50", "192.0.2.200"))).toMatchObject({ ok: false, reason: "throttled" });
    expect(await signIn(staffEmail, TEST_PASSWORD, requestFrom("203.0.113.51"))).toEqual({ ok: true, needsCode: false });
  });

  it("takes as long to refuse an unknown email as a wrong password for a staff email", async () => {
    const timed = async (email: string, address: string) => {
      const started = performance.now();
      expect(await signIn(email, "not-the-password-at-all", requestFrom(address))).toEqual({ ok: false, reason: "invalid" });
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
    expect(slower! / faster!, `medians: staff ${median(staff).toFixed(1)} ms, unknown ${median(unknown).toFixed(1)} ms`).toBeLessThanOrEqual(1.25);
  });
});
