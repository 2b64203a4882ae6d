import "server-only";
import { recordAudit, type AuditRecord } from "@/lib/audit/record";
import type { StaffUser } from "@/lib/auth/roles";
import { authorizeActor, invalid } from "@/lib/commands/outcome";
import { Rollback, type Tx } from "@/lib/db/write-transaction";
import { toFieldErrors } from "@/lib/forms/form-state";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingWithText } from "@/lib/meetings/admin-data";
import { loadForChange, meetingTransaction, refuse, type Refused } from "@/lib/meetings/command";
import { meetingEvent } from "@/lib/meetings/meeting-rows";
import { applyMeetingEdit } from "@/lib/meetings/mutations";
import { meetingDraftSchema, type MeetingInput } from "@/lib/meetings/schema";
import { instantsOf } from "@/lib/meetings/scheduling";
import { noticeMeetingReviewDecided, noticeMeetingReviewRequested } from "@/lib/notices/staff-notices";
import { publishChecks } from "@/lib/publishing/checks";
import { needsReview } from "@/lib/publishing/review-rule";
import { revisionAsMeeting, type RevisionValues } from "./revision-meeting";
import type { RevisionReviewInput, RevisionStepInput } from "./schema";

/**
 * "Save as draft change": an edit of a published meeting kept apart (a
 * MeetingRevision) while residents keep reading the published meeting on
 * every page, feed and file. It is checked like a new meeting before it
 * goes public and, in a series that requires review, waits for someone
 * other than the person who asked; then it is applied through the normal
 * edit (lib/meetings/mutations.ts applyMeetingEdit: version and calendar
 * SEQUENCE bump, change notification, audit). It can also be discarded.
 */

export type RevisionOutcome =
  "draftChange" | "changePublished" | "changeInReview" | "changeSentBack" | "changeDiscarded";
export type RevisionResult = { ok: true; id: string; outcome: RevisionOutcome };

type Revision = Prisma.MeetingRevisionGetPayload<object>;

async function audit(
  tx: Tx,
  actor: StaffUser,
  action: AuditRecord["action"],
  meeting: MeetingWithText,
  revision: Revision,
  after: Partial<Revision> | null,
) {
  const state = (row: Partial<Revision>) => ({
    meetingId: meeting.id,
    baseVersion: row.baseVersion ?? null,
    state: row.state ?? null,
    reviewComment: row.reviewComment ?? null,
    values: (row.values ?? null) as Prisma.InputJsonValue,
  });
  await recordAudit(tx, actor, {
    action,
    entityType: "meetingRevision",
    entityId: revision.id,
    event: meetingEvent(meeting),
    before: action === "CREATE" ? null : state(revision),
    after: after ? state({ ...revision, ...after }) : null,
  });
}

/** The meeting's pending change at the version the form was shown with, or the refusal. */
async function loadRevision(
  tx: Tx,
  meetingId: string,
  version: number,
): Promise<{ meeting: MeetingWithText; revision: Revision }> {
  const revision = await tx.meetingRevision.findUnique({ where: { meetingId } });
  if (!revision) refuse(invalid({ form: { key: "noDraftChange" } }));
  if (revision.version !== version) refuse(invalid({ form: { key: "draftChangeMoved" } }));
  const meeting = await loadForChange(tx, meetingId, revision.baseVersion).catch((error: unknown) => {
    // The published meeting was saved another way since: applying would silently undo that save.
    if (error instanceof Rollback && !error.outcome.ok && error.outcome.reason === "conflict")
      refuse(invalid({ form: { key: "draftChangeStale" } }));
    throw error;
  });
  return { meeting, revision };
}

/** Changes the draft change only if nobody moved it on since `version`. */
async function updateRevisionIfUnchanged(
  tx: Tx,
  revision: Revision,
  data: Prisma.MeetingRevisionUpdateManyMutationInput,
) {
  const { count } = await tx.meetingRevision.updateMany({
    where: { id: revision.id, version: revision.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) refuse(invalid({ form: { key: "draftChangeMoved" } }));
}

async function refuseIfIncomplete(tx: Tx, meeting: MeetingWithText, values: RevisionValues) {
  const when = instantsOf(values.date, values.startTime, values.endTime);
  if (!when) refuse(invalid({ date: { key: "invalidDate" } }));
  const { blocking } = await publishChecks(tx, revisionAsMeeting(meeting, values, when));
  if (Object.keys(blocking).length) refuse(invalid({ form: { key: "missingTranslation" }, ...blocking }));
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
  actor: StaffUser | null,
  meetingId: string,
  meetingVersion: number,
  values: MeetingInput,
  options: { askForReview?: boolean } = {},
): Promise<RevisionResult | Refused> {
  const access = authorizeActor(actor, "manageMeetings");
  if (!access.ok) return access;
  const staff = access.actor;
  // A new place is created when a change is saved directly; a draft change keeps to the places that exist.
  if (values.venueMode !== "existing") return invalid({ venueId: { key: "draftChangeExistingVenue" } });
  if (!instantsOf(values.date, values.startTime, values.endTime)) return invalid({ date: { key: "invalidDate" } });

  return settled(
    meetingTransaction({ action: "meetingRevision.save", actor: staff, entityId: meetingId }, async (tx) => {
      const meeting = await loadForChange(tx, meetingId, meetingVersion);
      if (meeting.publication !== "PUBLISHED") refuse(invalid({ form: { key: "draftChangeNotPublished" } }));
      const venue = await tx.venue.findUnique({ where: { id: values.venueId }, select: { id: true } });
      if (!venue) refuse(invalid({ venueId: { key: "unknownVenue" } }));
      if (options.askForReview) await refuseIfIncomplete(tx, meeting, values);
      const data = {
        baseVersion: meeting.version,
        values,
        state: "DRAFT" as const,
        authorId: staff.id,
        reviewRequestedById: null,
        reviewComment: null,
      };
      const existing = await tx.meetingRevision.findUnique({ where: { meetingId } });
      if (existing) {
        await updateRevisionIfUnchanged(tx, existing, data);
        await audit(tx, staff, "UPDATE", meeting, existing, data);
      } else {
        const created = await tx.meetingRevision.create({ data: { meetingId, ...data } });
        await audit(tx, staff, "CREATE", meeting, created, created);
      }
      if (!options.askForReview) return { ok: true as const, id: meetingId, outcome: "draftChange" as const };
      await requestReview(tx, staff, meeting, await tx.meetingRevision.findUniqueOrThrow({ where: { meetingId } }));
      return { ok: true as const, id: meetingId, outcome: "changeInReview" as const };
    }),
  );
}

/** A draft change's step: never a preview. */
async function settled(
  outcome: Promise<RevisionResult | Refused | { ok: true; dryRun: true }>,
): Promise<RevisionResult | Refused> {
  return (await outcome) as RevisionResult | Refused;
}

/** The draft change now waits for someone other than `staff` to approve it. */
async function requestReview(tx: Tx, staff: StaffUser, meeting: MeetingWithText, revision: Revision) {
  const data = { state: "IN_REVIEW" as const, reviewRequestedById: staff.id, reviewComment: null };
  await updateRevisionIfUnchanged(tx, revision, data);
  await audit(tx, staff, "REQUEST_REVIEW", meeting, revision, data);
  await noticeMeetingReviewRequested(tx, "meetingChange", meeting.id, staff);
}

/** Deletes the revision and applies its fields through the normal edit, as `staff`. */
async function applyRevision(
  tx: Tx,
  staff: StaffUser,
  meeting: MeetingWithText,
  revision: Revision,
  action: "PUBLISH" | "APPROVE",
  comment: string | null,
) {
  await tx.meetingRevision.delete({ where: { id: revision.id } });
  await audit(tx, staff, action, meeting, revision, { reviewComment: comment });
  // Stored as the form posted it: read back with the same schema.
  const values = meetingDraftSchema.safeParse(revision.values);
  if (!values.success) refuse(invalid(toFieldErrors(values.error)));
  await applyMeetingEdit(tx, staff, meeting.id, meeting.version, values.data);
}

/**
 * Publishes a draft change (applies it now), or, in a series that requires
 * review, makes an editor's request wait for someone else. The same checks
 * as publishing a new meeting come first.
 */
export async function publishMeetingRevision(
  actor: StaffUser | null,
  meetingId: string,
  input: RevisionStepInput,
): Promise<RevisionResult | Refused> {
  const access = authorizeActor(actor, "manageMeetings");
  if (!access.ok) return access;
  const staff = access.actor;

  return settled(
    meetingTransaction({ action: "meetingRevision.publish", actor: staff, entityId: meetingId }, async (tx) => {
      const { meeting, revision } = await loadRevision(tx, meetingId, input.version);
      if (revision.state !== "DRAFT") refuse(invalid({ form: { key: "notDraft" } }));
      const values = revision.values as RevisionValues;
      await refuseIfIncomplete(tx, meeting, values);
      if (await needsReview(tx, staff, [meeting.seriesId, values.seriesId])) {
        await requestReview(tx, staff, meeting, revision);
        return { ok: true as const, id: meetingId, outcome: "changeInReview" as const };
      }
      await applyRevision(tx, staff, meeting, revision, "PUBLISH", null);
      return { ok: true as const, id: meetingId, outcome: "changePublished" as const };
    }),
  );
}

/**
 * Approves a draft change waiting for review (applied at once) or sends it
 * back to draft with a comment. The person who asked can do neither; only
 * an admin, or another editor when the series allows it, reviews.
 */
export async function reviewMeetingRevision(
  actor: StaffUser | null,
  meetingId: string,
  input: RevisionReviewInput,
): Promise<RevisionResult | Refused> {
  const access = authorizeActor(actor, "manageMeetings");
  if (!access.ok) return access;
  const staff = access.actor;

  return settled(
    meetingTransaction(
      {
        action: `meetingRevision.${input.decision === "approve" ? "approve" : "send-back"}`,
        actor: staff,
        entityId: meetingId,
      },
      async (tx) => {
        const { meeting, revision } = await loadRevision(tx, meetingId, input.version);
        if (revision.state !== "IN_REVIEW") refuse(invalid({ form: { key: "notInReview" } }));
        const series = await tx.series.findUniqueOrThrow({
          where: { id: meeting.seriesId },
          select: { editorsMayReview: true },
        });
        if (staff.role !== "ADMIN" && !series.editorsMayReview) refuse({ ok: false, reason: "forbidden" });
        if (revision.reviewRequestedById === staff.id) refuse(invalid({ form: { key: "ownRequest" } }));
        const comment = input.comment || null;
        await noticeMeetingReviewDecided(tx, "meetingChange", meetingId, revision.reviewRequestedById, staff, input);
        if (input.decision === "sendBack") {
          const data = { state: "DRAFT" as const, reviewComment: comment };
          await updateRevisionIfUnchanged(tx, revision, data);
          await audit(tx, staff, "SEND_BACK", meeting, revision, data);
          return { ok: true as const, id: meetingId, outcome: "changeSentBack" as const };
        }
        await refuseIfIncomplete(tx, meeting, revision.values as RevisionValues);
        await applyRevision(tx, staff, meeting, revision, "APPROVE", comment);
        return { ok: true as const, id: meetingId, outcome: "changePublished" as const };
      },
    ),
  );
}

/** Throws a draft change away; the published meeting stays as it is. */
export async function discardMeetingRevision(
  actor: StaffUser | null,
  meetingId: string,
  input: RevisionStepInput,
): Promise<RevisionResult | Refused> {
  const access = authorizeActor(actor, "manageMeetings");
  if (!access.ok) return access;
  const staff = access.actor;
  return settled(
    meetingTransaction({ action: "meetingRevision.discard", actor: staff, entityId: meetingId }, async (tx) => {
      const revision = await tx.meetingRevision.findUnique({ where: { meetingId } });
      if (!revision) refuse(invalid({ form: { key: "noDraftChange" } }));
      const { count } = await tx.meetingRevision.deleteMany({ where: { id: revision.id, version: input.version } });
      if (count !== 1) refuse(invalid({ form: { key: "draftChangeMoved" } }));
      const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, include: { translations: true } });
      await audit(tx, staff, "DELETE", meeting, revision, null);
      return { ok: true as const, id: meetingId, outcome: "changeDiscarded" as const };
    }),
  );
}
