"use server";

import type { z } from "zod";
import { outcomeToFormState, type Outcome } from "@/lib/commands/outcome";
import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/forms/form-action";
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
import {
  cancelFormSchema,
  deleteMeetingSchema,
  MEETING_SHAPE,
  meetingDraftSchema,
  meetingFormSchema,
  postponeFormSchema,
  recurringFormSchema,
} from "./schema";

/**
 * The meeting forms' entry points, each through the one form path (runFormAction)
 * (session and role, outage, log): a command in mutations.ts does the work,
 * then the page redirects, or the form comes back as typed with the errors.
 */

const options = <Schema extends z.ZodType>(action: string, schema: Schema) =>
  ({ action, permission: "manageMeetings", schema, shape: MEETING_SHAPE }) as const;

function editPage(locale: Locale, id: string, query: Record<string, string>): never {
  return redirect({ href: { pathname: "/admin/meetings/[id]", params: { id }, query }, locale });
}

/**
 * A command's outcome as the form shows it. After an edit conflict the form
 * keeps what this person typed and shows, beside it, what is saved now (with
 * its version, so saving again knowingly replaces it); a vanished meeting
 * goes back to the list.
 */
function meetingFormState<T extends Outcome>(
  locale: Locale,
  values: FormState["values"],
  result: T,
  ok: (done: Extract<T, { ok: true }>) => FormState,
): FormState {
  return outcomeToFormState(result, values, {
    ok,
    notFound: () => redirect({ href: { pathname: "/admin", query: { missing: "1" } }, locale }),
  });
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
export async function createMeetingAction(
  locale: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const draft = formData.get("intent") === "draft";
  return runFormAction(
    locale,
    formData,
    options("meeting.create", draft ? meetingDraftSchema : meetingFormSchema),
    async (form) => {
      const result = await createMeeting(form.user, form.input, new Date(), draft ? "draft" : "toPublish");
      return meetingFormState(form.locale, form.values, result, (created) =>
        editPage(form.locale, created.id, draft ? { saved: "draft" } : { saved: "created" }),
      );
    },
  );
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
export async function updateMeetingAction(
  locale: string,
  id: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(locale, formData, options("meeting.update", meetingDraftSchema), async (form) => {
    const version = Number(formData.get("version"));
    const keepApart = (askForReview: boolean) =>
      saveMeetingRevision(form.user, id, version, form.input, { askForReview });
    const intent = formData.get("intent");
    let result =
      intent === "draftChange" || intent === "askForReview"
        ? await keepApart(intent === "askForReview")
        : await updateMeeting(form.user, id, version, form.input);
    if (!result.ok && needsReview(result)) result = await keepApart(true);
    return meetingFormState(form.locale, form.values, result, (saved) =>
      editPage(form.locale, id, { saved: "outcome" in saved ? saved.outcome : editNotice(saved) }),
    );
  });
}

export async function cancelMeetingAction(
  locale: string,
  id: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(locale, formData, options("meeting.cancel", cancelFormSchema), async (form) => {
    const result = await cancelMeeting(form.user, id, form.input, { dryRun: awaitingConfirmation(formData) });
    return meetingFormState(form.locale, form.values, result, (done) =>
      done.dryRun
        ? { status: "idle", values: form.values, errors: {}, done: "confirm" }
        : editPage(form.locale, id, { saved: done.toConfirm ? "cancelledToConfirm" : "cancelled" }),
    );
  });
}

export async function postponeMeetingAction(
  locale: string,
  id: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(locale, formData, options("meeting.postpone", postponeFormSchema), async (form) => {
    const result = await postponeMeeting(form.user, id, form.input, new Date(), {
      dryRun: awaitingConfirmation(formData),
    });
    return meetingFormState(form.locale, form.values, result, (done) =>
      done.dryRun
        ? { status: "idle", values: form.values, errors: {}, done: "confirm" }
        : editPage(form.locale, id, { saved: done.toConfirm ? "postponedToConfirm" : "postponed" }),
    );
  });
}

export async function deleteMeetingAction(
  locale: string,
  id: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(locale, formData, options("meeting.delete", deleteMeetingSchema), async (form) => {
    const result = await deleteMeeting(form.user, id, form.input);
    return meetingFormState(form.locale, form.values, result, () =>
      redirect({ href: { pathname: "/admin", query: { deleted: "1" } }, locale: form.locale }),
    );
  });
}

/**
 * A recurring set is saved as drafts, every session of it; "Publish…" (the
 * default) then opens the first session's publish step, which shows every
 * date of the set and publishes (or asks for review of, or schedules) the
 * set as a whole.
 */
export async function createRecurringAction(
  locale: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const draft = formData.get("intent") === "draft";
  return runFormAction(locale, formData, options("meeting.create-recurring", recurringFormSchema), async (form) => {
    const result = await createRecurringMeetings(form.user, form.input, new Date(), draft ? "draft" : "toPublish");
    return meetingFormState(form.locale, form.values, result, (created) =>
      editPage(form.locale, created.ids[0]!, { saved: draft ? "setDraft" : "setCreated" }),
    );
  });
}
