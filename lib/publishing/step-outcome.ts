import { outcomeToFormState } from "@/lib/commands/outcome";
import type { FormState } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import type { Refused } from "@/lib/meetings/command";

/**
 * After a publishing step (publish, review, a draft change's steps): the
 * edit page says what happened, a vanished meeting goes back to the
 * dashboard, or the form comes back as typed with the reason (a refused
 * reviewer is told they may not review). Shared by lib/publishing/actions.ts
 * and lib/meeting-revisions/actions.ts.
 */
export function publishingStepState(
  locale: Locale,
  outcome: { ok: true; id: string; outcome: string } | Refused,
  values: FormState["values"],
): FormState {
  return outcomeToFormState(outcome, values, {
    ok: (done) =>
      redirect({
        href: { pathname: "/admin/meetings/[id]", params: { id: done.id }, query: { saved: done.outcome } },
        locale,
      }),
    notFound: () => redirect({ href: { pathname: "/admin", query: { missing: "1" } }, locale }),
    keys: { forbidden: "notReviewer" },
  });
}
