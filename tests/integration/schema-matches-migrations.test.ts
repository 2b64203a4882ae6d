import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import { openPglite } from "@/lib/db/pglite";
import type { DatabaseTarget } from "@/lib/db/target";
import {
  createTestDatabase,
  DATABASE_KINDS,
  type DatabaseKind,
  type TestDatabase,
} from "@/tests/support/test-database";

/**
 * CI's drift check: prisma/schema.prisma and prisma/migrations must describe
 * the same database. Prisma's own check (`migrate diff --from-migrations
 * --shadow-database-url … --exit-code`) cannot run offline here: with a
 * driver adapter in prisma.config.ts it refuses --shadow-database-url, its
 * JS engine cannot read PostgreSQL 15's catalogs, and a PGlite shadow
 * rejects the migration files. So: one fresh database from the migrations
 * (lib/db/migrate.ts), one from the SQL Prisma writes for the schema alone
 * (`migrate diff --from-empty`, which needs no database), and their
 * catalogs compared: tables, columns, constraints, indexes, enums and
 * extensions, ignoring column order.
 */

const run = promisify(execFile);

const CATALOG = `
SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
       || coalesce(' ' || udt_name, '') || ' ' || is_nullable || coalesce(' default ' || column_default, '') AS line
  FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
UNION ALL
SELECT 'constraint ' || rel.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid)
  FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace
  WHERE ns.nspname = 'public' AND rel.relname <> '_prisma_migrations'
UNION ALL
SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
UNION ALL
SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
  FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname
UNION ALL
SELECT 'extension ' || extname FROM pg_extension WHERE extname <> 'plpgsql'
`;

async function catalog(target: DatabaseTarget): Promise<string[]> {
  let lines: { line: string }[];
  if (target.kind === "postgres") {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      lines = (await client.query<{ line: string }>(CATALOG)).rows;
    } finally {
      await client.end();
    }
  } else {
    const db = openPglite({ dataDir: target.dataDir });
    try {
      lines = (await db.query<{ line: string }>(CATALOG)).rows;
    } finally {
      await db.close();
    }
  }
  return lines.map((row) => row.line).sort();
}

async function execute(target: DatabaseTarget, sql: string): Promise<void> {
  if (target.kind === "postgres") {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  } else {
    const db = openPglite({ dataDir: target.dataDir });
    try {
      await db.exec(sql);
    } finally {
      await db.close();
    }
  }
}

let written: Promise<string> | undefined;
/**
 * The SQL Prisma writes for schema.prisma on an empty database. The CLI
 * still opens prisma.config.ts's adapter. The pass's PostgreSQL server
 * (DATABASE_URL) it only connects to. Given the app's own PGlite
 * folder (which may hold data, or be in use) it writes the SQL and then
 * never exits, so without a server it gets an empty folder of its own.
 */
function schemaSql(kind: DatabaseKind): Promise<string> {
  written ??= (async () => {
    const scratch = await fs.mkdtemp(path.join(os.tmpdir(), "encuentros-schema-diff-"));
    const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: path.join(scratch, "pglite") };
    if (kind !== "postgres") env.DATABASE_URL = "";
    try {
      const args = ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"];
      return (await run(path.resolve("node_modules/.bin/prisma"), args, { env, timeout: 120_000 })).stdout;
    } finally {
      await fs.rm(scratch, { recursive: true, force: true });
    }
  })();
  return written;
}

describe.each(DATABASE_KINDS)("schema.prisma and the migrations on %s", (kind) => {
  const databases: TestDatabase[] = [];

  afterAll(async () => {
    for (const database of databases) await database.drop();
  });

  it("describe the same database", async () => {
    const [fromMigrations, fromSchema] = [await createTestDatabase(kind), await createTestDatabase(kind)];
    databases.push(fromMigrations, fromSchema);
    await applyMigrations(fromMigrations.target);
    await execute(fromSchema.target, await schemaSql(kind));

    const [migrated, declared] = [await catalog(fromMigrations.target), await catalog(fromSchema.target)];
    expect(migrated.length).toBeGreaterThan(50);
    // A line only on one side names what the two disagree on.
    expect({
      onlyInMigrations: migrated.filter((line) => !declared.includes(line)),
      onlyInSchema: declared.filter((line) => !migrated.includes(line)),
    }).toEqual({
      onlyInMigrations: [],
      onlyInSchema: [],
    });
  }, 300_000);
});
