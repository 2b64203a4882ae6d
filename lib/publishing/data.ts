import "server-only";
import { getDb } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import { SUPPORTED_LOCALES, type Locale } from "@/lib/i18n/locales";
import { translationIn } from "@/lib/i18n/translation";
import type { StaffUser } from "@/lib/auth/roles";
import { meetingWithText, type EditableMeeting } from "@/lib/meetings/admin-data";
import { publishChecks, type PublishChecks } from "./checks";
import { editOfPublishedNeedsReview, editVoidsReview, statusChangeNeedsConfirmation } from "./review-rule";

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
  sessions: { id: string; startsAt: Date; endsAt: Date }[];
};

export async function getPublishSummary(id: string): Promise<PublishSummary | null> {
  if (!isRecordId(id)) return null;
  const db = getDb();
  const meeting = await db.meeting.findUnique({ where: { id }, include: meetingWithText });
  if (!meeting) return null;
  const [venue, series, requester, checks, sessions] = await Promise.all([
    db.venue.findUniqueOrThrow({
      where: { id: meeting.venueId },
      select: { name: true, street: true, city: true, postalCode: true },
    }),
    db.series.findUniqueOrThrow({
      where: { id: meeting.seriesId },
      select: { requiresReview: true, editorsMayReview: true },
    }),
    meeting.reviewRequestedById
      ? db.user.findUnique({ where: { id: meeting.reviewRequestedById }, select: { name: true } })
      : null,
    publishChecks(db, meeting),
    meeting.setId
      ? db.meeting.findMany({
          where: { setId: meeting.setId, publication: meeting.publication },
          select: { id: true, startsAt: true, endsAt: true },
          orderBy: { startsAt: "asc" },
        })
      : [{ id: meeting.id, startsAt: meeting.startsAt, endsAt: meeting.endsAt }],
  ]);
  const texts = Object.fromEntries(
    SUPPORTED_LOCALES.map((locale) => {
      const row = translationIn(meeting.translations, locale);
      return [locale, { title: row?.title ?? "", description: row?.description ?? "" }];
    }),
  ) as PublishSummary["texts"];
  return {
    texts,
    venue,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    checks,
    series,
    requestedBy: requester?.name ?? null,
    sessions,
  };
}

/**
 * How many meetings wait for review (new ones, draft changes to published
 * ones, and cancellations or postponements to confirm): the dashboard
 * tab's count.
 */
export async function countWaitingForReview(): Promise<number> {
  // Index counts: a draft change exists only beside a published meeting, so those are never counted twice.
  const db = getDb();
  const [meetings, changes, toConfirm] = await Promise.all([
    db.meeting.count({ where: { publication: "IN_REVIEW" } }),
    db.meetingRevision.count({ where: { state: "IN_REVIEW" } }),
    // A published meeting with a draft change in review and a cancellation to confirm counts once.
    db.meeting.count({ where: { statusToConfirmById: { not: null }, NOT: { revision: { state: "IN_REVIEW" } } } }),
  ]);
  return meetings + changes + toConfirm;
}

/** Who made a cancellation or postponement that waits to be confirmed, for the edit page. */
export async function statusChangeToConfirm(
  meeting: Pick<EditableMeeting, "statusToConfirmById" | "values">,
): Promise<{ byId: string; byName: string; editorsMayReview: boolean } | null> {
  if (!meeting.statusToConfirmById) return null;
  const db = getDb();
  const [user, series] = await Promise.all([
    db.user.findUnique({ where: { id: meeting.statusToConfirmById }, select: { name: true } }),
    db.series.findUnique({ where: { id: meeting.values.seriesId ?? "" }, select: { editorsMayReview: true } }),
  ]);
  return {
    byId: meeting.statusToConfirmById,
    byName: user?.name ?? "—",
    editorsMayReview: series?.editorsMayReview ?? false,
  };
}

/**
 * What the review rule (lib/publishing/review-rule.ts) means for this staff
 * member on this meeting's edit page, so the page says it before they save:
 * an edit sends it back to draft (`voidsReview`), an edit of the published
 * meeting can only wait for review (`editNeedsReview`: no plain save), a
 * cancellation or new date goes live and waits to be confirmed
 * (`statusNeedsConfirmation`).
 */
export async function reviewRulesFor(user: StaffUser, meeting: Pick<EditableMeeting, "publication" | "values">) {
  const db = getDb();
  const current = { publication: meeting.publication, seriesId: meeting.values.seriesId ?? "" };
  const [voidsReview, editNeedsReview, statusNeedsConfirmation] = await Promise.all([
    editVoidsReview(db, user, current),
    editOfPublishedNeedsReview(db, user, current),
    statusChangeNeedsConfirmation(db, user, current),
  ]);
  return { voidsReview, editNeedsReview, statusNeedsConfirmation };
}
