"use server";

import type { FormState } from "@/lib/forms/form-state";
import { formRefusal, runStaffForm } from "@/lib/forms/staff-form-action";
import type { Locale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import type { Refused } from "@/lib/meetings/command";
import { discardMeetingRevision, publishMeetingRevision, reviewMeetingRevision, type RevisionResult } from "./mutations";
import { revisionReviewSchema, revisionStepSchema } from "./schema";

/**
 * The draft-change forms' entry points on the one staff-form path. Saving
 * a draft change is the edit form's second button (lib/meetings/actions.ts
 * updateMeetingAction, intent "draftChange").
 */

function afterwards(locale: Locale, outcome: RevisionResult | Refused, values: FormState["values"]): FormState {
  if (outcome.ok) return redirect({ href: { pathname: "/admin/meetings/[id]", params: { id: outcome.id }, query: { saved: outcome.outcome } }, locale });
  const result: Refused = outcome;
  if (result.reason === "notFound") redirect({ href: { pathname: "/admin", query: { missing: "1" } }, locale });
  if (result.reason === "invalid") return formRefusal(values, "invalid", result.errors);
  if (result.reason === "conflict") return formRefusal(values, "refused", { form: { key: "editConflict" } });
  return formRefusal(values, "refused", { form: { key: result.reason === "forbidden" ? "notReviewer" : "notAllowed" } });
}

export async function publishRevisionAction(locale: string, meetingId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runStaffForm(locale, formData, { action: "meetingRevision.publish", permission: "manageMeetings", schema: revisionStepSchema }, async (form) =>
    afterwards(form.locale, await publishMeetingRevision(form.user, meetingId, form.input), form.values),
  );
}

export async function reviewRevisionAction(locale: string, meetingId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runStaffForm(locale, formData, { action: "meetingRevision.review", permission: "manageMeetings", schema: revisionReviewSchema }, async (form) =>
    afterwards(form.locale, await reviewMeetingRevision(form.user, meetingId, form.input), form.values),
  );
}

export async function discardRevisionAction(locale: string, meetingId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runStaffForm(locale, formData, { action: "meetingRevision.discard", permission: "manageMeetings", schema: revisionStepSchema }, async (form) =>
    afterwards(form.locale, await discardMeetingRevision(form.user, meetingId, form.input), form.values),
  );
}
