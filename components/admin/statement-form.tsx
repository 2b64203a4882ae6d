"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/button";
import type { FormValues } from "@/lib/forms/form-state";
import { bilingualOrder } from "@/lib/i18n/bilingual-order";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import {
  STATEMENT_LIMITS,
  STATEMENT_SECTIONS,
  statementEditSchema,
  statementInputSchema,
  type StatementField,
} from "@/lib/statements/schema";
import { formatDateKey } from "@/lib/time/format";
import { Select, TextArea, TextInput } from "./inputs";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";

/**
 * `proposing`: statement changes need review, so saving proposes the change
 * instead. `confirmedOn`: an edited statement's "last confirmed on", which
 * each save must either keep or replace (lib/statements/schema.ts).
 */
type Props = {
  action: FormAction;
  initialValues: FormValues;
  mode: "create" | "edit";
  proposing?: boolean;
  confirmedOn?: string;
};

const fieldsetClass = "space-y-4 rounded-md border border-slate-300 p-4";
const legendClass = "px-1 text-lg font-bold";

/** One public commitment of the department, in both languages, with its date and source. */
export function StatementForm({ action, initialValues, mode, proposing = false, confirmedOn = "" }: Props) {
  const t = useTranslations("StatementAdmin");
  const locale = useLocale();
  const form = useFormAction({
    action,
    initialValues,
    schema: mode === "edit" ? statementEditSchema : statementInputSchema,
  });
  const labelFor = (field: string) => (field === "form" ? null : t(field as StatementField));
  const text = (lang: Locale) => (lang === "en" ? "textEn" : "textEs");
  const source = (lang: Locale) => (lang === "en" ? "sourceEn" : "sourceEs");

  return (
    <ActionForm form={form} labelFor={labelFor} className="mt-6 max-w-2xl space-y-6">
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("sectionWhere")}</legend>
        <Select
          name="section"
          label={t("section")}
          value={form.text("section") || "WILL_NOT"}
          error={form.error("section")}
        >
          {STATEMENT_SECTIONS.map((section) => (
            <option key={section} value={section}>
              {t(`section${section}`)}
            </option>
          ))}
        </Select>
        <TextInput
          name="position"
          label={t("position")}
          hint={t("positionHint")}
          value={form.text("position")}
          error={form.error("position")}
          inputMode="numeric"
          maxLength={2}
          required
        />
      </fieldset>
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("sectionText")}</legend>
        {bilingualOrder(locale).map((lang) => (
          <TextArea
            key={text(lang)}
            name={text(lang)}
            label={t(text(lang))}
            value={form.text(text(lang))}
            error={form.error(text(lang))}
          />
        ))}
      </fieldset>
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("sectionSource")}</legend>
        {mode === "edit" ? (
          <fieldset aria-describedby={form.error("dateChoice") ? "dateChoice-error" : undefined} className="space-y-2">
            <legend className="font-semibold">{t("dateChoice")}</legend>
            {(["keep", "restated"] as const).map((choice, index) => (
              <label
                key={choice}
                htmlFor={index === 0 ? "dateChoice" : `dateChoice-${choice}`}
                className="flex min-h-11 items-start gap-3"
              >
                <input
                  id={index === 0 ? "dateChoice" : `dateChoice-${choice}`}
                  type="radio"
                  name="dateChoice"
                  value={choice}
                  defaultChecked={form.text("dateChoice") === choice}
                  className="mt-1 size-5 shrink-0"
                />
                <span>{t(`dateChoice_${choice}`, { date: formatDateKey(confirmedOn, locale) })}</span>
              </label>
            ))}
            {form.error("dateChoice") ? (
              <p id="dateChoice-error" className="font-semibold text-red-800">
                {form.error("dateChoice")}
              </p>
            ) : null}
            <TextInput
              name="statedOn"
              type="date"
              label={t("restatedOn")}
              hint={t("restatedOnHint")}
              value={form.text("statedOn")}
              error={form.error("statedOn")}
            />
          </fieldset>
        ) : (
          <TextInput
            name="statedOn"
            type="date"
            label={t("statedOn")}
            hint={t("statedOnHint")}
            value={form.text("statedOn")}
            error={form.error("statedOn")}
            required
          />
        )}
        {bilingualOrder(locale).map((lang) => (
          <TextInput
            key={source(lang)}
            name={source(lang)}
            label={t(source(lang))}
            value={form.text(source(lang))}
            error={form.error(source(lang))}
            maxLength={STATEMENT_LIMITS.source}
            required
          />
        ))}
        <TextInput
          name="sourceUrl"
          type="text"
          inputMode="url"
          label={t("sourceUrl")}
          hint={t("sourceUrlHint")}
          value={form.text("sourceUrl")}
          error={form.error("sourceUrl")}
          maxLength={STATEMENT_LIMITS.sourceUrl}
        />
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={form.pending}>
          {form.pending
            ? t("pending")
            : proposing
              ? t("submitPropose")
              : mode === "create"
                ? t("submitCreate")
                : t("submitSave")}
        </Button>
        <Link href="/admin/statements" className="inline-flex min-h-11 items-center">
          {t("cancel")}
        </Link>
      </div>
    </ActionForm>
  );
}
