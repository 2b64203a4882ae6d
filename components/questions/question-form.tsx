"use client";

import { useTranslations } from "next-intl";
import { FormNotice } from "@/components/admin/form-alert";
import { TextArea } from "@/components/admin/inputs";
import { StaffForm, useStaffForm, type StaffFormAction } from "@/components/admin/staff-form";
import { HoneypotField } from "@/components/honeypot-field";

/**
 * The anonymous question form: a plain form post, with or without
 * JavaScript; what was typed comes back on any error. Checked on the server
 * only (schema null): the browser copy of zod would add about 50 KB to every
 * meeting page, over the page-weight budget for slow connections.
 */
export function QuestionForm({ action, general }: { action: StaffFormAction; general: boolean }) {
  const t = useTranslations("Questions");
  const form = useStaffForm({ action, schema: null });
  if (form.state.status === "done") {
    return (
      <div className="mt-4">
        <FormNotice>{t("thanks")}</FormNotice>
      </div>
    );
  }
  return (
    <StaffForm form={form} labelFor={(field) => (field === "text" ? t("text") : null)} idPrefix="question" className="mt-4 space-y-4">
      <p className="rounded-lg border border-slate-300 bg-slate-50 p-3 text-base">{general ? t("keptGeneral") : t("kept")}</p>
      <TextArea name="text" id="question-text" label={t("text")} hint={t("textHint")} value={form.text("text")} error={form.error("text")} rows={4} />
      <HoneypotField label={t("honeypot")} id="question-website" />
      <button type="submit" disabled={form.pending} className="min-h-11 rounded-md bg-blue-800 px-5 font-semibold text-white hover:bg-blue-900">
        {t("submit")}
      </button>
    </StaffForm>
  );
}
