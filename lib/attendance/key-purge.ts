import "server-only";
import { getDb } from "@/lib/db/client";
import { startIntervalJob } from "@/lib/jobs/interval-job";
import { tallyDay } from "./tally-key";

/**
 * Deletes the tally keys of days that are over (in Dallas): they only stop a
 * second tap on the same day. Safe on several instances at once.
 */
export async function purgeOldTallyKeys(now = new Date()): Promise<number> {
  return getDb().$executeRaw`DELETE FROM "TallyKey" WHERE "day" < ${tallyDay(now)}::date`;
}

/** Starts the hourly purge once per process (instrumentation.ts). */
export function startTallyKeyPurge(): void {
  startIntervalJob({
    key: "tallyKeyPurge",
    intervalMs: 60 * 60 * 1000,
    label: "Deleting yesterday's tally keys",
    run: () => purgeOldTallyKeys(),
  });
}
