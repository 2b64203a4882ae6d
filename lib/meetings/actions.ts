"use server";

import type { FormState, FormValues } from "@/lib/forms/form-state";
import { formRefusal, runStaffForm } from "@/lib/forms/staff-form-action";
import type { Locale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import {
  cancelMeeting,
  createMeeting,
  createRecurringMeetings,
  deleteMeeting,
  postponeMeeting,
  updateMeeting,
  type Refused,
} from "./mutations";
import { saveMeetingRevision } from "@/lib/meeting-revisions/mutations";
import { editNotice } from "./edit-notice";
import { MEETING_SHAPE } from "./schema";

/**
 * The meeting forms' entry points, each through the one staff-form path
 * (session and role, outage, log): a command in mutations.ts does the work,
 * then the page redirects, or the form comes back as typed with the errors.
 */

const options = (action: string) => ({ action, permission: "manageMeetings", schema: null, shape: MEETING_SHAPE }) as const;

function editPage(locale: Locale, id: string, query: Record<string, string>): never {
  return redirect({ href: { pathname: "/admin/meetings/[id]", params: { id }, query }, locale });
}

/**
 * Refusals every command shares. After an edit conflict the form keeps what
 * this person typed and shows, beside it, what is saved now (with its
 * version, so saving again knowingly replaces it); a vanished meeting goes
 * back to the list.
 */
function refusalState(locale: Locale, values: FormValues, result: Refused): FormState {
  if (result.reason === "conflict") {
    return formRefusal(values, "refused", { form: { key: "editConflict" } }, {
      current: { ...result.current.values, ...result.current.statusNotes, version: String(result.current.version) },
    });
  }
  if (result.reason === "notFound") redirect({ href: { pathname: "/admin", query: { missing: "1" } }, locale });
  if (result.reason === "invalid") return formRefusal(values, "invalid", result.errors, result.conflicts ? { conflicts: result.conflicts } : {});
  return formRefusal(values, "refused", { form: { key: "notAllowed" } });
}

/** A status change is shown as residents will see it, and saved only once confirmed (a second post). */
function awaitingConfirmation(formData: FormData): boolean {
  return formData.get("step") !== "confirm";
}

/**
 * A new meeting is always saved as a draft. "Save as draft" accepts a text
 * still missing in one language; "Publish…" (intent=publish, also what a
 * post without the button sends) checks everything first, then opens the
 * draft's publish step, which shows it as residents will read it.
 */
export async function createMeetingAction(locale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runStaffForm(locale, formData, options("meeting.create"), async (form) => {
    const draft = formData.get("intent") === "draft";
    const result = await createMeeting(form.user, form.input, new Date(), draft ? "draft" : "toPublish");
    if (result.ok) editPage(form.locale, result.id, draft ? { saved: "draft" } : { saved: "created" });
    return refusalState(form.locale, form.values, result as Refused);
  });
}

/** The change can only wait for review (lib/publishing/review-rule.ts editOfPublishedNeedsReview). */
function needsReview(result: Refused): boolean {
  return result.reason === "invalid" && result.errors.form?.key === "changeNeedsReview";
}

/**
 * Saves the edit form: as the meeting stands (live at once when it is
 * public, still a draft, waiting for review or scheduled otherwise, and
 * the notice says which: edit-notice.ts); or, with "Save as draft change"
 * (intent=draftChange) on a published meeting, kept apart for preview and
 * review while residents keep reading the published meeting; or, with "Ask
 * for review" (intent=askForReview), kept apart and waiting for review at
 * once. A plain save that may not go live (an editor, a published meeting,
 * a series that requires review: a form shown before the series asked for
 * review, say) becomes that request for review, never a live change.
 */
export async function updateMeetingAction(locale: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runStaffForm(locale, formData, options("meeting.update"), async (form) => {
    const version = Number(formData.get("version"));
    const keepApart = (askForReview: boolean) => saveMeetingRevision(form.user, id, version, form.input, { askForReview });
    const intent = formData.get("intent");
    let result = intent === "draftChange" || intent === "askForReview" ? await keepApart(intent === "askForReview") : await updateMeeting(form.user, id, version, form.input);
    if (!result.ok && needsReview(result)) result = await keepApart(true);
    if (result.ok) editPage(form.locale, id, { saved: "outcome" in result ? result.outcome : editNotice(result) });
    return refusalState(form.locale, form.values, result as Refused);
  });
}

export async function cancelMeetingAction(locale: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runStaffForm(locale, formData, options("meeting.cancel"), async (form) => {
    const result = await cancelMeeting(form.user, id, form.input, { dryRun: awaitingConfirmation(formData) });
    if (result.ok && result.dryRun) return { status: "idle", values: form.values, errors: {}, done: "confirm" };
    if (result.ok) editPage(form.locale, id, { saved: result.toConfirm ? "cancelledToConfirm" : "cancelled" });
    return refusalState(form.locale, form.values, result as Refused);
  });
}

export async function postponeMeetingAction(locale: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runStaffForm(locale, formData, options("meeting.postpone"), async (form) => {
    const result = await postponeMeeting(form.user, id, form.input, new Date(), { dryRun: awaitingConfirmation(formData) });
    if (result.ok && result.dryRun) return { status: "idle", values: form.values, errors: {}, done: "confirm" };
    if (result.ok) editPage(form.locale, id, { saved: result.toConfirm ? "postponedToConfirm" : "postponed" });
    return refusalState(form.locale, form.values, result as Refused);
  });
}

export async function deleteMeetingAction(locale: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runStaffForm(locale, formData, options("meeting.delete"), async (form) => {
    const result = await deleteMeeting(form.user, id, { version: formData.get("version"), confirm: formData.get("confirm") });
    if (result.ok) redirect({ href: { pathname: "/admin", query: { deleted: "1" } }, locale: form.locale });
    return refusalState(form.locale, form.values, result as Refused);
  });
}

/**
 * A recurring set is saved as drafts, every session of it; "Publish…" (the
 * default) then opens the first session's publish step, which shows every
 * date of the set and publishes (or asks for review of, or schedules) the
 * set as a whole.
 */
export async function createRecurringAction(locale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runStaffForm(locale, formData, options("meeting.create-recurring"), async (form) => {
    const draft = formData.get("intent") === "draft";
    const result = await createRecurringMeetings(form.user, form.input, new Date(), draft ? "draft" : "toPublish");
    if (result.ok) editPage(form.locale, result.ids[0]!, { saved: draft ? "setDraft" : "setCreated" });
    return refusalState(form.locale, form.values, result as Refused);
  });
}
