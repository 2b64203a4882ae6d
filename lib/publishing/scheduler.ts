import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { StaffUser } from "@/lib/auth/roles";
import { contentTransaction } from "@/lib/db/content-transaction";
import { getDb } from "@/lib/db/client";
import { startIntervalJob } from "@/lib/jobs/interval-job";
import { meetingWithText } from "@/lib/meetings/admin-data";
import { auditSummary, meetingSnapshot } from "@/lib/meetings/meeting-rows";

/**
 * Scheduled publishing, inside the app: every instance runs this loop, and
 * each due meeting is published exactly once, because the flip is one
 * `UPDATE … WHERE publication = 'SCHEDULED' AND "publishAt" <= now
 * RETURNING id`: when two instances race, the second waits on the first's
 * row locks and then finds nothing left to update. It commits through
 * contentTransaction, so the NOTIFY empties every instance's page cache.
 * Public queries already show a scheduled meeting from its publishAt
 * (lib/meetings/visibility.ts); the flip makes it permanent and clears the
 * pages cached before that minute.
 */

/** The author of the audit entries the scheduler writes (no staff account). */
export const SCHEDULER_ACTOR: StaffUser = { id: "scheduler", email: "scheduler", name: "Scheduled publishing", role: "ADMIN" };

export const SCHEDULER_INTERVAL_MS = 20_000;

/** Publishes every scheduled meeting whose time has come; returns the ids this call published. */
export async function publishDueMeetings(now = new Date()): Promise<string[]> {
  const db = getDb();
  // A cheap look first, so an idle minute neither writes nor empties any cache.
  const due = await db.meeting.count({ where: { publication: "SCHEDULED", publishAt: { lte: now } } });
  if (due === 0) return [];
  return contentTransaction({ action: "meeting.scheduled-publish", actor: SCHEDULER_ACTOR }, async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Meeting" SET "publication" = 'PUBLISHED', "updatedAt" = now()
      WHERE "publication" = 'SCHEDULED' AND "publishAt" <= ${now}
      RETURNING "id"`;
    for (const { id } of rows) {
      const meeting = await tx.meeting.findUniqueOrThrow({ where: { id }, include: meetingWithText });
      await recordAudit(tx, SCHEDULER_ACTOR, { action: "PUBLISH", entityType: "meeting", entityId: id, summary: auditSummary(meeting), after: meetingSnapshot(meeting) });
    }
    return rows.map((row) => row.id);
  });
}

/** Starts the loop once per process (instrumentation.ts). A database outage skips a turn; the next one catches up. */
export function startPublishScheduler(): void {
  startIntervalJob({ key: "publishScheduler", intervalMs: SCHEDULER_INTERVAL_MS, label: "Scheduled publishing", run: () => publishDueMeetings() });
}
