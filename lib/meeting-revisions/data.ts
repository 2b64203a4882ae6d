import "server-only";
import { getDb } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import type { RevisionState } from "@/lib/generated/prisma/enums";
import { meetingWithText } from "@/lib/meetings/admin-data";
import type { MeetingFormValues } from "@/lib/meetings/schema";
import { instantsOf } from "@/lib/meetings/scheduling";
import { publishChecks, type PublishChecks } from "@/lib/publishing/checks";
import { revisionAsMeeting, type RevisionValues } from "./revision-meeting";

/** A published meeting's pending draft change, as its panel on the edit page shows it. */
export type PendingRevision = {
  version: number;
  state: RevisionState;
  /** The edit form's fields as saved in the change: the form starts from them. */
  values: MeetingFormValues;
  reviewRequestedById: string | null;
  requestedBy: string | null;
  reviewComment: string | null;
  /** The meeting changed another way since: the change can only be discarded. */
  stale: boolean;
  checks: PublishChecks | null;
  series: { requiresReview: boolean };
};

export async function getPendingRevision(meetingId: string): Promise<PendingRevision | null> {
  if (!isRecordId(meetingId)) return null;
  const db = getDb();
  const revision = await db.meetingRevision.findUnique({
    where: { meetingId },
    include: { meeting: { include: meetingWithText } },
  });
  if (!revision) return null;
  const values = revision.values as RevisionValues;
  const when = instantsOf(values.date, values.startTime, values.endTime);
  const [series, requester, checks] = await Promise.all([
    db.series.findMany({
      where: { id: { in: [revision.meeting.seriesId, values.seriesId] } },
      select: { requiresReview: true },
    }),
    revision.reviewRequestedById
      ? db.user.findUnique({ where: { id: revision.reviewRequestedById }, select: { name: true } })
      : null,
    when ? publishChecks(db, revisionAsMeeting(revision.meeting, values, when)) : null,
  ]);
  return {
    version: revision.version,
    state: revision.state,
    values,
    reviewRequestedById: revision.reviewRequestedById,
    requestedBy: requester?.name ?? null,
    reviewComment: revision.reviewComment,
    stale: revision.baseVersion !== revision.meeting.version,
    checks,
    series: { requiresReview: series.some((row) => row.requiresReview) },
  };
}
