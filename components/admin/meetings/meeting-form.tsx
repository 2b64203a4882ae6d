"use client";

import { useLocale, useTranslations } from "next-intl";
import { StaffForm, useStaffForm, type StaffFormAction } from "@/components/admin/staff-form";
import { useValidationMessage } from "@/components/admin/use-validation-message";
import type { FormValues } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { MEETING_SHAPE, meetingFormSchema, recurringFormSchema } from "@/lib/meetings/schema";
import { formatDateKey } from "@/lib/time/format";
import { ConflictPanel } from "./conflict-panel";
import { MeetingFields, type FieldsKind, type MeetingFormOptions } from "./meeting-fields";

type Props = {
  kind: FieldsKind;
  action: StaffFormAction;
  initialValues: FormValues;
  version?: number;
  options: MeetingFormOptions;
};

const SUBMIT_LABEL = { create: "submitCreate", edit: "submitSave", recurring: "submitRecurring" } as const;

/**
 * The meeting form, on the one staff-form path: checked in the browser with
 * the shared schema before posting, and again on the server; without
 * JavaScript it is a plain form post and the server's answer shows the same
 * errors.
 */
export function MeetingForm({ kind, action, initialValues, version, options }: Props) {
  const t = useTranslations("MeetingForm");
  const locale = useLocale() as Locale;
  const message = useValidationMessage();
  const form = useStaffForm({ action, initialValues, schema: kind === "recurring" ? recurringFormSchema : meetingFormSchema, shape: MEETING_SHAPE });
  const current = form.state.current;
  const labelFor = (field: string) => (field === "form" ? null : t(field as Parameters<typeof t>[0]));

  return (
    <StaffForm form={form} labelFor={labelFor} className="mt-6 space-y-6">
      {form.state.conflicts?.length ? (
        <div className="rounded-md border border-red-700 bg-white p-4">
          <p className="font-bold">{t("conflictsHeading")}</p>
          <ul className="mt-2 list-disc pl-5">
            {form.state.conflicts.map((conflict) => (
              <li key={conflict.date}>
                {formatDateKey(conflict.date, locale)}: {message(conflict.error)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {current ? <ConflictPanel current={current} typed={form.state.values} labelFor={labelFor} /> : null}
      {/* After a conflict, saving again knowingly replaces the version now saved. */}
      {version !== undefined ? <input type="hidden" name="version" value={typeof current?.version === "string" ? current.version : version} /> : null}
      <MeetingFields kind={kind} form={form} options={options} />
      <button type="submit" disabled={form.pending} className="min-h-11 rounded-md bg-brand-800 px-6 font-semibold text-white hover:bg-brand-900 disabled:opacity-70">
        {form.pending ? t("saving") : t(SUBMIT_LABEL[kind])}
      </button>
    </StaffForm>
  );
}
