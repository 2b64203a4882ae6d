"use server";

import type { FormState } from "@/lib/forms/form-state";
import { formRefusal, runStaffForm } from "@/lib/forms/staff-form-action";
import { saveNoticePreferences } from "./mutations";
import { noticePreferencesSchema } from "./schema";

/** The account page's notice settings: every staff member, for their own account. */
export async function saveNoticePreferencesAction(locale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const options = { action: "notices.save", permission: "changeOwnPassword", schema: noticePreferencesSchema } as const;
  return runStaffForm(locale, formData, options, async (form) => {
    const result = await saveNoticePreferences(form.user, form.input);
    if (!result.ok) return formRefusal(form.values, "refused", { form: { key: "notAllowed" } });
    return { status: "done", values: form.values, errors: {}, done: "noticesSaved" };
  });
}
