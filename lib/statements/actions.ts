"use server";

import { outcomeToFormState } from "@/lib/commands/outcome";
import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/forms/form-action";
import { redirect } from "@/lib/i18n/navigation";
import { statementChangesNeedReview } from "./data";
import {
  createStatement,
  proposeStatementChange,
  reviewStatementChange,
  setStatementChangesNeedReview,
  updateStatement,
} from "./mutations";
import {
  STATEMENT_REVIEW_SETTING_SHAPE,
  statementEditSchema,
  statementInputSchema,
  statementReviewSchema,
  statementReviewSettingSchema,
  type StatementEdit,
  type StatementInput,
} from "./schema";

/**
 * Creates (statementId null) or updates a statement, then returns to the
 * list; errors come back with what was typed. While statement changes need
 * review, the save is a proposal (an editor's or an admin's) that another
 * admin approves; otherwise only an admin may save.
 */
export async function saveStatementAction(
  locale: string,
  statementId: string | null,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  // A change says whether the department confirmed the statement again; a new one, the day it was stated.
  const schema = statementId ? statementEditSchema : statementInputSchema;
  return runFormAction(
    locale,
    formData,
    { action: "statement.save", permission: "proposeStatements", schema },
    async (form) => {
      const input: StatementInput | StatementEdit = form.input;
      const proposing = await statementChangesNeedReview();
      const result = proposing
        ? await proposeStatementChange(form.user, statementId, input)
        : statementId
          ? await updateStatement(form.user, statementId, input as StatementEdit)
          : await createStatement(form.user, input as StatementInput);
      return outcomeToFormState(result, form.values, {
        ok: () =>
          redirect({
            href: { pathname: "/admin/statements", query: { saved: proposing ? "proposed" : "1" } },
            locale: form.locale,
          }),
      });
    },
  );
}

/** An admin approves or sends back another staff member's proposed change. */
export async function reviewStatementChangeAction(
  locale: string,
  changeId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    locale,
    formData,
    { action: "statementChange.review", permission: "manageStatements", schema: statementReviewSchema },
    async (form) => {
      const result = await reviewStatementChange(form.user, changeId, form.input);
      return outcomeToFormState(result, form.values, {
        ok: () =>
          redirect({
            href: {
              pathname: "/admin/statements",
              query: { saved: form.input.decision === "approve" ? "approved" : "sentBack" },
            },
            locale: form.locale,
          }),
      });
    },
  );
}

/** The admin-only setting "statement changes need review". */
export async function saveStatementReviewSettingAction(
  locale: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const options = {
    action: "staffSettings.update",
    permission: "manageStatements",
    schema: statementReviewSettingSchema,
    shape: STATEMENT_REVIEW_SETTING_SHAPE,
  } as const;
  return runFormAction(locale, formData, options, async (form) => {
    const result = await setStatementChangesNeedReview(form.user, form.input.statementChangesNeedReview);
    return outcomeToFormState(result, form.values, {
      ok: () => ({ status: "done", values: form.values, errors: {}, done: "settingSaved" }),
    });
  });
}
