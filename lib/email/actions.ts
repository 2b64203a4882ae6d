"use server";

import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/forms/form-action";
import { isLocale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { queueTestEmail, sendEmailAgain } from "./mutations";
import { outboxEmailIdSchema } from "./schema";

// The outbox's buttons are plain forms: each answers with a redirect to the
// page it came from, carrying a notice or an error code, with or without
// JavaScript. runFormAction checks the session, role and second factor.

/** Where a post refused before its work (no permission, no such id) lands: the list, saying why. */
function backToOutbox(locale: string, state: FormState): never {
  return redirect({
    href: { pathname: "/admin/outbox", query: { error: state.errors.form?.key ?? "invalid" } },
    locale: isLocale(locale) ? locale : "es",
  });
}

export async function sendEmailAgainAction(locale: string, formData: FormData): Promise<void> {
  const options = { action: "email.send-again", permission: "viewOutbox", schema: outboxEmailIdSchema } as const;
  const state = await runFormAction(locale, formData, options, async (form) => {
    const result = await sendEmailAgain(form.user, form.input.id);
    if (!result.ok && result.reason === "notFound")
      return redirect({ href: { pathname: "/admin/outbox", query: { error: "notFound" } }, locale: form.locale });
    const query = result.ok ? { notice: "queued" } : { error: result.reason };
    return redirect({
      href: { pathname: "/admin/outbox/[id]", params: { id: form.input.id }, query },
      locale: form.locale,
    });
  });
  backToOutbox(locale, state);
}

export async function sendTestEmailAction(locale: string, formData: FormData): Promise<void> {
  const options = { action: "email.test", permission: "viewOutbox", schema: null } as const;
  const state = await runFormAction(locale, formData, options, async (form) => {
    const result = await queueTestEmail(form.user, form.locale);
    return redirect({
      href: { pathname: "/admin/outbox", query: result.ok ? { notice: "testQueued" } : { error: result.reason } },
      locale: form.locale,
    });
  });
  backToOutbox(locale, state);
}
