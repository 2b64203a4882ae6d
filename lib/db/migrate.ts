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

type HistoryRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
};

export class MigrationError extends Error {}

// Once the advisory lock is ours: a statement that waits longer than this
// for a table lock fails (and its migration with it) instead of queueing
// every request of the running site behind it.
export const MIGRATION_LOCK_TIMEOUT = "10s";

/**
 * True when the file manages its own transaction (`BEGIN;` … `COMMIT;`, as
 * Prisma writes when removing an enum value): it then runs as written,
 * without our wrapper, whose COMMIT would otherwise end its transaction
 * early. Comments and dollar-quoted bodies (where a function's own BEGIN
 * lives) are ignored.
 */
export function hasOwnTransactionControl(sql: string): boolean {
  const statements = sql
    .replace(/\$([A-Za-z_]*)\$[\s\S]*?\$\1\$/g, "")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/--.*$/gm, "");
  return /(^|;)\s*(BEGIN|START\s+TRANSACTION|COMMIT|ROLLBACK)(\s+(WORK|TRANSACTION))?\s*;/i.test(statements);
}

const RECORD_SQL = `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, rolled_back_at, logs, applied_steps_count)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`;

async function record(
  session: SqlSession,
  migration: MigrationFile,
  started: Date,
  outcome: { ok: true } | { ok: false; error: string; rolledBack: boolean },
): Promise<void> {
  const now = new Date();
  await session.rows(RECORD_SQL, [
    crypto.randomUUID(),
    migration.checksum,
    migration.name,
    started,
    outcome.ok ? now : null,
    !outcome.ok && outcome.rolledBack ? now : null,
    outcome.ok ? null : outcome.error,
    outcome.ok ? 1 : 0,
  ]);
}

/** Stops on history that cannot be trusted: a migration left half-applied, or an applied file changed since. */
function checkHistory(history: HistoryRow[], migrations: MigrationFile[]): void {
  const failed = history.find((row) => row.finished_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} failed earlier and may be half-applied (its error is in _prisma_migrations.logs): repair the database by hand, then mark it rolled back with UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${failed.migration_name}' so the next start runs it again.`,
    );
  }
  const files = new Map(migrations.map((migration) => [migration.name, migration]));
  const changed = history.find(
    (row) => files.has(row.migration_name) && files.get(row.migration_name)!.checksum !== row.checksum,
  );
  if (changed) {
    throw new MigrationError(
      `Migration ${changed.migration_name} was changed after it was applied to this database (its checksum differs): restore prisma/migrations/${changed.migration_name}/migration.sql as it was, and put the change in a new migration.`,
    );
  }
}

/**
 * Applies every pending migration in order. Each runs in a transaction of
 * its own (a failure leaves nothing behind and is recorded as failed and
 * rolled back, so the next start tries again), except a file with its own
 * transaction control, which runs as written (a failure there is recorded
 * as failed and stops later starts until someone has looked). Returns the
 * names applied.
 */
export async function applyMigrations(target: DatabaseTarget, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = readMigrations(dir);
  const session = await openSession(target);
  try {
    // Two instances starting together must not both apply the same migration.
    if (target.kind === "postgres") await session.exec(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    await session.exec(`SET lock_timeout = '${MIGRATION_LOCK_TIMEOUT}'`);
    await session.exec(HISTORY_TABLE);
    const history = await session.rows<HistoryRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    checkHistory(history, migrations);
    const done = new Set(history.map((row) => row.migration_name));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      const started = new Date();
      const wrapped = !hasOwnTransactionControl(migration.sql);
      try {
        if (wrapped) await session.exec("BEGIN");
        await session.exec(migration.sql);
        await record(session, migration, started, { ok: true });
        if (wrapped) await session.exec("COMMIT");
      } catch (error) {
        const message = (error as Error).message;
        // Whatever the file left open is undone; in a wrapped file, that is all of it.
        await session.exec("ROLLBACK").catch(() => undefined);
        await record(session, migration, started, { ok: false, error: message, rolledBack: wrapped });
        throw new MigrationError(
          wrapped
            ? `Migration ${migration.name} failed and was rolled back (nothing of it was applied): ${message}`
            : `Migration ${migration.name} failed and may be half-applied (it manages its own transactions): ${message}`,
        );
      }
      applied.push(migration.name);
    }
    return applied;
  } finally {
    if (target.kind === "postgres")
      await session.exec(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`).catch(() => undefined);
    await session.close();
  }
}
