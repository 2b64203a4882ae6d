import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openPglite } from "@/lib/db/pglite";
import {
  dropPostgresDatabase,
  freshPostgresDatabase,
  siblingDatabaseName,
} from "@/tests/support/fresh-postgres-database";

/** A database of a test's own for a server it starts (startAppServer's env), with the demo data and admin. */
export type FreshAppDatabase = {
  env: Record<string, string>;
  /** Reads it directly (on PGlite only once the app has stopped: PGlite is one process). */
  query<T>(sql: string, params: unknown[]): Promise<T[]>;
  dispose(): Promise<void>;
};

/**
 * On PostgreSQL (DATABASE_URL) a fresh database `<server's database>_<name>`
 * (dropped by dispose), else a fresh PGlite folder, where local mode seeds
 * the demo data and admin by itself.
 */
export async function freshAppDatabase(name: string): Promise<FreshAppDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl?.match(/^postgres(ql)?:\/\//i)) {
    const databaseName = siblingDatabaseName(serverUrl, `${name}_${process.pid}`);
    const url = await freshPostgresDatabase(serverUrl, databaseName);
    return {
      env: { DATABASE_URL: url, SEED_DEMO_DATA: "true", SEED_DEMO_ADMIN: "true" },
      async query(sql, params) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          return (await client.query(sql, params)).rows;
        } finally {
          await client.end();
        }
      },
      dispose: () => dropPostgresDatabase(serverUrl, databaseName),
    };
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `encuentros-${name}-`));
  const dataDir = path.join(folder, "pglite");
  return {
    env: { PGLITE_DIR: dataDir, DATABASE_URL: "" },
    async query(sql, params) {
      const db = openPglite({ dataDir });
      try {
        return (await db.query(sql, params)).rows as never;
      } finally {
        await db.close();
      }
    },
    async dispose() {
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
