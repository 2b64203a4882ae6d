import "server-only";
import { getDb } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import { SUPPORTED_LOCALES, type Locale } from "@/lib/i18n/locales";
import type { StaffUser } from "@/lib/auth/roles";
import { meetingWithText, type EditableMeeting } from "@/lib/meetings/admin-data";
import { publishChecks, type PublishChecks } from "./checks";
import { editVoidsReview } from "./review-rule";

/** What the publish and review steps show: the meeting as residents will read it in each language, and the checks. */
export type PublishSummary = {
  texts: Record<Locale, { title: string; description: string }>;
  venue: { name: string; street: string; city: string; postalCode: string };
  startsAt: Date;
  endsAt: Date;
  checks: PublishChecks;
  series: { requiresReview: boolean; editorsMayReview: boolean };
  requestedBy: string | null;
  /** The sessions the publishing step moves together: this one alone, or every session of its recurring set in the same step. */
  sessions: { startsAt: Date; endsAt: Date }[];
};

export async function getPublishSummary(id: string): Promise<PublishSummary | null> {
  if (!isRecordId(id)) return null;
  const db = getDb();
  const meeting = await db.meeting.findUnique({ where: { id }, include: meetingWithText });
  if (!meeting) return null;
  const [venue, series, requester, checks, sessions] = await Promise.all([
    db.venue.findUniqueOrThrow({ where: { id: meeting.venueId }, select: { name: true, street: true, city: true, postalCode: true } }),
    db.series.findUniqueOrThrow({ where: { id: meeting.seriesId }, select: { requiresReview: true, editorsMayReview: true } }),
    meeting.reviewRequestedById ? db.user.findUnique({ where: { id: meeting.reviewRequestedById }, select: { name: true } }) : null,
    publishChecks(db, meeting),
    meeting.setId
      ? db.meeting.findMany({ where: { setId: meeting.setId, publication: meeting.publication }, select: { startsAt: true, endsAt: true }, orderBy: { startsAt: "asc" } })
      : [{ startsAt: meeting.startsAt, endsAt: meeting.endsAt }],
  ]);
  const texts = Object.fromEntries(
    SUPPORTED_LOCALES.map((locale) => {
      const row = meeting.translations.find((text) => text.locale === locale);
      return [locale, { title: row?.title ?? "", description: row?.description ?? "" }];
    }),
  ) as PublishSummary["texts"];
  return { texts, venue, startsAt: meeting.startsAt, endsAt: meeting.endsAt, checks, series, requestedBy: requester?.name ?? null, sessions };
}

/** How many meetings wait for review (new ones, or draft changes to published ones): the dashboard tab's count. */
export async function countWaitingForReview(): Promise<number> {
  // Two index counts: a draft change exists only beside a published meeting, so nothing is counted twice.
  const db = getDb();
  const [meetings, changes] = await Promise.all([db.meeting.count({ where: { publication: "IN_REVIEW" } }), db.meetingRevision.count({ where: { state: "IN_REVIEW" } })]);
  return meetings + changes;
}

/** Whether this staff member's edit would send the meeting back to draft (lib/publishing/review-rule.ts): the edit page says so before they save. */
export async function editWouldVoidReview(user: StaffUser, meeting: Pick<EditableMeeting, "publication" | "values">): Promise<boolean> {
  return editVoidsReview(getDb(), user, { publication: meeting.publication, seriesId: meeting.values.seriesId ?? "" });
}
