import { parseArgs } from "node:util";
import { restoreDatabase } from "@/lib/db/backup";
import { describeDatabaseTarget, resolveDatabaseTarget } from "@/lib/db/target";
import { CliError, runCli } from "./run-cli";

/** `npm run db:restore -- <file> --force`: replaces the configured database with a backup. */
runCli(async () => {
  const { values, positionals } = parseArgs({ options: { force: { type: "boolean" } }, allowPositionals: true });
  const file = positionals[0];
  if (!file) throw new CliError("Name the backup file: npm run db:restore -- <file> --force");
  const target = resolveDatabaseTarget();
  if (!values.force) {
    throw new CliError(
      `This replaces everything in ${describeDatabaseTarget(target)} with ${file}. Add --force to go ahead.`,
    );
  }
  await restoreDatabase(target, file);
  console.log(`Restored ${describeDatabaseTarget(target)} from ${file}.`);
});
