"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/button";
import { DIGEST_HOURS, NOTICE_MODES, noticePreferencesSchema } from "@/lib/notices/schema";
import type { NoticePreferences } from "@/lib/notices/data";
import { formatClockHour } from "@/lib/time/format";
import { FormNotice } from "./form-alert";
import { Select } from "./inputs";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";

const LABELS = { noticeMode: "modeLegend", digestHour: "digestHour", locale: "locale" } as const;

/** The account page's notice settings: how (at once, a daily digest at an hour, off) and in which language. */
export function NoticePreferencesForm({ action, saved }: { action: FormAction; saved: NoticePreferences }) {
  const t = useTranslations("Notices");
  const locale = useLocale();
  const form = useFormAction({
    action,
    initialValues: { noticeMode: saved.noticeMode, digestHour: String(saved.digestHour), locale: saved.locale },
    schema: noticePreferencesSchema,
  });
  const labelFor = (field: string) => (field in LABELS ? t(LABELS[field as keyof typeof LABELS]) : null);
  const modeError = form.error("noticeMode");
  return (
    <ActionForm form={form} labelFor={labelFor} className="mt-4 max-w-md space-y-4">
      {form.state.done ? <FormNotice>{t("saved")}</FormNotice> : null}
      <fieldset aria-describedby={modeError ? "noticeMode-error" : undefined}>
        <legend className="font-semibold">{t("modeLegend")}</legend>
        {NOTICE_MODES.map((mode, index) => (
          <label
            key={mode}
            htmlFor={index === 0 ? "noticeMode" : `noticeMode-${mode}`}
            className="flex min-h-11 items-center gap-3"
          >
            <input
              id={index === 0 ? "noticeMode" : `noticeMode-${mode}`}
              type="radio"
              name="noticeMode"
              value={mode}
              defaultChecked={form.text("noticeMode") === mode}
              className="size-5"
            />
            <span>{t(`option${mode}`)}</span>
          </label>
        ))}
        {modeError ? (
          <p id="noticeMode-error" className="mt-1 font-semibold text-red-800">
            {modeError}
          </p>
        ) : null}
      </fieldset>
      <Select
        name="digestHour"
        label={t("digestHour")}
        hint={t("digestHourHint")}
        error={form.error("digestHour")}
        value={form.text("digestHour")}
      >
        <option value="">—</option>
        {DIGEST_HOURS.map((hour) => (
          <option key={hour} value={String(hour)}>
            {formatClockHour(hour, locale)}
          </option>
        ))}
      </Select>
      <Select name="locale" label={t("locale")} error={form.error("locale")} value={form.text("locale")}>
        <option value="es" lang="es">
          {t("localeEs")}
        </option>
        <option value="en" lang="en">
          {t("localeEn")}
        </option>
      </Select>
      <p className="text-sm text-slate-700">{t("security")}</p>
      <Button type="submit" disabled={form.pending}>
        {t("submit")}
      </Button>
    </ActionForm>
  );
}
