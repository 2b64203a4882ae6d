import { applyMigrations } from "@/lib/db/migrate";
import { describeDatabaseTarget, resolveDatabaseTarget } from "@/lib/db/target";
import { runCli } from "./run-cli";

// `npm run db:migrate`: applies prisma/migrations to the configured database.
runCli(async () => {
  const target = resolveDatabaseTarget();
  const applied = await applyMigrations(target);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to ${describeDatabaseTarget(target)}: ${applied.join(", ")}.`
      : `${describeDatabaseTarget(target)} is up to date.`,
  );
});
