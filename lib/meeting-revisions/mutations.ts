import "server-only";
import { recordAudit, type AuditRecord } from "@/lib/audit/record";
import type { StaffUser } from "@/lib/auth/roles";
import { toFieldErrors } from "@/lib/forms/form-state";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingWithText } from "@/lib/meetings/admin-data";
import { denied, inTransaction, invalid, loadForChange, Refusal, type Refused, type Tx } from "@/lib/meetings/command";
import { meetingEvent } from "@/lib/meetings/meeting-rows";
import { applyMeetingEdit } from "@/lib/meetings/mutations";
import { meetingDraftSchema } from "@/lib/meetings/schema";
import { instantsOf } from "@/lib/meetings/scheduling";
import { noticeMeetingReviewDecided, noticeMeetingReviewRequested } from "@/lib/notices/staff-notices";
import { publishChecks } from "@/lib/publishing/checks";
import { needsReview } from "@/lib/publishing/review-rule";
import { revisionAsMeeting, type RevisionValues } from "./revision-meeting";
import { revisionReviewSchema, revisionStepSchema } from "./schema";

/**
 * "Save as draft change": an edit of a published meeting kept apart (a
 * MeetingRevision) while residents keep reading the published meeting on
 * every page, feed and file. It is checked like a new meeting before it
 * goes public and, in a series that requires review, waits for someone
 * other than the person who asked; then it is applied through the normal
 * edit (lib/meetings/mutations.ts applyMeetingEdit: version and calendar
 * SEQUENCE bump, change notification, audit). It can also be discarded.
 */

export type RevisionOutcome = "draftChange" | "changePublished" | "changeInReview" | "changeSentBack" | "changeDiscarded";
export type RevisionResult = { ok: true; id: string; outcome: RevisionOutcome };

type Revision = Prisma.MeetingRevisionGetPayload<object>;

async function audit(tx: Tx, actor: StaffUser, action: AuditRecord["action"], meeting: MeetingWithText, revision: Revision, after: Partial<Revision> | null) {
  const state = (row: Partial<Revision>) => ({ meetingId: meeting.id, baseVersion: row.baseVersion ?? null, state: row.state ?? null, reviewComment: row.reviewComment ?? null, values: (row.values ?? null) as Prisma.InputJsonValue });
  await recordAudit(tx, actor, {
    action, entityType: "meetingRevision", entityId: revision.id, event: meetingEvent(meeting),
    before: action === "CREATE" ? null : state(revision), after: after ? state({ ...revision, ...after }) : null,
  });
}

/** The meeting's pending change at the version the form was shown with, or the refusal. */
async function loadRevision(tx: Tx, meetingId: string, version: number): Promise<{ meeting: MeetingWithText; revision: Revision }> {
  const revision = await tx.meetingRevision.findUnique({ where: { meetingId } });
  if (!revision) throw new Refusal(invalid({ form: { key: "noDraftChange" } }));
  if (revision.version !== version) throw new Refusal(invalid({ form: { key: "draftChangeMoved" } }));
  const meeting = await loadForChange(tx, meetingId, revision.baseVersion).catch((error: unknown) => {
    // The published meeting was saved another way since: applying would silently undo that save.
    if (error instanceof Refusal && error.result.reason === "conflict") throw new Refusal(invalid({ form: { key: "draftChangeStale" } }));
    throw error;
  });
  return { meeting, revision };
}

/** Changes the draft change only if nobody moved it on since `version`. */
async function updateRevisionIfUnchanged(tx: Tx, revision: Revision, data: Prisma.MeetingRevisionUpdateManyMutationInput) {
  const { count } = await tx.meetingRevision.updateMany({ where: { id: revision.id, version: revision.version }, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) throw new Refusal(invalid({ form: { key: "draftChangeMoved" } }));
}

async function refuseIfIncomplete(tx: Tx, meeting: MeetingWithText, values: RevisionValues) {
  const when = instantsOf(values.date, values.startTime, values.endTime);
  if (!when) throw new Refusal(invalid({ date: { key: "invalidDate" } }));
  const { blocking } = await publishChecks(tx, revisionAsMeeting(meeting, values, when));
  if (Object.keys(blocking).length) throw new Refusal(invalid({ form: { key: "missingTranslation" }, ...blocking }));
}

/**
 * Saves the edit form of a published meeting as its draft change (a new
 * one, or over the pending one, which goes back to draft). `meetingVersion`
 * is the meeting's version the form was shown with. With `askForReview`
 * (the edit form's save, for someone who needs review in this series:
 * lib/publishing/review-rule.ts) it is checked like a publish and waits for
 * review in the same transaction, never live and never a step away from it.
 */
export async function saveMeetingRevision(
  actor: StaffUser | null, meetingId: string, meetingVersion: number, raw: unknown, options: { askForReview?: boolean } = {},
): Promise<RevisionResult | Refused> {
  const refusal = denied(actor);
  if (refusal || !actor) return refusal!;
  const parsed = meetingDraftSchema.safeParse(raw);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const values: RevisionValues = parsed.data;
  // A new place is created when a change is saved directly; a draft change keeps to the places that exist.
  if (values.venueMode !== "existing") return invalid({ venueId: { key: "draftChangeExistingVenue" } });
  if (!instantsOf(values.date, values.startTime, values.endTime)) return invalid({ date: { key: "invalidDate" } });

  return inTransaction({ action: "meetingRevision.save", actor, entityId: meetingId }, async (tx) => {
    const meeting = await loadForChange(tx, meetingId, meetingVersion);
    if (meeting.publication !== "PUBLISHED") throw new Refusal(invalid({ form: { key: "draftChangeNotPublished" } }));
    const venue = await tx.venue.findUnique({ where: { id: values.venueId }, select: { id: true } });
    if (!venue) throw new Refusal(invalid({ venueId: { key: "unknownVenue" } }));
    if (options.askForReview) await refuseIfIncomplete(tx, meeting, values);
    const data = { baseVersion: meeting.version, values, state: "DRAFT" as const, authorId: actor.id, reviewRequestedById: null, reviewComment: null };
    const existing = await tx.meetingRevision.findUnique({ where: { meetingId } });
    if (existing) {
      await updateRevisionIfUnchanged(tx, existing, data);
      await audit(tx, actor, "UPDATE", meeting, existing, data);
    } else {
      const created = await tx.meetingRevision.create({ data: { meetingId, ...data } });
      await audit(tx, actor, "CREATE", meeting, created, created);
    }
    if (!options.askForReview) return { ok: true as const, id: meetingId, outcome: "draftChange" as const };
    await requestReview(tx, actor, meeting, await tx.meetingRevision.findUniqueOrThrow({ where: { meetingId } }));
    return { ok: true as const, id: meetingId, outcome: "changeInReview" as const };
  });
}

/** The draft change now waits for someone other than `actor` to approve it. */
async function requestReview(tx: Tx, actor: StaffUser, meeting: MeetingWithText, revision: Revision) {
  const data = { state: "IN_REVIEW" as const, reviewRequestedById: actor.id, reviewComment: null };
  await updateRevisionIfUnchanged(tx, revision, data);
  await audit(tx, actor, "REQUEST_REVIEW", meeting, revision, data);
  await noticeMeetingReviewRequested(tx, "meetingChange", meeting.id, actor);
}

/** Deletes the revision and applies its fields through the normal edit, as `actor`. */
async function applyRevision(tx: Tx, actor: StaffUser, meeting: MeetingWithText, revision: Revision, action: "PUBLISH" | "APPROVE", comment: string | null) {
  await tx.meetingRevision.delete({ where: { id: revision.id } });
  await audit(tx, actor, action, meeting, revision, { reviewComment: comment });
  await applyMeetingEdit(tx, actor, meeting.id, meeting.version, revision.values);
}

/**
 * Publishes a draft change (applies it now), or, in a series that requires
 * review, makes an editor's request wait for someone else. The same checks
 * as publishing a new meeting come first.
 */
export async function publishMeetingRevision(actor: StaffUser | null, meetingId: string, raw: unknown): Promise<RevisionResult | Refused> {
  const refusal = denied(actor);
  if (refusal || !actor) return refusal!;
  const parsed = revisionStepSchema.safeParse(raw);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));

  return inTransaction({ action: "meetingRevision.publish", actor, entityId: meetingId }, async (tx) => {
    const { meeting, revision } = await loadRevision(tx, meetingId, parsed.data.version);
    if (revision.state !== "DRAFT") throw new Refusal(invalid({ form: { key: "notDraft" } }));
    const values = revision.values as RevisionValues;
    await refuseIfIncomplete(tx, meeting, values);
    if (await needsReview(tx, actor, [meeting.seriesId, values.seriesId])) {
      await requestReview(tx, actor, meeting, revision);
      return { ok: true as const, id: meetingId, outcome: "changeInReview" as const };
    }
    await applyRevision(tx, actor, meeting, revision, "PUBLISH", null);
    return { ok: true as const, id: meetingId, outcome: "changePublished" as const };
  });
}

/**
 * Approves a draft change waiting for review (applied at once) or sends it
 * back to draft with a comment. The person who asked can do neither; only
 * an admin, or another editor when the series allows it, reviews.
 */
export async function reviewMeetingRevision(actor: StaffUser | null, meetingId: string, raw: unknown): Promise<RevisionResult | Refused> {
  const refusal = denied(actor);
  if (refusal || !actor) return refusal!;
  const parsed = revisionReviewSchema.safeParse(raw);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const input = parsed.data;

  return inTransaction({ action: `meetingRevision.${input.decision === "approve" ? "approve" : "send-back"}`, actor, entityId: meetingId }, async (tx) => {
    const { meeting, revision } = await loadRevision(tx, meetingId, input.version);
    if (revision.state !== "IN_REVIEW") throw new Refusal(invalid({ form: { key: "notInReview" } }));
    const series = await tx.series.findUniqueOrThrow({ where: { id: meeting.seriesId }, select: { editorsMayReview: true } });
    if (actor.role !== "ADMIN" && !series.editorsMayReview) throw new Refusal({ ok: false, reason: "forbidden" });
    if (revision.reviewRequestedById === actor.id) throw new Refusal(invalid({ form: { key: "ownRequest" } }));
    const comment = input.comment || null;
    await noticeMeetingReviewDecided(tx, "meetingChange", meetingId, revision.reviewRequestedById, actor, input);
    if (input.decision === "sendBack") {
      const data = { state: "DRAFT" as const, reviewComment: comment };
      await updateRevisionIfUnchanged(tx, revision, data);
      await audit(tx, actor, "SEND_BACK", meeting, revision, data);
      return { ok: true as const, id: meetingId, outcome: "changeSentBack" as const };
    }
    await refuseIfIncomplete(tx, meeting, revision.values as RevisionValues);
    await applyRevision(tx, actor, meeting, revision, "APPROVE", comment);
    return { ok: true as const, id: meetingId, outcome: "changePublished" as const };
  });
}

/** Throws a draft change away; the published meeting stays as it is. */
export async function discardMeetingRevision(actor: StaffUser | null, meetingId: string, raw: unknown): Promise<RevisionResult | Refused> {
  const refusal = denied(actor);
  if (refusal || !actor) return refusal!;
  const parsed = revisionStepSchema.safeParse(raw);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  return inTransaction({ action: "meetingRevision.discard", actor, entityId: meetingId }, async (tx) => {
    const revision = await tx.meetingRevision.findUnique({ where: { meetingId } });
    if (!revision) throw new Refusal(invalid({ form: { key: "noDraftChange" } }));
    const { count } = await tx.meetingRevision.deleteMany({ where: { id: revision.id, version: parsed.data.version } });
    if (count !== 1) throw new Refusal(invalid({ form: { key: "draftChangeMoved" } }));
    const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, include: { translations: true } });
    await audit(tx, actor, "DELETE", meeting, revision, null);
    return { ok: true as const, id: meetingId, outcome: "changeDiscarded" as const };
  });
}
