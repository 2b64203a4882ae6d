import pg from "pg";

/** The name a suffix gives on this server: `<server's database>_<suffix>`, letters, digits and _ only. */
export function siblingDatabaseName(serverUrl: string, suffix: string): string {
  return `${new URL(serverUrl).pathname.slice(1) || "encuentros"}_${suffix}`.replace(/[^a-zA-Z0-9_]/g, "_");
}

async function asAdmin(serverUrl: string, statements: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (const statement of statements) await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/**
 * An empty database called `name` on the server of `serverUrl` (any earlier
 * one of that name dropped first), and its URL: for test and benchmark runs
 * that must never touch real data or each other.
 */
export async function freshPostgresDatabase(serverUrl: string, name: string): Promise<string> {
  await asAdmin(serverUrl, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}"`]);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropPostgresDatabase(serverUrl: string, name: string): Promise<void> {
  await asAdmin(serverUrl, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
}
