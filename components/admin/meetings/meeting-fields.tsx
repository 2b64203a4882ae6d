"use client";

import { useLocale, useTranslations } from "next-intl";
import { Checkbox, CheckboxGroup, Section, Select, TextArea, TextInput } from "@/components/admin/inputs";
import type { FormActionApi } from "@/components/form-action";
import { bilingualOrder } from "@/lib/i18n/bilingual-order";
import type { Locale } from "@/lib/i18n/locales";
import type { SeriesOption, VenueOption } from "@/lib/meetings/admin-data";
import { MAX_SESSIONS, RECURRENCE_ENDS, WEEKDAYS, type MeetingField } from "@/lib/meetings/schema";
import { formatDateKey } from "@/lib/time/format";
import { VENUE_KINDS } from "@/lib/venues/schema";

export type LanguageOption = { value: string; label: string };
export type MeetingFormOptions = {
  series: SeriesOption[];
  venues: VenueOption[];
  spokenLanguages: LanguageOption[];
  interpretation: LanguageOption[];
};
export type FieldsKind = "create" | "edit" | "recurring";

type Props = { kind: FieldsKind; form: FormActionApi; options: MeetingFormOptions };

/** A field pair in both languages, the page's own language first. */
function pair<Field extends MeetingField>(locale: Locale, en: Field, es: Field): Field[] {
  return bilingualOrder(locale).map((lang) => (lang === "en" ? en : es));
}

/** Every field of the meeting form, shared by create, edit and the recurring set. */
export function MeetingFields({ kind, form, options }: Props) {
  const t = useTranslations("MeetingForm");
  const locale = useLocale();
  const str = (name: MeetingField) => form.text(name);
  const list = (name: MeetingField) => form.list(name);
  const error = (name: MeetingField) => form.error(name);
  // A field's label, or another text of the form (a weekday, a choice).
  const label = (key: MeetingField | string) => t(key as Parameters<typeof t>[0]);
  // No maxLength on text: what was typed or pasted is kept, and the error names the limit.
  const text = (name: MeetingField) => (
    <TextInput key={name} name={name} label={label(name)} value={str(name)} error={error(name)} />
  );
  const textArea = (name: MeetingField, rows: number) => (
    <TextArea key={name} name={name} label={label(name)} value={str(name)} error={error(name)} rows={rows} />
  );
  const venueMode = str("venueMode") || "existing";
  const endMode = str("endMode") || "seriesEnd";

  return (
    <div className="space-y-6">
      <Section title={t("sectionWhen")}>
        <p id="central-time-hint" className="text-slate-700">
          {t("centralTimeHint")}
        </p>
        <Select name="seriesId" label={label("seriesId")} value={str("seriesId")} error={error("seriesId")}>
          <option value="">{t("chooseSeries")}</option>
          {options.series.map((series) => (
            <option key={series.id} value={series.id}>
              {t("seriesOption", {
                title: series.title,
                start: formatDateKey(series.startsOn, locale),
                end: formatDateKey(series.endsOn, locale),
              })}
            </option>
          ))}
        </Select>
        {kind === "recurring" ? (
          <>
            <TextInput
              name="fromDate"
              type="date"
              label={label("fromDate")}
              hint={t("fromDateHint")}
              value={str("fromDate")}
              error={error("fromDate")}
            />
            <CheckboxGroup
              name="weekdays"
              legend={label("weekdays")}
              options={WEEKDAYS.map((day) => ({ value: day, label: label(`weekday${day}`) }))}
              checked={list("weekdays")}
              error={error("weekdays")}
            />
            <fieldset className="toggle-group space-y-2">
              <legend className="font-semibold">{t("endMode")}</legend>
              {RECURRENCE_ENDS.map((mode) => (
                <label key={mode} htmlFor={`endMode-${mode}`} className="flex min-h-11 items-center gap-3">
                  <input
                    id={`endMode-${mode}`}
                    type="radio"
                    name="endMode"
                    value={mode}
                    defaultChecked={endMode === mode}
                    className="size-5"
                  />
                  <span>{label(`endMode_${mode}`)}</span>
                </label>
              ))}
              <div data-shown-with="endMode-date">
                <TextInput
                  name="untilDate"
                  type="date"
                  label={label("untilDate")}
                  value={str("untilDate")}
                  error={error("untilDate")}
                />
              </div>
              <div data-shown-with="endMode-count">
                <TextInput
                  name="sessionCount"
                  type="number"
                  inputMode="numeric"
                  min="1"
                  max={String(MAX_SESSIONS)}
                  label={label("sessionCount")}
                  value={str("sessionCount")}
                  error={error("sessionCount")}
                />
              </div>
            </fieldset>
          </>
        ) : (
          <TextInput name="date" type="date" label={label("date")} value={str("date")} error={error("date")} />
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput
            name="startTime"
            type="time"
            label={label("startTime")}
            value={str("startTime")}
            error={error("startTime")}
          />
          <TextInput
            name="endTime"
            type="time"
            label={label("endTime")}
            value={str("endTime")}
            error={error("endTime")}
          />
        </div>
      </Section>

      <Section title={t("sectionWhere")}>
        {/* Only the chosen way is shown (CSS :has(), so also without JavaScript), and only the chosen way is read by the server. */}
        <div className="toggle-group space-y-4">
          <fieldset>
            <legend className="font-semibold">{t("venueMode")}</legend>
            {(["existing", "new"] as const).map((mode) => (
              <label key={mode} htmlFor={`venueMode-${mode}`} className="flex min-h-11 items-center gap-3">
                <input
                  id={`venueMode-${mode}`}
                  type="radio"
                  name="venueMode"
                  value={mode}
                  defaultChecked={venueMode === mode}
                  className="size-5"
                />
                <span>{label(`venueMode_${mode}`)}</span>
              </label>
            ))}
          </fieldset>
          <div data-shown-with="venueMode-existing">
            <Select name="venueId" label={label("venueId")} value={str("venueId")} error={error("venueId")}>
              <option value="">{t("chooseVenue")}</option>
              {options.venues.map((venue) => (
                <option key={venue.id} value={venue.id}>
                  {venue.neighborhood ? `${venue.name} (${venue.neighborhood})` : venue.name}
                </option>
              ))}
            </Select>
          </div>
          <fieldset data-shown-with="venueMode-new" className="space-y-4 border-l-4 border-slate-200 pl-4">
            <legend className="sr-only">{t("newVenueFields")}</legend>
            <p className="text-slate-700">{t("newVenueHint")}</p>
            <Select name="venueKind" label={label("venueKind")} value={str("venueKind") || "CHURCH"}>
              {VENUE_KINDS.map((venueKind) => (
                <option key={venueKind} value={venueKind}>
                  {label(`kind_${venueKind}`)}
                </option>
              ))}
            </Select>
            {text("venueName")}
            {text("venueStreet")}
            <div className="grid gap-4 sm:grid-cols-2">
              {text("venueCity")}
              <TextInput
                name="venuePostalCode"
                label={label("venuePostalCode")}
                value={str("venuePostalCode")}
                error={error("venuePostalCode")}
                maxLength={10}
                autoComplete="postal-code"
              />
            </div>
            {text("venueNeighborhood")}
          </fieldset>
        </div>
      </Section>

      <Section title={t("sectionText")}>
        <div className="grid gap-4 md:grid-cols-2">
          {bilingualOrder(locale).map((lang) => (
            <div key={lang} className="space-y-4" lang={lang}>
              {text(lang === "en" ? "titleEn" : "titleEs")}
              {textArea(lang === "en" ? "descriptionEn" : "descriptionEs", 6)}
            </div>
          ))}
        </div>
      </Section>

      <Section title={t("sectionLanguage")}>
        <CheckboxGroup
          name="spokenLanguages"
          legend={label("spokenLanguages")}
          options={options.spokenLanguages}
          checked={list("spokenLanguages")}
          error={error("spokenLanguages")}
        />
        <CheckboxGroup
          name="interpretation"
          legend={label("interpretation")}
          options={options.interpretation}
          checked={list("interpretation")}
          error={error("interpretation")}
        />
      </Section>

      <Section title={t("sectionHost")}>
        {text("hostName")}
        <div className="grid gap-4 md:grid-cols-2">
          {pair(locale, "hostTitleEn", "hostTitleEs").map((name) => text(name))}
        </div>
      </Section>

      <Section title={t("sectionAccess")}>
        <div className="grid sm:grid-cols-2">
          {(["wheelchairAccessible", "parkingAvailable", "transitNearby", "childcareProvided"] as const).map((name) => (
            <Checkbox key={name} name={name} label={label(name)} checked={form.checked(name)} />
          ))}
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          {pair(locale, "accessibilityNotesEn", "accessibilityNotesEs").map((name) => textArea(name, 3))}
        </div>
      </Section>
    </div>
  );
}
