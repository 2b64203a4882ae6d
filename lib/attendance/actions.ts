"use server";

import { createTranslator } from "use-intl/core";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/auth/client-ip";
import type { FormState } from "@/lib/forms/form-state";
import { formWithErrors, outcomeToFormState } from "@/lib/commands/outcome";
import { runFormAction } from "@/lib/forms/form-action";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { pagePath } from "@/lib/i18n/paths";
import { recordTap, setInterpreterArranged } from "./mutations";
import { interpreterMarkSchema, type TapChoice } from "./schema";

// The public meeting page imports this file: no next-intl navigation here
// (lib/i18n/navigation), which would ship next-intl's client Link to residents.

/** "Thank you. We counted…" in the page's language: sent as the answer, so the page carries none of these texts. */
function tapAnswer(locale: Locale, choice: TapChoice, counted: boolean): string {
  const t = createTranslator({ locale, messages: messagesFor(locale) });
  const kind = counted ? "counted" : "again";
  return choice === "plan"
    ? t(`Attendance.${kind}_plan`)
    : t(`Attendance.${kind}_interpretation`, { language: t(`Languages.${choice}`) });
}

/**
 * The meeting page's taps: anyone may post (no account, no cookie), with or
 * without JavaScript. The answer says what was counted; nothing typed needs
 * keeping, so a refusal comes back with no values.
 */
export async function tapAction(
  locale: string,
  slug: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(locale, formData, { action: "attendance.tap", permission: null, schema: null }, async (form) => {
    const result = await recordTap(slug, form.values, clientIp(await headers()));
    if (result.ok)
      return { status: "done", values: {}, errors: {}, done: tapAnswer(form.locale, result.choice, result.counted) };
    if (result.reason === "tooMany") return formWithErrors({}, "refused", { form: { key: "tooManyRequests" } });
    if (result.reason === "invalid") return formWithErrors({}, "invalid", { form: { key: "invalid" } });
    return formWithErrors({}, "refused", { form: { key: "notFound" } });
  });
}

/** Staff: marks (or unmarks) an interpreter arranged for one language; the meeting's page comes back with a notice. */
export async function setInterpreterArrangedAction(
  locale: string,
  id: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    locale,
    formData,
    { action: "meeting.interpreter", permission: "manageMeetings", schema: interpreterMarkSchema },
    async (form) => {
      const result = await setInterpreterArranged(form.user, id, form.input);
      return outcomeToFormState(result, form.values, {
        ok: () =>
          redirect(
            pagePath(
              { pathname: "/admin/meetings/[id]", params: { id }, query: { saved: "interpreter" } },
              form.locale,
            ),
          ),
      });
    },
  );
}
