"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/button";
import type { FormValues } from "@/lib/forms/form-state";
import { bilingualOrder } from "@/lib/i18n/bilingual-order";
import { Link } from "@/lib/i18n/navigation";
import { SERIES_LIMITS, SERIES_SHAPE, seriesInputSchema, type SeriesField } from "@/lib/series/schema";
import { Checkbox, TextArea, TextInput } from "./inputs";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";

/** canSetReview: only admins choose whether a series' meetings need review (an editor could otherwise switch it off). */
type Props = { action: FormAction; initialValues: FormValues; mode: "create" | "edit"; canSetReview: boolean };

export function SeriesForm({ action, initialValues, mode, canSetReview }: Props) {
  const t = useTranslations("SeriesAdmin");
  const locale = useLocale();
  const form = useFormAction({ action, initialValues, schema: seriesInputSchema, shape: SERIES_SHAPE });
  const text = (field: SeriesField, extra: Partial<Parameters<typeof TextInput>[0]> = {}) => (
    <TextInput
      key={field}
      name={field}
      label={t(field)}
      value={form.text(field)}
      error={form.error(field)}
      required
      {...extra}
    />
  );
  const labelFor = (field: string) => (field === "form" ? null : t(field as SeriesField));

  return (
    <ActionForm form={form} labelFor={labelFor} className="mt-6 max-w-2xl space-y-4">
      {bilingualOrder(locale).map((lang) =>
        text(lang === "en" ? "titleEn" : "titleEs", { maxLength: SERIES_LIMITS.title }),
      )}
      {text("organizer", { maxLength: SERIES_LIMITS.organizer })}
      <p id="time-zone-note" className="text-slate-700">
        {t("timeZoneNote")}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("startsOn", { type: "date" })}
        {text("endsOn", { type: "date" })}
      </div>
      {bilingualOrder(locale).map((lang) => {
        const field = lang === "en" ? "descriptionEn" : "descriptionEs";
        return (
          <TextArea key={field} name={field} label={t(field)} value={form.text(field)} error={form.error(field)} />
        );
      })}
      {canSetReview ? (
        <fieldset>
          <legend className="font-semibold">{t("reviewLegend")}</legend>
          <Checkbox name="requiresReview" label={t("requiresReview")} checked={form.checked("requiresReview")} />
          <Checkbox name="editorsMayReview" label={t("editorsMayReview")} checked={form.checked("editorsMayReview")} />
        </fieldset>
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={form.pending}>
          {form.pending ? t("pending") : mode === "create" ? t("submitCreate") : t("submitSave")}
        </Button>
        <Link href="/admin/series" className="inline-flex min-h-11 items-center">
          {t("cancel")}
        </Link>
      </div>
    </ActionForm>
  );
}
