import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDbClient } from "@/lib/db/create-client";
import type { DatabaseTarget } from "@/lib/db/target";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Integration tests run on the database the app itself would use: embedded
 * PGlite, or PostgreSQL when DATABASE_URL points at a server (`npm test` runs
 * them once each way). Each test file gets a database of its own (a temp
 * folder, or a created-then-dropped database) so runs never touch real data
 * or each other.
 */

export type DatabaseKind = DatabaseTarget["kind"];

const serverUrl = process.env.DATABASE_URL?.match(/^postgres(ql)?:\/\//i) ? process.env.DATABASE_URL : undefined;

export const DATABASE_KINDS: DatabaseKind[] = serverUrl ? ["postgres"] : ["pglite"];

export type TestDatabase = {
  kind: DatabaseKind;
  target: DatabaseTarget;
  /** Opens a Prisma client on this database (close it with $disconnect). */
  connect(): PrismaClient;
  drop(): Promise<void>;
};

async function withServer<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty database; or, given `copyOf`, a copy of that one (a closed
 * PGlite folder, or a PostgreSQL database nobody is connected to). Copying
 * the run's migrated template (tests/support/migrated-template.ts) takes a
 * fraction of the time that applying every migration again does.
 */
export async function createTestDatabase(
  kind: DatabaseKind,
  { copyOf }: { copyOf?: DatabaseTarget } = {},
): Promise<TestDatabase> {
  if (copyOf && copyOf.kind !== kind) throw new Error(`Cannot copy a ${copyOf.kind} database into ${kind}`);
  if (kind === "pglite") {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "encuentros-test-")), "pglite");
    if (copyOf?.kind === "pglite") fs.cpSync(copyOf.dataDir, dataDir, { recursive: true });
    const target: DatabaseTarget = { kind: "pglite", dataDir };
    return {
      kind,
      target,
      connect: () => createDbClient(target),
      drop: async () => fs.rmSync(path.dirname(dataDir), { recursive: true, force: true }),
    };
  }
  if (!serverUrl) throw new Error("DATABASE_URL is not a PostgreSQL URL");
  const name = `encuentros_test_${crypto.randomBytes(6).toString("hex")}`;
  const template = copyOf?.kind === "postgres" ? ` TEMPLATE "${new URL(copyOf.url).pathname.slice(1)}"` : "";
  await withServer((client) => client.query(`CREATE DATABASE "${name}"${template}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const target: DatabaseTarget = { kind: "postgres", url: url.toString() };
  return {
    kind,
    target,
    connect: () => createDbClient(target),
    drop: () =>
      withServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
