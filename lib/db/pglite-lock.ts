import fs from "node:fs";
import path from "node:path";

/**
 * PGlite is single-process: two processes writing the same folder corrupt it.
 * A pid file beside the data folder turns that mistake into a clear error.
 */
export class DatabaseInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database folder ${dataDir} is already in use by another process (pid ${pid}). ` +
        `Stop that process (for example a running "npm start"), or set PGLITE_DIR to another folder, or set DATABASE_URL to a PostgreSQL server.`,
    );
    this.name = "DatabaseInUseError";
  }
}

function lockPath(dataDir: string): string {
  return `${dataDir}.lock`;
}

/** Whether a process with this id runs (one we may not signal still counts). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Claims the folder for this process, or throws DatabaseInUseError. */
export function acquirePgliteLock(dataDir: string): void {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const file = lockPath(dataDir);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      process.once("exit", () => releasePgliteLock(dataDir));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(fs.readFileSync(file, "utf8"), 10);
      if (holder === process.pid) return;
      if (Number.isInteger(holder) && isAlive(holder)) {
        throw new DatabaseInUseError(dataDir, holder);
      }
      // Left behind by a process that died: take it over.
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the embedded database folder ${dataDir}.`);
}

/** Fails fast when another live process holds the folder, without claiming it. */
export function assertPgliteFolderFree(dataDir: string): void {
  try {
    const holder = Number.parseInt(fs.readFileSync(lockPath(dataDir), "utf8"), 10);
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
      throw new DatabaseInUseError(dataDir, holder);
    }
  } catch (error) {
    if (error instanceof DatabaseInUseError) throw error;
  }
}

export function releasePgliteLock(dataDir: string): void {
  const file = lockPath(dataDir);
  try {
    if (Number.parseInt(fs.readFileSync(file, "utf8"), 10) === process.pid) {
      fs.rmSync(file, { force: true });
    }
  } catch {
    // Already gone: nothing to release.
  }
}
