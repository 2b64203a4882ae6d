import type { FormState } from "@/lib/forms/form-state";
import { formRefusal } from "@/lib/forms/staff-form-action";
import type { Locale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import type { Refused } from "@/lib/meetings/command";

/**
 * After a publishing step (publish, review, a draft change's steps): the
 * edit page says what happened, or the form comes back as typed with the
 * reason. Shared by lib/publishing/actions.ts and lib/meeting-revisions/actions.ts.
 */
export function publishingStepState(locale: Locale, outcome: { ok: true; id: string; outcome: string } | Refused, values: FormState["values"]): FormState {
  if (outcome.ok) return redirect({ href: { pathname: "/admin/meetings/[id]", params: { id: outcome.id }, query: { saved: outcome.outcome } }, locale });
  const result: Refused = outcome;
  if (result.reason === "notFound") redirect({ href: { pathname: "/admin", query: { missing: "1" } }, locale });
  if (result.reason === "invalid") return formRefusal(values, "invalid", result.errors);
  if (result.reason === "conflict") return formRefusal(values, "refused", { form: { key: "editConflict" } });
  return formRefusal(values, "refused", { form: { key: result.reason === "forbidden" ? "notReviewer" : "notAllowed" } });
}
