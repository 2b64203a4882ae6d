import "server-only";
import { recordAudit, type AuditRecord } from "@/lib/audit/record";
import type { StaffUser } from "@/lib/auth/roles";
import { authorizeActor, invalid } from "@/lib/commands/outcome";
import type { Tx } from "@/lib/db/write-transaction";
import type { FieldErrors } from "@/lib/forms/form-state";
import { meetingWithText, type MeetingWithText } from "@/lib/meetings/admin-data";
import { loadForChange, meetingTransaction, refuse, updateIfUnchanged, type Refused } from "@/lib/meetings/command";
import { meetingEvent, meetingSnapshot } from "@/lib/meetings/meeting-rows";
import { noticePartners } from "@/lib/notices/partner-notices";
import { noticeMeetingReviewDecided, noticeMeetingReviewRequested } from "@/lib/notices/staff-notices";
import { zonedDateKey, zonedDateTimeToInstant } from "@/lib/time/central-time";
import { publishChecks } from "./checks";
import type { ConfirmStatusInput, PublishInput, ReviewInput } from "./schema";

/**
 * The publishing commands: a draft goes public now or at a chosen Central
 * time, or, in a series that requires review, waits for someone else's
 * approval. Each writes in one audited content transaction, so every
 * instance's page cache empties when it commits.
 */

export type PublishOutcome = "published" | "scheduled" | "inReview" | "sentBack" | "statusConfirmed";
export type PublishResult = { ok: true; id: string; outcome: PublishOutcome };

/** The instant a publish form asks for, null for "now", or the field error. */
function requestedInstant(input: {
  publishDate: string;
  publishTime: string;
}): { ok: true; at: Date | null } | { ok: false; errors: FieldErrors } {
  if (!input.publishDate) return { ok: true, at: null };
  const result = zonedDateTimeToInstant(input.publishDate, input.publishTime);
  if (result.ok) return { ok: true, at: result.instant };
  return {
    ok: false,
    errors:
      result.reason === "nonexistent-time"
        ? { publishTime: { key: "nonexistentTime" } }
        : { publishDate: { key: "invalidDate" } },
  };
}

/**
 * Refuses a step when a session it moves lacks a text in one language. The
 * fields named are those of the page the step was taken on; another session
 * of the set is named by its date instead (its fields are on its own page).
 */
async function refuseIfIncomplete(tx: Tx, meeting: MeetingWithText, onPage: MeetingWithText): Promise<void> {
  const { blocking } = await publishChecks(tx, meeting);
  if (!Object.keys(blocking).length) return;
  if (meeting.id !== onPage.id)
    refuse(invalid({ form: { key: "setMeetingIncomplete", values: { sessionDate: zonedDateKey(meeting.startsAt) } } }));
  refuse(invalid({ form: { key: "missingTranslation" }, ...blocking }));
}

async function audit(tx: Tx, actor: StaffUser, action: AuditRecord["action"], before: MeetingWithText) {
  const after = await tx.meeting.findUniqueOrThrow({ where: { id: before.id }, include: meetingWithText });
  await recordAudit(tx, actor, {
    action,
    entityType: "meeting",
    entityId: after.id,
    event: meetingEvent(after),
    before: meetingSnapshot(before),
    after: meetingSnapshot(after),
  });
  await noticePartners(tx, before, after);
}

/**
 * The other sessions of a recurring set that move with this one: those in
 * the same step (a session already published, or taken back to draft by an
 * edit, goes its own way). A set is drafted, reviewed, scheduled and
 * published as a whole, in one action.
 */
async function restOfSet(tx: Tx, meeting: MeetingWithText): Promise<MeetingWithText[]> {
  if (!meeting.setId) return [];
  return tx.meeting.findMany({
    where: { setId: meeting.setId, id: { not: meeting.id }, publication: meeting.publication },
    include: meetingWithText,
    orderBy: { startsAt: "asc" },
  });
}

/** Public now, or SCHEDULED until `at` (visible from then on; the scheduler marks it PUBLISHED). */
async function goLive(
  tx: Tx,
  actor: StaffUser,
  before: MeetingWithText,
  version: number,
  at: Date | null,
  now: Date,
  comment: string | null,
): Promise<PublishOutcome> {
  const later = at !== null && at > now;
  await updateIfUnchanged(tx, before.id, version, {
    publication: later ? "SCHEDULED" : "PUBLISHED",
    publishAt: later ? at : now,
    reviewComment: comment,
    updatedById: actor.id,
  });
  return later ? "scheduled" : "published";
}

/**
 * Publishes a draft (or moves a scheduled one's time). In a series that
 * requires review, an editor's publish becomes a request for review
 * instead, keeping the time they asked for; an admin publishes directly.
 */
export async function publishMeeting(
  actor: StaffUser | null,
  id: string,
  input: PublishInput,
  now = new Date(),
): Promise<PublishResult | Refused> {
  const access = authorizeActor(actor, "manageMeetings");
  if (!access.ok) return access;
  const staff = access.actor;
  const when = requestedInstant(input);
  if (!when.ok) return invalid(when.errors);

  return settled(
    meetingTransaction({ action: "meeting.publish", actor: staff, entityId: id }, async (tx) => {
      const before = await loadForChange(tx, id, input.version);
      if (before.publication !== "DRAFT" && before.publication !== "SCHEDULED")
        refuse(invalid({ form: { key: "notDraft" } }));
      const sessions = [
        { meeting: before, version: input.version },
        ...(await restOfSet(tx, before)).map((meeting) => ({ meeting, version: meeting.version })),
      ];
      for (const session of sessions) await refuseIfIncomplete(tx, session.meeting, before);
      const series = await tx.series.findUniqueOrThrow({
        where: { id: before.seriesId },
        select: { requiresReview: true },
      });
      if (series.requiresReview && staff.role !== "ADMIN") {
        for (const session of sessions) {
          await updateIfUnchanged(tx, session.meeting.id, session.version, {
            publication: "IN_REVIEW",
            publishAt: when.at,
            reviewRequestedById: staff.id,
            reviewComment: null,
            updatedById: staff.id,
          });
          await audit(tx, staff, "REQUEST_REVIEW", session.meeting);
        }
        await noticeMeetingReviewRequested(tx, "meeting", id, staff);
        return { ok: true as const, id, outcome: "inReview" as const };
      }
      let outcome: PublishOutcome = "published";
      for (const session of sessions) {
        outcome = await goLive(tx, staff, session.meeting, session.version, when.at, now, null);
        await audit(tx, staff, "PUBLISH", session.meeting);
      }
      return { ok: true as const, id, outcome };
    }),
  );
}

/** A publishing step's outcome: never a preview (only status changes are previewed). */
async function settled(
  outcome: Promise<PublishResult | Refused | { ok: true; dryRun: true }>,
): Promise<PublishResult | Refused> {
  return (await outcome) as PublishResult | Refused;
}

/** Whether this staff member may review meetings of a series (never their own request: checked apart). */
function mayReview(actor: StaffUser, series: { editorsMayReview: boolean }): boolean {
  return actor.role === "ADMIN" || series.editorsMayReview;
}

/**
 * Approves a meeting waiting for review (public now, or at the time asked
 * for or chosen here) or sends it back to draft with a comment. The person
 * who asked can do neither.
 */
export async function reviewMeeting(
  actor: StaffUser | null,
  id: string,
  input: ReviewInput,
  now = new Date(),
): Promise<PublishResult | Refused> {
  const access = authorizeActor(actor, "manageMeetings");
  if (!access.ok) return access;
  const staff = access.actor;
  const when = requestedInstant(input);
  if (!when.ok) return invalid(when.errors);

  return settled(
    meetingTransaction(
      { action: `meeting.${input.decision === "approve" ? "approve" : "send-back"}`, actor: staff, entityId: id },
      async (tx) => {
        const before = await loadForChange(tx, id, input.version);
        if (before.publication !== "IN_REVIEW") refuse(invalid({ form: { key: "notInReview" } }));
        const series = await tx.series.findUniqueOrThrow({
          where: { id: before.seriesId },
          select: { editorsMayReview: true },
        });
        if (!mayReview(staff, series)) refuse({ ok: false, reason: "forbidden" });
        if (before.reviewRequestedById === staff.id) refuse(invalid({ form: { key: "ownRequest" } }));
        const comment = input.comment || null;
        const sessions = [
          { meeting: before, version: input.version },
          ...(await restOfSet(tx, before)).map((meeting) => ({ meeting, version: meeting.version })),
        ];
        await noticeMeetingReviewDecided(tx, "meeting", id, before.reviewRequestedById, staff, input);
        if (input.decision === "sendBack") {
          for (const session of sessions) {
            await updateIfUnchanged(tx, session.meeting.id, session.version, {
              publication: "DRAFT",
              publishAt: null,
              reviewComment: comment,
              updatedById: staff.id,
            });
            await audit(tx, staff, "SEND_BACK", session.meeting);
          }
          return { ok: true as const, id, outcome: "sentBack" as const };
        }
        for (const session of sessions) await refuseIfIncomplete(tx, session.meeting, before);
        let outcome: PublishOutcome = "published";
        for (const session of sessions) {
          outcome = await goLive(
            tx,
            staff,
            session.meeting,
            session.version,
            when.at ?? before.publishAt,
            now,
            comment,
          );
          await audit(tx, staff, "APPROVE", session.meeting);
        }
        return { ok: true as const, id, outcome };
      },
    ),
  );
}

/**
 * Confirms an editor's cancellation or postponement in a series that
 * requires review: it went live at once (review-rule.ts
 * statusChangeNeedsConfirmation) and waited in the review list as "done,
 * please confirm". Whoever may review the series confirms it, never the
 * person who made it. Residents see nothing new, so the version (the
 * calendar SEQUENCE) stays; a change made since the page was shown is
 * refused, so nobody confirms what they did not see.
 */
export async function confirmStatusChange(
  actor: StaffUser | null,
  id: string,
  input: ConfirmStatusInput,
): Promise<PublishResult | Refused> {
  const access = authorizeActor(actor, "manageMeetings");
  if (!access.ok) return access;
  const staff = access.actor;
  const { version } = input;

  return settled(
    meetingTransaction({ action: "meeting.confirm-status", actor: staff, entityId: id }, async (tx) => {
      const before = await loadForChange(tx, id, version);
      const madeBy = before.statusToConfirmById;
      if (!madeBy) refuse(invalid({ form: { key: "nothingToConfirm" } }));
      const series = await tx.series.findUniqueOrThrow({
        where: { id: before.seriesId },
        select: { editorsMayReview: true },
      });
      if (!mayReview(staff, series)) refuse({ ok: false, reason: "forbidden" });
      if (madeBy === staff.id) refuse(invalid({ form: { key: "ownStatusChange" } }));
      const { count } = await tx.meeting.updateMany({
        where: { id, version, statusToConfirmById: madeBy },
        data: { statusToConfirmById: null },
      });
      if (count !== 1) refuse(invalid({ form: { key: "nothingToConfirm" } }));
      await audit(tx, staff, "APPROVE", before);
      return { ok: true as const, id, outcome: "statusConfirmed" as const };
    }),
  );
}
