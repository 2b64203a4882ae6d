"use server";

import { formRefusal, runStaffForm } from "@/lib/forms/staff-form-action";
import type { FormState } from "@/lib/forms/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { createStatement, updateStatement } from "./mutations";
import { statementInputSchema } from "./schema";

/** Creates (statementId null) or updates a statement, then returns to the list; errors come back with what was typed. */
export async function saveStatementAction(locale: string, statementId: string | null, _previous: FormState, formData: FormData): Promise<FormState> {
  return runStaffForm(locale, formData, { action: "statement.save", permission: "manageStatements", schema: statementInputSchema }, async (form) => {
    const result = statementId ? await updateStatement(form.user, statementId, form.input) : await createStatement(form.user, form.input);
    if (!result.ok) return formRefusal(form.values, "refused", { form: { key: result.reason === "forbidden" ? "notAllowed" : "notFound" } });
    return redirect({ href: { pathname: "/admin/statements", query: { saved: "1" } }, locale: form.locale });
  });
}
