import { createDbClient } from "@/lib/db/create-client";
import { describeDatabaseTarget, resolveDatabaseTarget } from "@/lib/db/target";
import { removeDemo } from "@/prisma/seed-demo";
import { runCli } from "./run-cli";

/** `npm run demo:remove`: a real deployment refuses to start while the demo admin or demo data exists. */
runCli(async () => {
  const target = resolveDatabaseTarget();
  const db = createDbClient(target);
  try {
    const removed = await removeDemo(db);
    console.log(
      `Removed ${removed.accounts} demo account(s), ${removed.meetings} demo meeting(s) and ${removed.venues} demo venue(s) from ${describeDatabaseTarget(target)}.`,
    );
  } finally {
    await db.$disconnect();
  }
});
