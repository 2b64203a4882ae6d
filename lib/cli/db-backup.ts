import { parseArgs } from "node:util";
import { backupDatabase, defaultBackupFile } from "@/lib/db/backup";
import { describeDatabaseTarget, resolveDatabaseTarget } from "@/lib/db/target";
import { runCli } from "./run-cli";

/** `npm run db:backup [-- --out file]`: a full copy of the configured database. */
runCli(async () => {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const target = resolveDatabaseTarget();
  const file = values.out ?? defaultBackupFile(target);
  await backupDatabase(target, file);
  console.log(`Backed up ${describeDatabaseTarget(target)} to ${file}.`);
});
