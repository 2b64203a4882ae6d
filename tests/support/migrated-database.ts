import { afterAll, beforeAll, inject } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoData } from "@/prisma/seed-demo";
import { releaseAppDatabase, pointAppAtDatabase } from "./app-database";
import { createTestDatabase, type DatabaseKind, type TestDatabase } from "./test-database";

type Options = {
  /** Load the demo data as if today were this date ("YYYY-MM-DD"). */
  seedOn?: string;
  /** Point the app's own data functions (getDb) at this database. */
  inApp?: boolean;
};

/**
 * A new database holding every migration and no rows: a copy of the run's
 * template (tests/support/migrated-template.ts), or migrated from empty for
 * the one engine a test asks for by name when the run's template is the other.
 */
export async function createMigratedTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const template = inject("migratedTemplate");
  if (template.kind === kind) return createTestDatabase(kind, { copyOf: template });
  const database = await createTestDatabase(kind);
  await applyMigrations(database.target);
  return database;
}

/**
 * A fresh, migrated database for the enclosing describe block, dropped after
 * it. Read `.db` inside hooks and tests (it exists once beforeAll has run).
 */
export function migratedDatabaseFor(
  kind: DatabaseKind,
  { seedOn, inApp = false }: Options = {},
): { readonly db: PrismaClient } {
  let db: PrismaClient | undefined;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const database = await createMigratedTestDatabase(kind);
    drop = database.drop;
    db = database.connect();
    if (seedOn) await seedDemoData(db, seedOn);
    if (inApp) pointAppAtDatabase(db);
  });

  afterAll(async () => {
    if (inApp) releaseAppDatabase();
    await db?.$disconnect();
    await drop?.();
  });

  return {
    get db() {
      if (!db) throw new Error("The test database is created in beforeAll: use it inside hooks and tests.");
      return db;
    },
  };
}
