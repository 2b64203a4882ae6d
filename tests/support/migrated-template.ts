import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/migrate";
import type { DatabaseTarget } from "@/lib/db/target";
import { createTestDatabase, DATABASE_KINDS } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's migrated, empty database, for createMigratedTestDatabase to copy. */
    migratedTemplate: DatabaseTarget;
  }
}

/**
 * Global setup of the integration project: migrates one database once per
 * run, which each test file then copies (tests/support/migrated-database.ts)
 * instead of applying every migration again. The migrations themselves are
 * still tested from empty, by tests/integration/migrations.test.ts and
 * migrate-and-seed.test.ts.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const template = await createTestDatabase(DATABASE_KINDS[0]!);
  await applyMigrations(template.target);
  project.provide("migratedTemplate", template.target);
  return () => template.drop();
}
