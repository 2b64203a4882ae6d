import { createDbClient } from "@/lib/db/create-client";
import { describeDatabaseTarget, resolveDatabaseTarget } from "@/lib/db/target";
import { zonedDateKey } from "@/lib/time/central-time";
import { runCli } from "@/lib/cli/run-cli";
import { seedDemoData } from "./seed-demo";

runCli(async () => {
  const target = resolveDatabaseTarget();
  const db = createDbClient(target);
  try {
    const result = await seedDemoData(db, zonedDateKey(new Date()));
    console.log(
      `Seeded demo data into ${describeDatabaseTarget(target)}: ${result.venues} venues, ${result.meetings} meetings.`,
    );
  } finally {
    await db.$disconnect();
  }
});
