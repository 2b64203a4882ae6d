"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/button";
import type { FormValues } from "@/lib/forms/form-state";
import { bilingualOrder } from "@/lib/i18n/bilingual-order";
import { Link } from "@/lib/i18n/navigation";
import { VENUE_KINDS, VENUE_LIMITS, venueInputSchema, type VenueField } from "@/lib/venues/schema";
import { Select, TextArea, TextInput } from "./inputs";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";

type Props = { action: FormAction; initialValues: FormValues; mode: "create" | "edit" };

const LIMIT_OF: Partial<Record<VenueField, number>> = {
  ...VENUE_LIMITS,
  descriptionEn: VENUE_LIMITS.description,
  descriptionEs: VENUE_LIMITS.description,
  directionsEn: VENUE_LIMITS.directions,
  directionsEs: VENUE_LIMITS.directions,
};

const fieldsetClass = "space-y-4 rounded-md border border-slate-300 p-4";
const legendClass = "px-1 text-lg font-bold";

export function VenueForm({ action, initialValues, mode }: Props) {
  const t = useTranslations("VenueAdmin");
  const locale = useLocale();
  const form = useFormAction({ action, initialValues, schema: venueInputSchema });
  const text = (field: VenueField, extra: Partial<Parameters<typeof TextInput>[0]> = {}) => (
    <TextInput
      name={field}
      label={t(field)}
      value={form.text(field)}
      error={form.error(field)}
      maxLength={LIMIT_OF[field]}
      {...extra}
    />
  );
  const textArea = (field: VenueField) => (
    <TextArea key={field} name={field} label={t(field)} value={form.text(field)} error={form.error(field)} />
  );
  const labelFor = (field: string) => (field === "form" || field === "version" ? null : t(field as VenueField));

  return (
    <ActionForm form={form} labelFor={labelFor} className="mt-6 max-w-2xl space-y-6">
      {mode === "edit" ? <input type="hidden" name="version" value={form.text("version")} /> : null}
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("sectionPlace")}</legend>
        {text("name", { required: true })}
        <Select name="kind" label={t("kind")} value={form.text("kind") || "CHURCH"} error={form.error("kind")}>
          {VENUE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind${kind}`)}
            </option>
          ))}
        </Select>
        {text("neighborhood")}
        {text("policeDivision")}
      </fieldset>
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("sectionAddress")}</legend>
        {text("street", { required: true })}
        {text("city", { required: true })}
        {text("region", { required: true })}
        {text("postalCode", { required: true, inputMode: "numeric", maxLength: 10 })}
      </fieldset>
      <fieldset className={fieldsetClass} aria-describedby="map-hint">
        <legend className={legendClass}>{t("sectionMap")}</legend>
        <p id="map-hint" className="text-sm text-slate-700">
          {t("mapHint")}
        </p>
        {text("latitude", { inputMode: "decimal", maxLength: 20 })}
        {text("longitude", { inputMode: "decimal", maxLength: 20 })}
      </fieldset>
      <fieldset className={fieldsetClass} aria-describedby="contact-hint">
        <legend className={legendClass}>{t("sectionPartner")}</legend>
        <div className="flex items-center gap-2">
          <input
            id="isPartner"
            name="isPartner"
            type="checkbox"
            defaultChecked={form.checked("isPartner")}
            className="size-5"
          />
          <label htmlFor="isPartner" className="font-semibold">
            {t("isPartner")}
          </label>
        </div>
        <p id="contact-hint" className="text-sm text-slate-700">
          {t("contactHint")}
        </p>
        {text("contactName", { autoComplete: "off" })}
        {text("contactPhone", { type: "tel", autoComplete: "off" })}
        {text("contactEmail", { type: "email", autoComplete: "off" })}
      </fieldset>
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("sectionText")}</legend>
        {bilingualOrder(locale).map((lang) => textArea(lang === "en" ? "descriptionEn" : "descriptionEs"))}
        {bilingualOrder(locale).map((lang) => textArea(lang === "en" ? "directionsEn" : "directionsEs"))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={form.pending}>
          {form.pending ? t("pending") : mode === "create" ? t("submitCreate") : t("submitSave")}
        </Button>
        <Link href="/admin/venues" className="inline-flex min-h-11 items-center">
          {t("cancel")}
        </Link>
      </div>
    </ActionForm>
  );
}
