import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADMIN, ensureDemoAdmin } from "@/lib/auth/demo-admin";
import { productionProblems } from "@/lib/auth/production-guard";
import { applyMigrations } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "@/tests/support/test-database";

const SECRET = "x".repeat(48);

describe.each(DATABASE_KINDS)("production start-up checks (%s)", (kind) => {
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

  it("refuses production on PostgreSQL without AUTH_SECRET or with the demo admin, and nothing else", async () => {
    const postgres = { kind: "postgres", url: "postgresql://unused" } as const;
    expect(await productionProblems(db, postgres, { NODE_ENV: "production", AUTH_SECRET: SECRET })).toEqual([]);
    expect(await productionProblems(db, postgres, { NODE_ENV: "production" })).toEqual([
      expect.stringMatching(/^AUTH_SECRET is not set/),
    ]);

    await ensureDemoAdmin(db);
    await ensureDemoAdmin(db);
    expect(await db.user.count({ where: { email: DEMO_ADMIN.email } })).toBe(1);
    expect(await productionProblems(db, postgres, { NODE_ENV: "production", AUTH_SECRET: SECRET })).toEqual([
      expect.stringMatching(/demo admin/),
    ]);
    // The embedded demo mode and development are never refused.
    expect(await productionProblems(db, postgres, { NODE_ENV: "development" })).toEqual([]);
    expect(await productionProblems(db, { kind: "pglite", dataDir: "/tmp/x" }, { NODE_ENV: "production" })).toEqual([]);
  });

  it("stores only a scrypt hash of the demo admin's password", async () => {
    const account = await db.account.findFirstOrThrow({ where: { user: { email: DEMO_ADMIN.email } } });
    expect(account.providerId).toBe("credential");
    expect(account.password).not.toContain(DEMO_ADMIN.password);
    expect(account.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
  });
});
