"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { SeriesOption, VenueOption } from "@/lib/meetings/admin-data";
import { MEETING_STATUSES, VENUE_KINDS, WEEKDAYS, type FieldErrors, type FormValues } from "@/lib/meetings/schema";
import { formatDateKey } from "@/lib/time/format";
import { Checkbox, CheckboxGroup, Section, Select, TextArea, TextInput } from "./inputs";
import { useValidationMessage } from "./use-validation-message";

export type LanguageOption = { value: string; label: string };
export type MeetingFormOptions = { series: SeriesOption[]; venues: VenueOption[]; spokenLanguages: LanguageOption[]; interpretation: LanguageOption[] };
export type FieldsKind = "create" | "edit" | "recurring";

type Props = { kind: FieldsKind; values: FormValues; errors: FieldErrors; options: MeetingFormOptions };

/** Every field of the meeting form, shared by create, edit and the recurring set. */
export function MeetingFields({ kind, values, errors, options }: Props) {
  const t = useTranslations("MeetingForm");
  const locale = useLocale() as Locale;
  const message = useValidationMessage();
  const str = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const list = (name: string) => (Array.isArray(values[name]) ? (values[name] as string[]) : []);
  const error = (name: string) => (errors[name] ? message(errors[name]) : undefined);
  const label = (name: string) => t(name as Parameters<typeof t>[0]);
  // No maxLength on text: what was typed or pasted is kept, and the error names the limit.
  const text = (name: string) => <TextInput name={name} label={label(name)} value={str(name)} error={error(name)} />;
  const venueMode = str("venueMode") || "existing";

  return (
    <div className="space-y-6">
      <Section title={t("sectionWhen")}>
        <p id="central-time-hint" className="text-slate-700">{t("centralTimeHint")}</p>
        <Select name="seriesId" label={label("seriesId")} value={str("seriesId")} error={error("seriesId")}>
          <option value="">{t("chooseSeries")}</option>
          {options.series.map((series) => (
            <option key={series.id} value={series.id}>
              {t("seriesOption", { title: series.title, start: formatDateKey(series.startsOn, locale), end: formatDateKey(series.endsOn, locale) })}
            </option>
          ))}
        </Select>
        {kind === "recurring" ? (
          <>
            <TextInput name="fromDate" type="date" label={label("fromDate")} hint={t("fromDateHint")} value={str("fromDate")} error={error("fromDate")} />
            <CheckboxGroup
              name="weekdays"
              legend={label("weekdays")}
              options={WEEKDAYS.map((day) => ({ value: day, label: label(`weekday${day}`) }))}
              checked={list("weekdays")}
              error={error("weekdays")}
            />
          </>
        ) : (
          <TextInput name="date" type="date" label={label("date")} value={str("date")} error={error("date")} />
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput name="startTime" type="time" label={label("startTime")} value={str("startTime")} error={error("startTime")} />
          <TextInput name="endTime" type="time" label={label("endTime")} value={str("endTime")} error={error("endTime")} />
        </div>
      </Section>

      <Section title={t("sectionWhere")}>
        <fieldset>
          <legend className="font-semibold">{t("venueMode")}</legend>
          {(["existing", "new"] as const).map((mode) => (
            <label key={mode} htmlFor={`venueMode-${mode}`} className="flex min-h-11 items-center gap-3">
              <input id={`venueMode-${mode}`} type="radio" name="venueMode" value={mode} defaultChecked={venueMode === mode} className="size-5" />
              <span>{label(`venueMode_${mode}`)}</span>
            </label>
          ))}
        </fieldset>
        <Select name="venueId" label={label("venueId")} value={str("venueId")} error={error("venueId")}>
          <option value="">{t("chooseVenue")}</option>
          {options.venues.map((venue) => (
            <option key={venue.id} value={venue.id}>
              {venue.neighborhood ? `${venue.name} (${venue.neighborhood})` : venue.name}
            </option>
          ))}
        </Select>
        <div className="space-y-4 border-l-4 border-slate-200 pl-4">
          <p className="text-slate-700">{t("newVenueHint")}</p>
          <Select name="venueKind" label={label("venueKind")} value={str("venueKind") || "CHURCH"}>
            {VENUE_KINDS.map((venueKind) => (
              <option key={venueKind} value={venueKind}>{label(`kind_${venueKind}`)}</option>
            ))}
          </Select>
          {text("venueName")}
          {text("venueStreet")}
          <div className="grid gap-4 sm:grid-cols-2">
            {text("venueCity")}
            <TextInput name="venuePostalCode" label={label("venuePostalCode")} value={str("venuePostalCode")} error={error("venuePostalCode")} maxLength={10} autoComplete="postal-code" />
          </div>
          {text("venueNeighborhood")}
        </div>
      </Section>

      <Section title={t("sectionText")}>
        <div className="grid gap-4 md:grid-cols-2">
          <div className="space-y-4" lang="en">
            {text("titleEn")}
            <TextArea name="descriptionEn" label={label("descriptionEn")} value={str("descriptionEn")} error={error("descriptionEn")} rows={6} />
          </div>
          <div className="space-y-4" lang="es">
            {text("titleEs")}
            <TextArea name="descriptionEs" label={label("descriptionEs")} value={str("descriptionEs")} error={error("descriptionEs")} rows={6} />
          </div>
        </div>
      </Section>

      <Section title={t("sectionLanguage")}>
        <CheckboxGroup name="spokenLanguages" legend={label("spokenLanguages")} options={options.spokenLanguages} checked={list("spokenLanguages")} error={error("spokenLanguages")} />
        <CheckboxGroup name="interpretation" legend={label("interpretation")} options={options.interpretation} checked={list("interpretation")} error={error("interpretation")} />
      </Section>

      <Section title={t("sectionHost")}>
        {text("hostName")}
        <div className="grid gap-4 md:grid-cols-2">
          {text("hostTitleEn")}
          {text("hostTitleEs")}
        </div>
      </Section>

      <Section title={t("sectionAccess")}>
        <div className="grid sm:grid-cols-2">
          {(["wheelchairAccessible", "parkingAvailable", "transitNearby", "childcareProvided"] as const).map((name) => (
            <Checkbox key={name} name={name} label={label(name)} checked={values[name] === true} />
          ))}
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <TextArea name="accessibilityNotesEn" label={label("accessibilityNotesEn")} value={str("accessibilityNotesEn")} error={error("accessibilityNotesEn")} rows={3} />
          <TextArea name="accessibilityNotesEs" label={label("accessibilityNotesEs")} value={str("accessibilityNotesEs")} error={error("accessibilityNotesEs")} rows={3} />
        </div>
      </Section>

      {kind === "edit" ? (
        <Section title={t("sectionStatus")}>
          <Select name="status" label={label("status")} value={str("status") || "SCHEDULED"} error={error("status")}>
            {MEETING_STATUSES.map((status) => (
              <option key={status} value={status}>{label(`status_${status}`)}</option>
            ))}
          </Select>
          <div className="grid gap-4 md:grid-cols-2">
            <TextArea name="statusNoteEn" label={label("statusNoteEn")} value={str("statusNoteEn")} error={error("statusNoteEn")} rows={3} />
            <TextArea name="statusNoteEs" label={label("statusNoteEs")} value={str("statusNoteEs")} error={error("statusNoteEs")} rows={3} />
          </div>
        </Section>
      ) : null}
    </div>
  );
}
