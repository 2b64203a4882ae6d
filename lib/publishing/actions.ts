"use server";

import type { FormState } from "@/lib/forms/form-state";
import { formRefusal, runStaffForm } from "@/lib/forms/staff-form-action";
import type { Locale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import type { Refused } from "@/lib/meetings/command";
import { publishMeeting, reviewMeeting, type PublishResult } from "./mutations";
import { publishFormSchema, reviewFormSchema } from "./schema";

/**
 * The publishing forms' entry points on the one staff-form path: the
 * command decides, then the edit page says what happened, or the form comes
 * back as typed with the reason.
 */

function afterwards(locale: Locale, outcome: PublishResult | Refused, values: FormState["values"]): FormState {
  if (outcome.ok) return redirect({ href: { pathname: "/admin/meetings/[id]", params: { id: outcome.id }, query: { saved: outcome.outcome } }, locale });
  const result: Refused = outcome;
  if (result.reason === "notFound") redirect({ href: { pathname: "/admin", query: { missing: "1" } }, locale });
  if (result.reason === "invalid") return formRefusal(values, "invalid", result.errors);
  if (result.reason === "conflict") return formRefusal(values, "refused", { form: { key: "editConflict" } });
  return formRefusal(values, "refused", { form: { key: result.reason === "forbidden" ? "notReviewer" : "notAllowed" } });
}

export async function publishMeetingAction(locale: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runStaffForm(locale, formData, { action: "meeting.publish", permission: "manageMeetings", schema: publishFormSchema }, async (form) =>
    afterwards(form.locale, await publishMeeting(form.user, id, form.input), form.values),
  );
}

export async function reviewMeetingAction(locale: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runStaffForm(locale, formData, { action: "meeting.review", permission: "manageMeetings", schema: reviewFormSchema }, async (form) =>
    afterwards(form.locale, await reviewMeeting(form.user, id, form.input), form.values),
  );
}
