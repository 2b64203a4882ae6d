"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/button";
import {
  STATEMENT_REVIEW_SETTING_SHAPE,
  statementReviewSchema,
  statementReviewSettingSchema,
} from "@/lib/statements/schema";
import { FormNotice } from "./form-alert";
import { Checkbox, TextArea } from "./inputs";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";

const buttonClass = "min-h-11 rounded-md px-5 font-semibold text-white disabled:opacity-70";

/** The admin-only setting: whether statement changes wait for a second admin. */
export function StatementReviewSettingForm({ action, required }: { action: FormAction; required: boolean }) {
  const t = useTranslations("StatementAdmin");
  const form = useFormAction({
    action,
    initialValues: { statementChangesNeedReview: required },
    schema: statementReviewSettingSchema,
    shape: STATEMENT_REVIEW_SETTING_SHAPE,
  });
  return (
    <ActionForm form={form} labelFor={() => null} idPrefix="statement-setting" className="mt-2 max-w-2xl space-y-3">
      {form.state.done ? <FormNotice>{t("settingSaved")}</FormNotice> : null}
      <p className="text-slate-700">{t("settingIntro")}</p>
      <Checkbox
        name="statementChangesNeedReview"
        label={t("settingLabel")}
        checked={form.checked("statementChangesNeedReview")}
      />
      <Button type="submit" disabled={form.pending}>
        {t("settingSubmit")}
      </Button>
    </ActionForm>
  );
}

/** Approve a proposed statement change, or send it back with a comment. */
export function StatementReviewForm({ action, changeId }: { action: FormAction; changeId: string }) {
  const t = useTranslations("Publishing");
  const form = useFormAction({ action, schema: statementReviewSchema });
  const labelFor = (field: string) => (field === "comment" ? t("comment") : null);
  return (
    <ActionForm form={form} labelFor={labelFor} idPrefix={`review-${changeId}`} className="mt-3 space-y-3">
      <TextArea
        id={`review-${changeId}-comment`}
        name="comment"
        label={t("comment")}
        hint={t("commentHint")}
        value={form.text("comment")}
        error={form.error("comment")}
        rows={2}
      />
      <div className="flex flex-wrap gap-4">
        <Button type="submit" name="decision" value="approve" disabled={form.pending}>
          {t("approve")}
        </Button>
        <button
          type="submit"
          name="decision"
          value="sendBack"
          disabled={form.pending}
          className={`${buttonClass} bg-slate-700 hover:bg-slate-800`}
        >
          {t("sendBack")}
        </button>
      </div>
    </ActionForm>
  );
}
