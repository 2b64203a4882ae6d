import { createDbClient } from "@/lib/db/create-client";
import { describeDatabaseTarget, resolveDatabaseTarget } from "@/lib/db/target";
import { DEMO_SERIES_SLUG } from "@/prisma/seed-data";
import { runCli } from "./run-cli";

/**
 * `npm run demo:remove`: deletes the demo admin and the demo data (the
 * invented venues, their meetings, and the demo series once it holds no
 * other meeting). A real deployment refuses to start while either exists.
 */
runCli(async () => {
  const target = resolveDatabaseTarget();
  const db = createDbClient(target);
  try {
    const removed = await db.$transaction(async (tx) => {
      const accounts = await tx.user.deleteMany({ where: { isDemo: true } });
      const meetings = await tx.meeting.deleteMany({ where: { venue: { isDemo: true } } });
      const venues = await tx.venue.deleteMany({ where: { isDemo: true } });
      await tx.series.deleteMany({ where: { slug: DEMO_SERIES_SLUG, meetings: { none: {} } } });
      return { accounts: accounts.count, meetings: meetings.count, venues: venues.count };
    });
    console.log(
      `Removed ${removed.accounts} demo account(s), ${removed.meetings} demo meeting(s) and ${removed.venues} demo venue(s) from ${describeDatabaseTarget(target)}.`,
    );
  } finally {
    await db.$disconnect();
  }
});
