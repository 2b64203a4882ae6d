import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { openPglite } from "./pglite";
import { acquirePgliteLock, releasePgliteLock } from "./pglite-lock";
import type { DatabaseTarget } from "./target";

const run = promisify(execFile);

/** A backup file's usual name for a target: a pg_dump archive, or PGlite's data folder as .tar.gz. */
export function defaultBackupFile(target: DatabaseTarget, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");
  return path.join(".data", "backups", `encuentros-${stamp}${target.kind === "postgres" ? ".dump" : ".tar.gz"}`);
}

/**
 * Writes a complete copy of the database. PostgreSQL: `pg_dump` in its
 * custom format (restorable with pg_restore). PGlite: its data folder as a
 * tarball; the folder must not be in use (stop `npm start` first).
 */
export async function backupDatabase(target: DatabaseTarget, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (target.kind === "postgres") {
    await run("pg_dump", [
      "--format=custom",
      "--no-owner",
      "--no-privileges",
      `--file=${file}`,
      `--dbname=${target.url}`,
    ]);
    return;
  }
  acquirePgliteLock(target.dataDir);
  const db = openPglite({ dataDir: target.dataDir });
  try {
    // Dumping before the database is ready never finishes.
    await db.waitReady;
    const archive = await db.dumpDataDir("gzip");
    fs.writeFileSync(file, Buffer.from(await archive.arrayBuffer()));
  } finally {
    await db.close();
    releasePgliteLock(target.dataDir);
  }
}

/**
 * Replaces the database's contents with a backup. PostgreSQL: pg_restore
 * with --clean into the database named by the URL. PGlite: the folder is
 * recreated from the tarball (it must not be in use).
 */
export async function restoreDatabase(target: DatabaseTarget, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`No backup file at ${file}.`);
  if (target.kind === "postgres") {
    await run("pg_restore", [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--no-privileges",
      "--single-transaction",
      `--dbname=${target.url}`,
      file,
    ]);
    return;
  }
  acquirePgliteLock(target.dataDir);
  try {
    fs.rmSync(target.dataDir, { recursive: true, force: true });
    const archive = new Blob([fs.readFileSync(file)]);
    const db = openPglite({ dataDir: target.dataDir, loadDataDir: archive });
    await db.waitReady;
    await db.close();
  } finally {
    releasePgliteLock(target.dataDir);
  }
}
