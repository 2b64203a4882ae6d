import { createDbClient } from "@/lib/db/create-client";
import { describeDatabaseTarget, resolveDatabaseTarget } from "@/lib/db/target";
import { runCli } from "./run-cli";

/** `npm run admin:remove-demo`: deletes the demo admin before going to production. */
runCli(async () => {
  const target = resolveDatabaseTarget();
  const db = createDbClient(target);
  try {
    const { count } = await db.user.deleteMany({ where: { isDemo: true } });
    console.log(`Removed ${count} demo account(s) from ${describeDatabaseTarget(target)}.`);
  } finally {
    await db.$disconnect();
  }
});
