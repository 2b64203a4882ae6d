import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freshPostgresDatabase, siblingDatabaseName } from "../../support/fresh-postgres-database";

/**
 * Starts the app for the end-to-end suite the way `npm start` does, but on a
 * database of its own: a fresh PGlite folder, or (when DATABASE_URL points at
 * PostgreSQL) a freshly created `<name>_e2e` database with the demo data.
 */

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (env.DATABASE_URL?.match(/^postgres(ql)?:\/\//i)) {
    env.DATABASE_URL = await freshPostgresDatabase(env.DATABASE_URL, siblingDatabaseName(env.DATABASE_URL, "e2e"));
    env.SEED_DEMO_DATA = "true";
    env.SEED_DEMO_ADMIN = "true";
  } else {
    env.PGLITE_DIR = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "encuentros-e2e-")), "pglite");
  }
  // The tests play the reverse proxy: a test that fails sign-ins on purpose
  // sends its own X-Forwarded-For, so the throttle never delays another's.
  env.TRUSTED_PROXIES = "127.0.0.1, ::1";
  // Straight to the launcher (no npm or tsx command in between), so signals reach it directly.
  const server = spawn(process.execPath, ["lib/cli/start.mjs"], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => {
    if (env.PGLITE_DIR) fs.rmSync(path.dirname(env.PGLITE_DIR), { recursive: true, force: true });
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
