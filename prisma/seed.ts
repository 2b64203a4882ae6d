import { DEMO_ADMIN, ensureDemoAdmin } from "@/lib/auth/demo-admin";
import { CliError, runCli } from "@/lib/cli/run-cli";
import { createDbClient } from "@/lib/db/create-client";
import { describeDatabaseTarget, resolveDatabaseTarget } from "@/lib/db/target";
import { getEnv } from "@/lib/env";
import { zonedDateKey } from "@/lib/time/central-time";
import { seedDemoData } from "./seed-demo";

runCli(async () => {
  const env = getEnv();
  if (env.mode === "deployment") {
    throw new CliError(
      `Refusing to load the demo into a real deployment (SITE_URL=${env.SITE_URL}): the demo is for local mode only.`,
    );
  }
  const target = resolveDatabaseTarget();
  const db = createDbClient(target);
  try {
    const result = await seedDemoData(db, zonedDateKey(new Date()));
    console.log(
      `Seeded demo data into ${describeDatabaseTarget(target)}: ${result.venues} venues, ${result.meetings} meetings.`,
    );
    // The demo admin belongs to the embedded demo mode only (or a test run that asks for it).
    if (env.SEED_DEMO_ADMIN ?? target.kind === "pglite") {
      await ensureDemoAdmin(db);
      console.log(`Demo staff sign-in: ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`);
    }
  } finally {
    await db.$disconnect();
  }
});
