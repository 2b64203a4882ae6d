import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { openPglite } from "./pglite";
import { acquirePgliteLock, releasePgliteLock } from "./pglite-lock";
import type { DatabaseTarget } from "./target";

/**
 * Applies prisma/migrations/<name>/migration.sql in order and records them in
 * Prisma's own `_prisma_migrations` table, so the history stays compatible
 * with `prisma migrate`. We apply them ourselves because, offline, the
 * Prisma 6.19 CLI's JS schema engine cannot read PostgreSQL 15 catalogs
 * ("Column type 'name' could not be deserialized") and never exits after
 * using PGlite. Migrations are still authored with `prisma migrate diff`.
 */

export const MIGRATIONS_DIR = path.resolve(/*turbopackIgnore: true*/ "prisma", "migrations");

type SqlSession = {
  exec(sql: string): Promise<void>;
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

// Any constant works; it only has to be the same for every app instance.
const MIGRATION_LOCK_KEY = 7_262_025;

const HISTORY_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

async function openSession(target: DatabaseTarget): Promise<SqlSession> {
  if (target.kind === "postgres") {
    const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 5_000 });
    await client.connect();
    return {
      exec: async (sql) => void (await client.query(sql)),
      rows: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
      close: () => client.end(),
    };
  }
  acquirePgliteLock(target.dataDir);
  const db = openPglite({ dataDir: target.dataDir });
  return {
    exec: async (sql) => void (await db.exec(sql)),
    rows: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
    close: async () => {
      await db.close();
      releasePgliteLock(target.dataDir);
    },
  };
}

export type MigrationFile = { name: string; sql: string; checksum: string };

export function readMigrations(dir: string = MIGRATIONS_DIR): MigrationFile[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

type HistoryRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export class MigrationError extends Error {}

/** Applies every pending migration, each in its own transaction. Returns the names applied. */
export async function applyMigrations(target: DatabaseTarget, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = readMigrations(dir);
  const session = await openSession(target);
  try {
    // Two instances starting together must not both apply the same migration.
    if (target.kind === "postgres") await session.exec(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    await session.exec(HISTORY_TABLE);
    const history = await session.rows<HistoryRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const failed = history.find((row) => row.finished_at === null);
    if (failed) {
      throw new MigrationError(
        `Migration ${failed.migration_name} failed earlier and was left half-applied: fix the database by hand, then delete its row from _prisma_migrations.`,
      );
    }
    const done = new Set(history.map((row) => row.migration_name));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      await session.exec("BEGIN");
      try {
        await session.exec(migration.sql);
        await session.rows(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [crypto.randomUUID(), migration.checksum, migration.name],
        );
        await session.exec("COMMIT");
      } catch (error) {
        await session.exec("ROLLBACK");
        throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
      }
      applied.push(migration.name);
    }
    return applied;
  } finally {
    if (target.kind === "postgres") await session.exec(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`).catch(() => undefined);
    await session.close();
  }
}
