import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkLoginThrottle, clearLoginFailures, LOGIN_FAILURE_WINDOW_MS, MAX_LOGIN_FAILURES, recordLoginFailure } from "@/lib/auth/throttle";
import { applyMigrations } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "@/tests/support/test-database";

describe.each(DATABASE_KINDS)("sign-in throttling on %s", (kind) => {
  let database: TestDatabase;
  let db: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await applyMigrations(database.target);
    db = database.connect();
  });

  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
  });

  it("allows ten failures per account, then asks to wait until the oldest leaves the 15-minute window", async () => {
    for (let i = 0; i < MAX_LOGIN_FAILURES - 1; i++) await recordLoginFailure(db, "ana@example.org", `10.0.0.${i}`);
    expect(await checkLoginThrottle(db, "ana@example.org", "10.9.9.9")).toEqual({ ok: true });
    await recordLoginFailure(db, "ana@example.org", "10.0.0.99");
    const blocked = await checkLoginThrottle(db, "ana@example.org", "10.9.9.9");
    expect(blocked).toEqual({ ok: false, retryAfterMinutes: 15 });
    const later = new Date(Date.now() + LOGIN_FAILURE_WINDOW_MS + 1_000);
    expect(await checkLoginThrottle(db, "ana@example.org", "10.9.9.9", later)).toEqual({ ok: true });
  });

  it("counts failures per IP address across accounts", async () => {
    for (let i = 0; i < MAX_LOGIN_FAILURES; i++) await recordLoginFailure(db, `guess${i}@example.org`, "203.0.113.7");
    expect(await checkLoginThrottle(db, "someone@example.org", "203.0.113.7")).toMatchObject({ ok: false });
    expect(await checkLoginThrottle(db, "someone@example.org", "203.0.113.8")).toEqual({ ok: true });
  });

  it("starts an account's count again after a successful sign-in", async () => {
    await clearLoginFailures(db, "ana@example.org");
    expect(await checkLoginThrottle(db, "ana@example.org", "10.9.9.9")).toEqual({ ok: true });
  });
});
