"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { VenueFormState } from "@/lib/venues/actions";
import { VENUE_KINDS, VENUE_LIMITS, type VenueField } from "@/lib/venues/schema";
import { Link } from "@/lib/i18n/navigation";
import { describedBy, FormField, inputClass } from "./form-field";
import { FormAlert } from "./form-alert";
import { TextInput } from "./text-input";

type Props = {
  action: (previous: VenueFormState, formData: FormData) => Promise<VenueFormState>;
  initialValues: Partial<Record<VenueField, string>>;
  mode: "create" | "edit";
};

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
  const [state, formAction, pending] = useActionState(action, { status: "idle", values: initialValues, errors: {} });
  const value = (field: VenueField) => state.values[field] ?? "";
  const error = (field: VenueField) => {
    const code = state.errors[field];
    return code ? t(`errors.${code}` as Parameters<typeof t>[0], { max: LIMIT_OF[field] ?? 0 }) : undefined;
  };
  const text = (field: VenueField, extra: Partial<Parameters<typeof TextInput>[0]> = {}) => (
    <TextInput name={field} label={t(field)} defaultValue={value(field)} error={error(field)} maxLength={LIMIT_OF[field]} {...extra} />
  );
  const problem =
    state.problem ? t(`problems.${state.problem}` as Parameters<typeof t>[0]) : state.status === "invalid" ? t("errorSummary") : null;

  return (
    <form action={formAction} noValidate className="mt-6 max-w-2xl space-y-6">
      {problem ? <FormAlert>{problem}</FormAlert> : null}
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("sectionPlace")}</legend>
        {text("name", { required: true })}
        <FormField id="kind" label={t("kind")} error={error("kind")}>
          <select id="kind" name="kind" defaultValue={value("kind") || "CHURCH"} className={inputClass} {...describedBy("kind", { error: error("kind") })}>
            {VENUE_KINDS.map((kind) => (
              <option key={kind} value={kind}>{t(`kind${kind}`)}</option>
            ))}
          </select>
        </FormField>
        {text("neighborhood")}
        {text("policeDivision")}
      </fieldset>
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("sectionAddress")}</legend>
        {text("street", { required: true, autoComplete: "off" })}
        {text("city", { required: true })}
        {text("region", { required: true })}
        {text("postalCode", { required: true, inputMode: "numeric", maxLength: 10 })}
      </fieldset>
      <fieldset className={fieldsetClass} aria-describedby="map-hint">
        <legend className={legendClass}>{t("sectionMap")}</legend>
        <p id="map-hint" className="text-sm text-slate-700">{t("mapHint")}</p>
        {text("latitude", { inputMode: "decimal", maxLength: 20 })}
        {text("longitude", { inputMode: "decimal", maxLength: 20 })}
      </fieldset>
      <fieldset className={fieldsetClass} aria-describedby="contact-hint">
        <legend className={legendClass}>{t("sectionPartner")}</legend>
        <div className="flex items-center gap-2">
          <input id="isPartner" name="isPartner" type="checkbox" defaultChecked={value("isPartner") === "on"} className="size-5" />
          <label htmlFor="isPartner" className="font-semibold">{t("isPartner")}</label>
        </div>
        <p id="contact-hint" className="text-sm text-slate-700">{t("contactHint")}</p>
        {text("contactName", { autoComplete: "off" })}
        {text("contactPhone", { type: "tel", autoComplete: "off" })}
        {text("contactEmail", { type: "email", autoComplete: "off" })}
      </fieldset>
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("sectionText")}</legend>
        {text("descriptionEn", { multiline: true })}
        {text("descriptionEs", { multiline: true })}
        {text("directionsEn", { multiline: true })}
        {text("directionsEs", { multiline: true })}
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className="min-h-11 rounded-md bg-brand-800 px-5 font-semibold text-white hover:bg-brand-900 disabled:opacity-70">
          {pending ? t("pending") : mode === "create" ? t("submitCreate") : t("submitSave")}
        </button>
        <Link href="/admin/venues" className="inline-flex min-h-11 items-center">{t("cancel")}</Link>
      </div>
    </form>
  );
}
