import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import type { StaffUser } from "@/lib/auth/roles";
import { authorizeActor, invalid } from "@/lib/commands/outcome";
import type { Tx } from "@/lib/db/write-transaction";
import type { DateConflict } from "@/lib/forms/form-state";
import type { Prisma } from "@/lib/generated/prisma/client";
import { firstFreeSlug } from "@/lib/text/slug";
import { dbDateToDateKey } from "@/lib/time/central-time";
import {
  editOfPublishedNeedsReview,
  editVoidsReview,
  needsReview,
  statusChangeNeedsConfirmation,
} from "@/lib/publishing/review-rule";
import { noticePartners } from "@/lib/notices/partner-notices";
import { createVenueInTransaction } from "@/lib/venues/mutations";
import { meetingWithText, type MeetingWithText } from "./admin-data";
import {
  loadForChange,
  meetingTransaction,
  previewOnly,
  refuse,
  refuseStale,
  updateIfUnchanged,
  type Checked,
  type Refused,
} from "./command";
import {
  meetingEvent,
  meetingFields,
  meetingSlugBase,
  meetingSnapshot,
  translationRows,
  type ContentInput,
} from "./meeting-rows";
import { lastDayOf, recurringDates } from "./recurrence";
import { instantsOf, lockVenue, scheduleErrors } from "./scheduling";
import {
  untranslatedErrors,
  type CancelInput,
  type DeleteMeetingInput,
  type MeetingInput,
  type PostponeInput,
  type RecurringInput,
} from "./schema";
import { isPubliclyVisible } from "./visibility";

export type { Checked, Refused } from "./command";

/** A command that is never previewed: its transaction answers its outcome or a refusal. */
async function settled<T>(outcome: Promise<T | Refused | Checked>): Promise<T | Refused> {
  return (await outcome) as T | Refused;
}

/**
 * The meeting commands: each takes the form's input as its action parsed
 * it (lib/meetings/actions.ts), checks who is asking, then writes in one
 * public-content transaction (command.ts meetingTransaction), applying the
 * scheduling rules (scheduling.ts) and, for a set, the recurrence
 * (recurrence.ts). Expected refusals come back as values; nothing is
 * written when one is returned.
 */

/** The chosen venue, or the one typed into the form, created by the venues module in the same transaction. */
async function resolveVenue(tx: Tx, actor: StaffUser, input: ContentInput): Promise<string> {
  if (input.venueMode === "existing") {
    const venue = await tx.venue.findUnique({ where: { id: input.venueId }, select: { id: true } });
    if (!venue) refuse(invalid({ venueId: { key: "unknownVenue" } }));
    return venue.id;
  }
  const created = await createVenueInTransaction(tx, actor, {
    name: input.venueName,
    kind: input.venueKind,
    street: input.venueStreet,
    city: input.venueCity,
    region: "TX",
    postalCode: input.venuePostalCode,
    neighborhood: input.venueNeighborhood || null,
    policeDivision: null,
    latitude: null,
    longitude: null,
    isPartner: false,
    contactName: null,
    contactPhone: null,
    contactEmail: null,
    descriptionEn: null,
    descriptionEs: null,
    directionsEn: null,
    directionsEs: null,
  });
  if (!created.ok) refuse({ ok: false, reason: "forbidden" });
  return created.id;
}

async function freeMeetingSlug(tx: Tx, spanishTitle: string, date: string): Promise<string> {
  return firstFreeSlug(meetingSlugBase(spanishTitle, date), async (candidate) =>
    Boolean(await tx.meeting.findUnique({ where: { slug: candidate }, select: { id: true } })),
  );
}

async function insertMeeting(
  tx: Tx,
  actor: StaffUser,
  input: ContentInput,
  venueId: string,
  date: string,
  when: { startsAt: Date; endsAt: Date },
  publication: "DRAFT" | "PUBLISHED",
  setId: string | null = null,
) {
  const meeting = await tx.meeting.create({
    data: {
      ...meetingFields(input),
      startsAt: when.startsAt,
      endsAt: when.endsAt,
      venueId,
      status: "SCHEDULED",
      publication,
      publishAt: publication === "PUBLISHED" ? new Date() : null,
      setId,
      slug: await freeMeetingSlug(tx, input.titleEs || input.titleEn, date),
      createdById: actor.id,
      updatedById: actor.id,
      translations: { create: translationRows({ ...input, statusNoteEn: "", statusNoteEs: "" }) },
    },
    include: meetingWithText,
  });
  await recordAudit(tx, actor, {
    action: "CREATE",
    entityType: "meeting",
    entityId: meeting.id,
    event: meetingEvent(meeting),
    after: meetingSnapshot(meeting),
  });
  await noticePartners(tx, null, meeting);
  return meeting;
}

/**
 * What creating and editing both check first: who is asking, the times,
 * and, beyond a draft, every text in both languages (what meetingFormSchema
 * asks more than meetingDraftSchema).
 */
function checkMeetingForm(actor: StaffUser | null, input: MeetingInput, { draft }: { draft: boolean }) {
  const access = authorizeActor(actor, "manageMeetings");
  if (!access.ok) return access;
  const untranslated = draft ? null : untranslatedErrors(input);
  if (untranslated) return invalid(untranslated);
  const when = instantsOf(input.date, input.startTime, input.endTime);
  if (!when) return invalid({ date: { key: "invalidDate" } });
  return { ok: true as const, staff: access.actor, input, when };
}

export type Created = { ok: true; id: string; slug: string };

/**
 * Whether a new session is saved as a draft (nowhere public until
 * lib/publishing publishes it) and how strictly it is checked: "draft"
 * accepts a text still missing in one language, "toPublish" (the form's
 * "Publish…") checks everything publishing will, then also saves a draft
 * for the confirmation step. "published" is for code paths that publish at
 * once (the demo seed, tests); no staff form reaches it.
 */
export type CreateMode = "draft" | "toPublish" | "published";

/** A new session. New sessions are always scheduled; cancel or postpone them afterwards. */
export async function createMeeting(
  actor: StaffUser | null,
  input: MeetingInput,
  now = new Date(),
  mode: CreateMode = "published",
  // Work that must commit or roll back with the new meeting (an accepted request links it).
  alongside?: (tx: Tx, meetingId: string, staff: StaffUser) => Promise<void>,
): Promise<Created | Refused> {
  const form = checkMeetingForm(actor, input, { draft: mode === "draft" });
  if (!form.ok) return form;
  const { staff, when } = form;

  return settled(
    meetingTransaction({ action: "meeting.create", actor: staff }, async (tx) => {
      const venueId = await resolveVenue(tx, staff, input);
      await lockVenue(tx, venueId);
      const errors = await scheduleErrors(
        tx,
        { seriesId: input.seriesId, venueId, date: input.date, ...when },
        { checkPast: true, checkWindow: true, now },
      );
      if (errors) refuse(invalid(errors));
      const meeting = await insertMeeting(
        tx,
        staff,
        input,
        venueId,
        input.date,
        when,
        mode === "published" ? "PUBLISHED" : "DRAFT",
      );
      await alongside?.(tx, meeting.id, staff);
      return { ok: true as const, id: meeting.id, slug: meeting.slug };
    }),
  );
}

async function setStatusNotes(tx: Tx, id: string, notes: { statusNoteEn: string; statusNoteEs: string }) {
  await tx.meetingTranslation.updateMany({
    where: { meetingId: id, locale: "en" },
    data: { statusNote: notes.statusNoteEn },
  });
  await tx.meetingTranslation.updateMany({
    where: { meetingId: id, locale: "es" },
    data: { statusNote: notes.statusNoteEs },
  });
}

async function auditChange(
  tx: Tx,
  actor: StaffUser,
  action: "UPDATE" | "CANCEL" | "POSTPONE",
  before: MeetingWithText,
) {
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
  return after;
}

/**
 * `backToDraft`: the edit sent a meeting waiting for review (or approved and
 * scheduled) back to draft. `toConfirm`: a cancellation or postponement,
 * live, that someone else must confirm (confirmationBy).
 */
export type Saved = {
  ok: true;
  id: string;
  version: number;
  dryRun?: false;
  backToDraft?: boolean;
  toConfirm?: boolean;
};
/** An edit saved: where the meeting stands for residents afterwards (lib/meetings/edit-notice.ts says it). */
export type Edited = Saved & Pick<Prisma.MeetingGetPayload<object>, "publication" | "publishAt">;
type StatusChangeOptions = { dryRun?: boolean };

/**
 * Saves the edit form, live at once. The status stays what it is:
 * cancelling and postponing have their own commands, each confirmed first.
 * The slug never changes, whatever the new title or date. An edit that
 * needs a fresh review (editVoidsReview) leaves the meeting a draft, to be
 * asked for again; an edit of a published meeting that needs review
 * (editOfPublishedNeedsReview) is refused here with `changeNeedsReview`:
 * it can only be saved as a draft change in review (lib/meeting-revisions).
 */
export async function updateMeeting(
  actor: StaffUser | null,
  id: string,
  version: number,
  input: MeetingInput,
  now = new Date(),
): Promise<Edited | Refused> {
  const form = checkMeetingForm(actor, input, { draft: true });
  if (!form.ok) return form;
  return settled(
    meetingTransaction({ action: "meeting.update", actor: form.staff, entityId: id }, async (tx) => {
      const before = await loadForChange(tx, id, version);
      if (await editOfPublishedNeedsReview(tx, form.staff, before, input.seriesId))
        refuse(invalid({ form: { key: "changeNeedsReview" } }));
      return applyMeetingEdit(tx, form.staff, id, version, input, now);
    }),
  );
}

/**
 * The edit itself, inside the caller's transaction: the edit form's save,
 * and a reviewed draft change (lib/meeting-revisions) when it is applied.
 * Refusals are thrown (Rollback), so the transaction rolls back. A direct
 * save replaces any pending draft change of the meeting: what was saved is
 * what residents now read.
 */
export async function applyMeetingEdit(
  tx: Tx,
  actor: StaffUser | null,
  id: string,
  version: number,
  input: MeetingInput,
  now = new Date(),
): Promise<Edited> {
  const form = checkMeetingForm(actor, input, { draft: true });
  if (!form.ok) refuse(form);
  const { staff, when } = form;
  const before = await loadForChange(tx, id, version);
  // Only a draft may lack a translation; anything further along is checked in full.
  const untranslated = before.publication !== "DRAFT" ? untranslatedErrors(input) : null;
  if (untranslated) refuse(invalid(untranslated));
  const venueId = await resolveVenue(tx, staff, input);
  await lockVenue(tx, venueId);
  const moved =
    before.startsAt.getTime() !== when.startsAt.getTime() || before.endsAt.getTime() !== when.endsAt.getTime();
  const errors = await scheduleErrors(
    tx,
    { seriesId: input.seriesId, venueId, date: input.date, ...when },
    {
      ignoreId: id,
      checkPast: moved,
      checkWindow: moved || before.seriesId !== input.seriesId,
      // A cancelled session takes no room; an unchanged slot was already checked.
      checkOverlap: before.status !== "CANCELLED" && (moved || venueId !== before.venueId),
      now,
    },
  );
  if (errors) refuse(invalid(errors));
  const backToDraft = await editVoidsReview(tx, staff, before, input.seriesId);
  await updateIfUnchanged(tx, id, version, {
    ...meetingFields(input),
    ...when,
    venueId,
    updatedById: staff.id,
    ...(backToDraft ? { publication: "DRAFT", publishAt: null, reviewRequestedById: null, reviewComment: null } : {}),
  });
  for (const row of translationRows(input)) {
    const { locale, ...text } = row;
    await tx.meetingTranslation.upsert({
      where: { meetingId_locale: { meetingId: id, locale } },
      create: { meetingId: id, ...row },
      update: text,
    });
  }
  const after = await auditChange(tx, staff, "UPDATE", before);
  const replaced = await tx.meetingRevision.findUnique({ where: { meetingId: id } });
  if (replaced) {
    await tx.meetingRevision.delete({ where: { id: replaced.id } });
    await recordAudit(tx, staff, {
      action: "DELETE",
      entityType: "meetingRevision",
      entityId: replaced.id,
      event: meetingEvent(after),
      before: { meetingId: id, state: replaced.state, values: replaced.values as Prisma.InputJsonObject },
    });
  }
  return {
    ok: true as const,
    id,
    version: after.version,
    backToDraft,
    publication: after.publication,
    publishAt: after.publishAt,
  };
}

/**
 * Who must have a cancellation or postponement confirmed by someone else
 * (lib/publishing/review-rule.ts): this staff member, or nobody. Someone
 * who may publish alone clears an earlier one: theirs is the last word.
 */
async function confirmationBy(tx: Tx, actor: StaffUser, before: MeetingWithText): Promise<string | null> {
  return (await statusChangeNeedsConfirmation(tx, actor, before)) ? actor.id : null;
}

/**
 * Cancelling and postponing tell residents, and calendars that added the
 * meeting, that it changed: a meeting no resident could ever see has no
 * one to tell. It is edited (a new date) or deleted instead.
 */
function refuseIfNeverPublic(before: MeetingWithText): void {
  if (!isPubliclyVisible(before)) refuse(invalid({ form: { key: "neverPublic" } }));
}

/**
 * Cancels a session; it stays listed, marked cancelled, with the note in
 * both languages. Live at once for everyone; see confirmationBy.
 */
export async function cancelMeeting(
  actor: StaffUser | null,
  id: string,
  input: CancelInput,
  options: StatusChangeOptions = {},
): Promise<Saved | Checked | Refused> {
  const access = authorizeActor(actor, "manageMeetings");
  if (!access.ok) return access;
  const staff = access.actor;
  return meetingTransaction({ action: "meeting.cancel", actor: staff, entityId: id }, async (tx) => {
    const before = await loadForChange(tx, id, input.version);
    refuseIfNeverPublic(before);
    if (options.dryRun) previewOnly();
    const toConfirm = await confirmationBy(tx, staff, before);
    await updateIfUnchanged(tx, id, input.version, {
      status: "CANCELLED",
      updatedById: staff.id,
      statusToConfirmById: toConfirm,
    });
    await setStatusNotes(tx, id, input);
    const after = await auditChange(tx, staff, "CANCEL", before);
    return { ok: true as const, id, version: after.version, toConfirm: toConfirm !== null };
  });
}

/** Moves a session to a new date and time; its old start is kept for residents and calendars. Live at once, like cancelling. */
export async function postponeMeeting(
  actor: StaffUser | null,
  id: string,
  input: PostponeInput,
  now = new Date(),
  options: StatusChangeOptions = {},
): Promise<Saved | Checked | Refused> {
  const access = authorizeActor(actor, "manageMeetings");
  if (!access.ok) return access;
  const staff = access.actor;
  const when = instantsOf(input.date, input.startTime, input.endTime);
  if (!when) return invalid({ date: { key: "invalidDate" } });
  return meetingTransaction({ action: "meeting.postpone", actor: staff, entityId: id }, async (tx) => {
    const before = await loadForChange(tx, id, input.version);
    refuseIfNeverPublic(before);
    await lockVenue(tx, before.venueId);
    const errors = await scheduleErrors(
      tx,
      { seriesId: before.seriesId, venueId: before.venueId, date: input.date, ...when },
      { ignoreId: id, checkPast: true, checkWindow: true, now },
    );
    if (errors) refuse(invalid(errors));
    if (options.dryRun) previewOnly();
    const toConfirm = await confirmationBy(tx, staff, before);
    await updateIfUnchanged(tx, id, input.version, {
      ...when,
      status: "POSTPONED",
      previousStartsAt: before.startsAt,
      updatedById: staff.id,
      statusToConfirmById: toConfirm,
    });
    await setStatusNotes(tx, id, input);
    const after = await auditChange(tx, staff, "POSTPONE", before);
    return { ok: true as const, id, version: after.version, toConfirm: toConfirm !== null };
  });
}

/**
 * Deletes a session for good (cancelling keeps it visible; this does not).
 * Needs an explicit confirmation. A published session in a series that
 * requires review is deleted only by someone who may publish alone
 * (lib/publishing/review-rule.ts): for anyone else, taking it off every
 * public page silently would be the one change nobody reviews; they cancel
 * it instead, which residents see and an admin confirms.
 */
export async function deleteMeeting(
  actor: StaffUser | null,
  id: string,
  input: DeleteMeetingInput,
): Promise<{ ok: true } | Refused> {
  const access = authorizeActor(actor, "manageMeetings");
  if (!access.ok) return access;
  const staff = access.actor;
  const { version } = input;
  return settled(
    meetingTransaction({ action: "meeting.delete", actor: staff, entityId: id }, async (tx) => {
      const before = await loadForChange(tx, id, version);
      if (before.publication === "PUBLISHED" && (await needsReview(tx, staff, [before.seriesId])))
        refuse(invalid({ form: { key: "deleteNeedsReview" } }));
      const { count } = await tx.meeting.deleteMany({ where: { id, version } });
      if (count !== 1) await refuseStale(tx, id);
      await recordAudit(tx, staff, {
        action: "DELETE",
        entityType: "meeting",
        entityId: id,
        event: meetingEvent(before),
        before: meetingSnapshot(before),
      });
      return { ok: true as const };
    }),
  );
}

export type CreatedSet = { ok: true; ids: string[] };

/**
 * One session per chosen weekday until the set ends (the series' end, a
 * chosen date, or a chosen number of sessions): all saved, or none and the
 * dates that break a rule. The sessions share a set id: saved as drafts
 * (every staff form), they are then published, reviewed or scheduled
 * together (lib/publishing/mutations.ts). `mode` as for createMeeting.
 */
export async function createRecurringMeetings(
  actor: StaffUser | null,
  input: RecurringInput,
  now = new Date(),
  mode: CreateMode = "published",
): Promise<CreatedSet | Refused> {
  const access = authorizeActor(actor, "manageMeetings");
  if (!access.ok) return access;
  const staff = access.actor;

  return settled(
    meetingTransaction({ action: "meeting.create-recurring", actor: staff }, async (tx) => {
      const series = await tx.series.findUnique({ where: { id: input.seriesId }, select: { endsOn: true } });
      if (!series) refuse(invalid({ seriesId: { key: "unknownSeries" } }));
      const seriesEnd = dbDateToDateKey(series.endsOn);
      if (input.endMode === "date" && input.untilDate > seriesEnd) {
        refuse(invalid({ untilDate: { key: "endAfterSeries", values: { endDate: seriesEnd } } }));
      }
      const dates = recurringDates(input, seriesEnd);
      if (dates.length === 0)
        refuse(invalid({ weekdays: { key: "noDates", values: { endDate: lastDayOf(input, seriesEnd) } } }));
      const venueId = await resolveVenue(tx, staff, input);
      await lockVenue(tx, venueId);

      const conflicts: DateConflict[] = [];
      const slots: { date: string; startsAt: Date; endsAt: Date }[] = [];
      for (const date of dates) {
        const when = instantsOf(date, input.startTime, input.endTime);
        if (!when) {
          conflicts.push({ date, error: { key: "nonexistentTime" } });
          continue;
        }
        const errors = await scheduleErrors(
          tx,
          { seriesId: input.seriesId, venueId, date, ...when },
          { checkPast: true, checkWindow: true, now },
        );
        const first = errors && Object.values(errors)[0];
        if (first) conflicts.push({ date, error: first });
        else slots.push({ date, ...when });
      }
      if (conflicts.length)
        refuse(invalid({ form: { key: "recurringConflicts", values: { count: conflicts.length } } }, conflicts));

      const ids: string[] = [];
      const setId = randomUUID();
      for (const slot of slots) {
        const meeting = await insertMeeting(
          tx,
          staff,
          input,
          venueId,
          slot.date,
          slot,
          mode === "published" ? "PUBLISHED" : "DRAFT",
          setId,
        );
        ids.push(meeting.id);
      }
      return { ok: true as const, ids };
    }),
  );
}
