"use client";

import { useTranslations } from "next-intl";
import { FormNotice } from "@/components/admin/form-alert";
import { CheckboxGroup, Select, TextArea, TextInput } from "@/components/admin/inputs";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";
import { Button } from "@/components/button";
import { ANSWER_ATTRIBUTES, useAnswerFocus } from "@/components/forms/use-answer-focus";
import { INTERPRETATION_LANGUAGES, SPOKEN_LANGUAGES } from "@/lib/meetings/schema";
import { REQUEST_LIMITS, REQUEST_SHAPE, sessionRequestSchemaFor } from "@/lib/requests/schema";
import { VENUE_KINDS } from "@/lib/venues/schema";
import { HoneypotField } from "@/components/honeypot-field";

const FIELDS = [
  "organization",
  "venueKind",
  "street",
  "city",
  "postalCode",
  "preferredDate",
  "startTime",
  "endTime",
  "otherTimes",
  "spokenLanguages",
  "interpretation",
  "attendance",
  "contactName",
  "contactPhone",
  "contactEmail",
] as const;

/**
 * The public request form: a plain form post, with or without JavaScript;
 * whatever was typed comes back on any error. `dates` is the server's range
 * of preferred dates on the day the page was made (lib/requests/schema.ts).
 */
export function SessionRequestForm({
  action,
  permalink,
  dates,
}: {
  action: FormAction;
  permalink: string;
  dates: { first: string; last: string };
}) {
  const t = useTranslations("RequestForm");
  const tLanguage = useTranslations("Languages");
  const form = useFormAction({
    action,
    initialValues: { venueKind: "CHURCH", spokenLanguages: ["es"], interpretation: [] },
    schema: sessionRequestSchemaFor(dates),
    shape: REQUEST_SHAPE,
    permalink,
  });
  // Only the thanks: problems come in the error summary, which takes the focus itself.
  const thanks = useAnswerFocus<HTMLParagraphElement>(form.state);
  const labelFor = (field: string) =>
    (FIELDS as readonly string[]).includes(field) ? t(field as (typeof FIELDS)[number]) : null;

  if (form.state.status === "done") {
    return (
      <div className="mt-6">
        <FormNotice ref={thanks} {...ANSWER_ATTRIBUTES} className="outline-none">
          {t("thanks")}
        </FormNotice>
      </div>
    );
  }
  return (
    <ActionForm form={form} labelFor={labelFor} className="mt-6 space-y-4">
      <TextInput
        name="organization"
        label={t("organization")}
        value={form.text("organization")}
        error={form.error("organization")}
        maxLength={REQUEST_LIMITS.organization}
        autoComplete="organization"
      />
      <Select
        name="venueKind"
        label={t("venueKind")}
        value={form.text("venueKind") || "CHURCH"}
        error={form.error("venueKind")}
      >
        {VENUE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kind_${kind}`)}
          </option>
        ))}
      </Select>
      <TextInput
        name="street"
        label={t("street")}
        value={form.text("street")}
        error={form.error("street")}
        maxLength={REQUEST_LIMITS.street}
        autoComplete="address-line1"
      />
      <TextInput
        name="city"
        label={t("city")}
        value={form.text("city") || "Dallas"}
        error={form.error("city")}
        maxLength={REQUEST_LIMITS.city}
        autoComplete="address-level2"
      />
      <TextInput
        name="postalCode"
        label={t("postalCode")}
        value={form.text("postalCode")}
        error={form.error("postalCode")}
        maxLength={10}
        inputMode="numeric"
        autoComplete="postal-code"
      />
      <TextInput
        name="preferredDate"
        type="date"
        label={t("preferredDate")}
        hint={t("timesHint")}
        value={form.text("preferredDate")}
        error={form.error("preferredDate")}
        min={dates.first}
        max={dates.last}
      />
      <TextInput
        name="startTime"
        type="time"
        label={t("startTime")}
        value={form.text("startTime") || "18:00"}
        error={form.error("startTime")}
      />
      <TextInput
        name="endTime"
        type="time"
        label={t("endTime")}
        value={form.text("endTime") || "19:30"}
        error={form.error("endTime")}
      />
      <TextArea
        name="otherTimes"
        label={t("otherTimes")}
        value={form.text("otherTimes")}
        error={form.error("otherTimes")}
        rows={3}
      />
      <CheckboxGroup
        name="spokenLanguages"
        legend={t("spokenLanguages")}
        options={SPOKEN_LANGUAGES.map((code) => ({ value: code, label: tLanguage(code) }))}
        checked={form.list("spokenLanguages")}
        error={form.error("spokenLanguages")}
      />
      <CheckboxGroup
        name="interpretation"
        legend={t("interpretation")}
        options={INTERPRETATION_LANGUAGES.map((code) => ({ value: code, label: tLanguage(code) }))}
        checked={form.list("interpretation")}
        error={form.error("interpretation")}
      />
      <TextInput
        name="attendance"
        type="number"
        min="1"
        max={String(REQUEST_LIMITS.attendance)}
        inputMode="numeric"
        label={t("attendance")}
        value={form.text("attendance")}
        error={form.error("attendance")}
      />
      <TextInput
        name="contactName"
        label={t("contactName")}
        value={form.text("contactName")}
        error={form.error("contactName")}
        maxLength={REQUEST_LIMITS.contactName}
        autoComplete="name"
      />
      <TextInput
        name="contactPhone"
        type="tel"
        label={t("contactPhone")}
        value={form.text("contactPhone")}
        error={form.error("contactPhone")}
        maxLength={REQUEST_LIMITS.contactPhone}
        autoComplete="tel"
      />
      <TextInput
        name="contactEmail"
        type="email"
        label={t("contactEmail")}
        hint={t("contactHint")}
        value={form.text("contactEmail")}
        error={form.error("contactEmail")}
        maxLength={REQUEST_LIMITS.contactEmail}
        autoComplete="email"
      />
      <HoneypotField label={t("honeypot")} />
      <Button type="submit" disabled={form.pending} tone="blue">
        {t("submit")}
      </Button>
    </ActionForm>
  );
}
