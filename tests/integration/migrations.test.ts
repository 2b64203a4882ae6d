import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openPglite } from "@/lib/db/pglite";
import { applyMigrations, hasOwnTransactionControl, MIGRATION_LOCK_TIMEOUT } from "@/lib/db/migrate";
import type { DatabaseTarget } from "@/lib/db/target";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "@/tests/support/test-database";

/**
 * The migrator on scratch migrations of its own (a temp folder), against a
 * fresh database: what it does when a file brings its own transaction,
 * fails, or was edited after it was applied.
 */

type HistoryRow = {
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
};

async function query<T>(target: DatabaseTarget, sql: string): Promise<T[]> {
  if (target.kind === "postgres") {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const db = openPglite({ dataDir: target.dataDir });
  try {
    return (await db.query<T>(sql)).rows;
  } finally {
    await db.close();
  }
}

const tableExists = async (target: DatabaseTarget, name: string) =>
  (await query<{ found: string | null }>(target, `SELECT to_regclass('public."${name}"')::text AS found`))[0]!.found !==
  null;

const history = (target: DatabaseTarget) =>
  query<HistoryRow>(
    target,
    `SELECT migration_name, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
  );

describe("recognising a file that manages its own transaction", () => {
  it("sees BEGIN/COMMIT statements, not a function body's BEGIN or a comment", () => {
    expect(hasOwnTransactionControl(`BEGIN;\nCREATE TYPE "A_new" AS ENUM ('x');\nCOMMIT;\n`)).toBe(true);
    expect(hasOwnTransactionControl(`-- BEGIN;\nCREATE TABLE a (id int);\n/* COMMIT; */`)).toBe(false);
    expect(hasOwnTransactionControl(`DO $$\nBEGIN\n  PERFORM 1;\nEND;\n$$;\nCREATE TABLE a (id int);`)).toBe(false);
    expect(
      hasOwnTransactionControl(`CREATE FUNCTION f() RETURNS void AS $body$ BEGIN; END; $body$ LANGUAGE plpgsql;`),
    ).toBe(false);
  });
});

describe.each(DATABASE_KINDS)("migrations on %s", (kind) => {
  let database: TestDatabase;
  let dir: string;

  const write = (name: string, sql: string) => {
    fs.mkdirSync(path.join(dir, name), { recursive: true });
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  };

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "encuentros-migrations-"));
    write(
      "20270101000000_color",
      `CREATE TYPE "Color" AS ENUM ('red', 'green');\nCREATE TABLE "Thing" ("id" INT PRIMARY KEY, "color" "Color" NOT NULL);\n`,
    );
  });

  afterEach(async () => {
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("runs a file with its own BEGIN/COMMIT as written (Prisma's enum-value removal) and records it", async () => {
    // What `prisma migrate diff` writes when an enum value goes.
    write(
      "20270102000000_drop_green",
      `BEGIN;\nCREATE TYPE "Color_new" AS ENUM ('red');\nALTER TABLE "Thing" ALTER COLUMN "color" TYPE "Color_new" USING ("color"::text::"Color_new");\nALTER TYPE "Color" RENAME TO "Color_old";\nALTER TYPE "Color_new" RENAME TO "Color";\nDROP TYPE "Color_old";\nCOMMIT;\n`,
    );
    expect(await applyMigrations(database.target, dir)).toEqual(["20270101000000_color", "20270102000000_drop_green"]);
    const labels = await query<{ label: string }>(
      database.target,
      `SELECT unnest(enum_range(NULL::"Color"))::text AS label`,
    );
    expect(labels.map((row) => row.label)).toEqual(["red"]);
    expect((await history(database.target)).every((row) => row.finished_at !== null)).toBe(true);
  });

  it("records a failed file that managed its own transaction as failed, and refuses the next start until someone has looked", async () => {
    write(
      "20270102000000_half",
      `BEGIN;\nCREATE TABLE "Kept" ("id" INT);\nCOMMIT;\nCREATE TABLE "Broken" ("id" INT REFERENCES "Missing"("id"));\n`,
    );
    await expect(applyMigrations(database.target, dir)).rejects.toThrow(
      /^Migration 20270102000000_half failed and may be half-applied/,
    );
    // Its own COMMIT came before the error: that part stays, and the history says so.
    expect(await tableExists(database.target, "Kept")).toBe(true);
    const failed = (await history(database.target)).find((row) => row.migration_name === "20270102000000_half")!;
    expect(failed).toMatchObject({ finished_at: null, rolled_back_at: null });
    expect(failed.logs).toMatch(/Missing/);
    await expect(applyMigrations(database.target, dir)).rejects.toThrow(
      /failed earlier and may be half-applied.*rolled_back_at = now\(\)/,
    );
  });

  it("rolls a failed ordinary file back whole, records the failure, and retries it once fixed", async () => {
    write(
      "20270102000000_broken",
      `CREATE TABLE "First" ("id" INT);\nCREATE TABLE "Broken" ("id" INT REFERENCES "Missing"("id"));\n`,
    );
    await expect(applyMigrations(database.target, dir)).rejects.toThrow(
      /failed and was rolled back \(nothing of it was applied\)/,
    );
    expect(await tableExists(database.target, "First")).toBe(false);
    const failed = (await history(database.target)).find((row) => row.migration_name === "20270102000000_broken")!;
    expect(failed.finished_at).toBeNull();
    expect(failed.rolled_back_at).not.toBeNull();
    expect(failed.logs).toMatch(/Missing/);

    write("20270102000000_broken", `CREATE TABLE "First" ("id" INT);\n`);
    expect(await applyMigrations(database.target, dir)).toEqual(["20270102000000_broken"]);
    expect(await tableExists(database.target, "First")).toBe(true);
  });

  it("stops with one sentence when an applied migration's file was changed", async () => {
    await applyMigrations(database.target, dir);
    write(
      "20270101000000_color",
      `CREATE TYPE "Color" AS ENUM ('red', 'green', 'blue');\nCREATE TABLE "Thing" ("id" INT PRIMARY KEY, "color" "Color" NOT NULL);\n`,
    );
    await expect(applyMigrations(database.target, dir)).rejects.toThrow(
      /^Migration 20270101000000_color was changed after it was applied to this database \(its checksum differs\): restore .* new migration\.$/,
    );
  });

  // One connection only on PGlite: no other session can hold a lock there.
  if (kind === "postgres")
    it(`gives up on a table another session keeps locked after ${MIGRATION_LOCK_TIMEOUT} instead of waiting forever`, async () => {
      await applyMigrations(database.target, dir);
      write("20270102000000_add_size", `ALTER TABLE "Thing" ADD COLUMN "size" INT;\n`);
      const holder = new pg.Client({
        connectionString: database.target.kind === "postgres" ? database.target.url : "",
      });
      await holder.connect();
      try {
        await holder.query(`BEGIN; LOCK TABLE "Thing" IN ACCESS SHARE MODE`);
        const started = Date.now();
        await expect(applyMigrations(database.target, dir)).rejects.toThrow(
          /20270102000000_add_size failed and was rolled back.*lock timeout/,
        );
        expect(Date.now() - started).toBeLessThan(30_000);
      } finally {
        await holder.end();
      }
    }, 60_000);
});
