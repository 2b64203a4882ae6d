"use server";

import { outcomeToFormState } from "@/lib/commands/outcome";
import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/forms/form-action";
import { saveNoticePreferences } from "./mutations";
import { noticePreferencesSchema } from "./schema";

/** The account page's notice settings: every staff member, for their own account. */
export async function saveNoticePreferencesAction(
  locale: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const options = { action: "notices.save", permission: "manageOwnAccount", schema: noticePreferencesSchema } as const;
  return runFormAction(locale, formData, options, async (form) => {
    const result = await saveNoticePreferences(form.user, form.input);
    return outcomeToFormState(result, form.values, {
      ok: () => ({ status: "done", values: form.values, errors: {}, done: "noticesSaved" }),
    });
  });
}
