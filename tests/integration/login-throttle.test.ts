import { describe, expect, it } from "vitest";
import { checkLoginThrottle, clearLoginFailures, LOGIN_FAILURE_WINDOW_MS, MAX_LOGIN_FAILURES, recordLoginFailure } from "@/lib/auth/throttle";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { DATABASE_KINDS } from "@/tests/support/test-database";

describe.each(DATABASE_KINDS)("sign-in throttling on %s", (kind) => {
  const fixture = migratedDatabaseFor(kind);

  it("allows ten failures per account, then asks to wait until the oldest leaves the 15-minute window", async () => {
    for (let i = 0; i < MAX_LOGIN_FAILURES - 1; i++) await recordLoginFailure(fixture.db, "ana@example.org", `10.0.0.${i}`);
    expect(await checkLoginThrottle(fixture.db, "ana@example.org", "10.9.9.9")).toEqual({ ok: true });
    await recordLoginFailure(fixture.db, "ana@example.org", "10.0.0.99");
    const blocked = await checkLoginThrottle(fixture.db, "ana@example.org", "10.9.9.9");
    expect(blocked).toEqual({ ok: false, retryAfterMinutes: 15 });
    const later = new Date(Date.now() + LOGIN_FAILURE_WINDOW_MS + 1_000);
    expect(await checkLoginThrottle(fixture.db, "ana@example.org", "10.9.9.9", later)).toEqual({ ok: true });
  });

  it("counts failures per IP address across accounts", async () => {
    for (let i = 0; i < MAX_LOGIN_FAILURES; i++) await recordLoginFailure(fixture.db, `guess${i}@example.org`, "203.0.113.7");
    expect(await checkLoginThrottle(fixture.db, "someone@example.org", "203.0.113.7")).toMatchObject({ ok: false });
    expect(await checkLoginThrottle(fixture.db, "someone@example.org", "203.0.113.8")).toEqual({ ok: true });
  });

  it("starts an account's count again after a successful sign-in", async () => {
    await clearLoginFailures(fixture.db, "ana@example.org");
    expect(await checkLoginThrottle(fixture.db, "ana@example.org", "10.9.9.9")).toEqual({ ok: true });
  });
});
