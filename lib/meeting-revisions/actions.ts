"use server";

import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/forms/form-action";
import { publishingStepState } from "@/lib/publishing/step-outcome";
import { discardMeetingRevision, publishMeetingRevision, reviewMeetingRevision } from "./mutations";
import { revisionReviewSchema, revisionStepSchema } from "./schema";

/**
 * The draft-change forms' entry points on the one form path (runFormAction). Saving
 * a draft change is the edit form's second button (lib/meetings/actions.ts
 * updateMeetingAction, intent "draftChange").
 */

export async function publishRevisionAction(
  locale: string,
  meetingId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    locale,
    formData,
    { action: "meetingRevision.publish", permission: "manageMeetings", schema: revisionStepSchema },
    async (form) =>
      publishingStepState(form.locale, await publishMeetingRevision(form.user, meetingId, form.input), form.values),
  );
}

export async function reviewRevisionAction(
  locale: string,
  meetingId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    locale,
    formData,
    { action: "meetingRevision.review", permission: "manageMeetings", schema: revisionReviewSchema },
    async (form) =>
      publishingStepState(form.locale, await reviewMeetingRevision(form.user, meetingId, form.input), form.values),
  );
}

export async function discardRevisionAction(
  locale: string,
  meetingId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    locale,
    formData,
    { action: "meetingRevision.discard", permission: "manageMeetings", schema: revisionStepSchema },
    async (form) =>
      publishingStepState(form.locale, await discardMeetingRevision(form.user, meetingId, form.input), form.values),
  );
}
