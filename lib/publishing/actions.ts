"use server";

import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/forms/form-action";
import { confirmStatusChange, publishMeeting, reviewMeeting } from "./mutations";
import { confirmStatusFormSchema, publishFormSchema, reviewFormSchema } from "./schema";
import { publishingStepState } from "./step-outcome";

/**
 * The publishing forms' entry points on the one form path (runFormAction): the
 * command decides, then the edit page says what happened, or the form comes
 * back as typed with the reason.
 */

export async function publishMeetingAction(
  locale: string,
  id: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    locale,
    formData,
    { action: "meeting.publish", permission: "manageMeetings", schema: publishFormSchema },
    async (form) => publishingStepState(form.locale, await publishMeeting(form.user, id, form.input), form.values),
  );
}

export async function reviewMeetingAction(
  locale: string,
  id: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    locale,
    formData,
    { action: "meeting.review", permission: "manageMeetings", schema: reviewFormSchema },
    async (form) => publishingStepState(form.locale, await reviewMeeting(form.user, id, form.input), form.values),
  );
}

export async function confirmStatusChangeAction(
  locale: string,
  id: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    locale,
    formData,
    { action: "meeting.confirm-status", permission: "manageMeetings", schema: confirmStatusFormSchema },
    async (form) => publishingStepState(form.locale, await confirmStatusChange(form.user, id, form.input), form.values),
  );
}
