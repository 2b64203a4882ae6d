import path from "node:path";
import { parseEnv } from "../env";

/** Where the data lives: a PostgreSQL server, or the embedded PGlite folder. */
export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

/**
 * Reads DATABASE_URL and PGLITE_DIR (validated by lib/env.ts). A PostgreSQL
 * URL selects PostgreSQL; unset or empty selects embedded PGlite so a fresh
 * laptop needs no database server. Anything else (a value with its quotes
 * kept, mysql://…, a typo) throws EnvError: it never silently means
 * "embedded", which would start an empty site beside the real data.
 */
export function resolveDatabaseTarget(source: Record<string, string | undefined> = process.env): DatabaseTarget {
  const env = parseEnv(source);
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ env.PGLITE_DIR) };
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
