import path from "node:path";

/** Where the data lives: a PostgreSQL server, or the embedded PGlite folder. */
export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string };

export const DEFAULT_PGLITE_DIR = ".data/pglite";

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/**
 * Reads DATABASE_URL and PGLITE_DIR. A postgres:// URL selects PostgreSQL;
 * anything else (unset, empty, file:...) falls back to embedded PGlite so a
 * fresh laptop needs no database server.
 */
export function resolveDatabaseTarget(
  env: Record<string, string | undefined> = process.env,
): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url && POSTGRES_URL.test(url)) return { kind: "postgres", url };
  const dataDir = path.resolve(/*turbopackIgnore: true*/ env.PGLITE_DIR?.trim() || DEFAULT_PGLITE_DIR);
  return { kind: "pglite", dataDir };
}

/** The target with any password removed, safe for logs. */
export function describeDatabaseTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `embedded PGlite at ${target.dataDir}`;
  try {
    const parsed = new URL(target.url);
    parsed.password = "";
    return `PostgreSQL at ${parsed.host}${parsed.pathname}`;
  } catch {
    return "PostgreSQL (unparseable DATABASE_URL)";
  }
}
