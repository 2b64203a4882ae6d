import { describe, expect, it } from "vitest";
import { DEMO_ADMIN, ensureDemoAdmin } from "@/lib/auth/demo-admin";
import { productionProblems } from "@/lib/auth/production-guard";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { DATABASE_KINDS } from "@/tests/support/test-database";

const SECRET = "x".repeat(48);

describe.each(DATABASE_KINDS)("production start-up checks (%s)", (kind) => {
  const fixture = migratedDatabaseFor(kind);

  it("refuses production on PostgreSQL without AUTH_SECRET or with the demo admin, and nothing else", async () => {
    const postgres = { kind: "postgres", url: "postgresql://unused" } as const;
    expect(await productionProblems(fixture.db, postgres, { NODE_ENV: "production", AUTH_SECRET: SECRET })).toEqual([]);
    expect(await productionProblems(fixture.db, postgres, { NODE_ENV: "production" })).toEqual([
      expect.stringMatching(/^AUTH_SECRET is not set/),
    ]);

    await ensureDemoAdmin(fixture.db);
    await ensureDemoAdmin(fixture.db);
    expect(await fixture.db.user.count({ where: { email: DEMO_ADMIN.email } })).toBe(1);
    expect(await productionProblems(fixture.db, postgres, { NODE_ENV: "production", AUTH_SECRET: SECRET })).toEqual([
      expect.stringMatching(/demo admin/),
    ]);
    // The embedded demo mode and development are never refused.
    expect(await productionProblems(fixture.db, postgres, { NODE_ENV: "development" })).toEqual([]);
    expect(await productionProblems(fixture.db, { kind: "pglite", dataDir: "/tmp/x" }, { NODE_ENV: "production" })).toEqual([]);
  });

  it("stores only a scrypt hash of the demo admin's password", async () => {
    const account = await fixture.db.account.findFirstOrThrow({ where: { user: { email: DEMO_ADMIN.email } } });
    expect(account.providerId).toBe("credential");
    expect(account.password).not.toContain(DEMO_ADMIN.password);
    expect(account.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
  });
});
