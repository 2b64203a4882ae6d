import fs from "node:fs";
import { createDbClient } from "@/lib/db/create-client";
import { assertPgliteFolderFree } from "@/lib/db/pglite-lock";
import { describeDatabaseTarget, resolveDatabaseTarget } from "@/lib/db/target";
import { getEnv } from "@/lib/env";
import { CliError, runCli } from "./run-cli";

/**
 * `npm run db:reset`: deletes every meeting, venue and series. The embedded
 * folder is removed outright; on PostgreSQL the public schema is dropped.
 * Run `npm run db:migrate` (and `npm run db:seed`) afterwards, or just `npm start`.
 */
runCli(async () => {
  const target = resolveDatabaseTarget();
  if (getEnv().mode === "deployment" && !process.argv.includes("--force")) {
    throw new CliError(
      "Refusing to reset the database of a real deployment (SITE_URL is not on localhost) without --force.",
    );
  }
  if (target.kind === "pglite") {
    assertPgliteFolderFree(target.dataDir);
    fs.rmSync(target.dataDir, { recursive: true, force: true });
  } else {
    const db = createDbClient(target);
    try {
      await db.$executeRawUnsafe('DROP SCHEMA IF EXISTS "public" CASCADE');
      await db.$executeRawUnsafe('CREATE SCHEMA "public"');
    } finally {
      await db.$disconnect();
    }
  }
  console.log(
    `Reset ${describeDatabaseTarget(target)}. Run "npm run db:migrate" and "npm run db:seed" to fill it again.`,
  );
});
