import "server-only";
import { SCHEDULED_PUBLISHING } from "@/lib/audit/actors";
import { textsByLocale, type Person } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import { getDb } from "@/lib/db/client";
import { startIntervalJob } from "@/lib/jobs/interval-job";
import { meetingWithText } from "@/lib/meetings/admin-data";
import { meetingSnapshot } from "@/lib/meetings/meeting-rows";
import { noticePartners } from "@/lib/notices/partner-notices";
import { noticeScheduledPublished } from "@/lib/notices/staff-notices";

/**
 * Scheduled publishing, inside the app: every instance runs this loop, and
 * each due meeting is published exactly once, because the flip is one
 * `UPDATE … WHERE publication = 'SCHEDULED' AND "publishAt" <= now
 * RETURNING id`: when two instances race, the second waits on the first's
 * row locks and then finds nothing left to update. It commits through
 * writeTransaction as public content, so the NOTIFY empties every instance's page cache.
 * Public queries already show a scheduled meeting from its publishAt
 * (lib/meetings/visibility.ts); the flip makes it permanent and clears the
 * pages cached before that minute.
 */

export const SCHEDULER_INTERVAL_MS = 20_000;

/** Publishes every scheduled meeting whose time has come; returns the ids this call published. */
export async function publishDueMeetings(now = new Date()): Promise<string[]> {
  const db = getDb();
  // A cheap look first, so an idle minute neither writes nor empties any cache.
  const due = await db.meeting.count({ where: { publication: "SCHEDULED", publishAt: { lte: now } } });
  if (due === 0) return [];
  return writeTransaction(
    { action: "meeting.scheduled-publish", actor: SCHEDULED_PUBLISHING },
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Meeting" SET "publication" = 'PUBLISHED', "updatedAt" = now()
      WHERE "publication" = 'SCHEDULED' AND "publishAt" <= ${now}
      RETURNING "id"`;
      for (const { id } of rows) {
        const meeting = await tx.meeting.findUniqueOrThrow({ where: { id }, include: meetingWithText });
        await recordAudit(tx, SCHEDULED_PUBLISHING, {
          action: "PUBLISH",
          entityType: "meeting",
          entityId: id,
          after: meetingSnapshot(meeting),
          event: {
            code: "meeting.publishedOnSchedule",
            params: {
              title: textsByLocale(meeting.translations, "title"),
              slug: meeting.slug,
              scheduledBy: await whoScheduled(tx, id),
            },
          },
        });
        await noticePartners(tx, null, meeting);
        await noticeScheduledPublished(tx, id);
      }
      return rows.map((row) => row.id);
    },
    { publicContent: true },
  );
}

/**
 * The staff member whose publish or approval set the time (the latest audit
 * entry that left the meeting SCHEDULED): the address it recorded, with the
 * account's name if the account is still there; null if none is recorded
 * (demo data).
 */
async function whoScheduled(tx: Tx, meetingId: string): Promise<Person | null> {
  const entry = await tx.auditEntry.findFirst({
    where: {
      entityType: "meeting",
      entityId: meetingId,
      actorKind: "STAFF",
      action: { in: ["PUBLISH", "APPROVE"] },
      after: { path: ["publication"], equals: "SCHEDULED" },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { actorId: true, actorEmail: true },
  });
  if (!entry?.actorEmail) return null;
  const account = entry.actorId
    ? await tx.user.findUnique({ where: { id: entry.actorId }, select: { name: true } })
    : null;
  return { name: account?.name ?? "", email: entry.actorEmail };
}

/** Starts the loop once per process (instrumentation.ts). A database outage skips a turn; the next one catches up. */
export function startPublishScheduler(): void {
  startIntervalJob({
    key: "publishScheduler",
    intervalMs: SCHEDULER_INTERVAL_MS,
    label: "Scheduled publishing",
    run: () => publishDueMeetings(),
  });
}
