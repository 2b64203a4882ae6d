"use client";

import { useTranslations } from "next-intl";
import { Checkbox, TextArea } from "@/components/admin/inputs";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";
import { Button } from "@/components/button";
import { answerSchema, deleteQuestionSchema } from "@/lib/questions/schema";

const buttonClass = "min-h-11 rounded-md px-5 font-semibold";

/** The answer in English and Spanish. */
export function AnswerQuestionForm({
  action,
  answerEn,
  answerEs,
}: {
  action: FormAction;
  answerEn: string;
  answerEs: string;
}) {
  const t = useTranslations("QuestionAdmin");
  const form = useFormAction({ action, initialValues: { answerEn, answerEs }, schema: answerSchema });
  const labelFor = (field: string) =>
    field === "answerEn" ? t("answerEn") : field === "answerEs" ? t("answerEs") : null;
  return (
    <ActionForm form={form} labelFor={labelFor} className="space-y-4">
      <TextArea
        name="answerEn"
        label={t("answerEn")}
        value={form.text("answerEn")}
        error={form.error("answerEn")}
        rows={5}
      />
      <TextArea
        name="answerEs"
        label={t("answerEs")}
        value={form.text("answerEs")}
        error={form.error("answerEs")}
        rows={5}
      />
      <Button type="submit" disabled={form.pending}>
        {t("saveAnswer")}
      </Button>
    </ActionForm>
  );
}

/** Publish or unpublish: one button. */
export function QuestionPublicationForm({ action, publish }: { action: FormAction; publish: boolean }) {
  const t = useTranslations("QuestionAdmin");
  const form = useFormAction({ action, schema: null });
  return (
    <ActionForm form={form} labelFor={() => null} idPrefix="publication" className="space-y-4">
      {publish ? (
        <Button type="submit" disabled={form.pending}>
          {t("publish")}
        </Button>
      ) : (
        <button
          type="submit"
          disabled={form.pending}
          className={`${buttonClass} border border-slate-500 text-slate-900 hover:bg-slate-100`}
        >
          {t("unpublish")}
        </button>
      )}
    </ActionForm>
  );
}

/** Delete, after ticking the box. */
export function DeleteQuestionForm({ action }: { action: FormAction }) {
  const t = useTranslations("QuestionAdmin");
  const form = useFormAction({ action, schema: deleteQuestionSchema });
  const confirmError = form.error("confirm");
  return (
    <ActionForm
      form={form}
      labelFor={(field) => (field === "confirm" ? t("confirmDelete") : null)}
      idPrefix="delete"
      className="space-y-4"
    >
      <Checkbox id="delete-confirm" name="confirm" value="yes" label={t("confirmDelete")} checked={false} />
      {confirmError ? (
        <p id="delete-confirm-error" className="font-semibold text-red-800">
          {confirmError}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={form.pending}
        className={`${buttonClass} border border-red-800 text-red-900 hover:bg-red-50`}
      >
        {t("delete")}
      </button>
    </ActionForm>
  );
}
