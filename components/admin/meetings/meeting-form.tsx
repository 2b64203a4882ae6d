"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import type { FormState } from "@/lib/meetings/actions";
import type { FormValues } from "@/lib/meetings/schema";
import { formDataToValues, meetingFormSchema, recurringFormSchema, toFieldErrors, type FieldErrors } from "@/lib/meetings/schema";
import { formatDateKey } from "@/lib/time/format";
import { ErrorSummary } from "./error-summary";
import { MeetingFields, type FieldsKind, type MeetingFormOptions } from "./meeting-fields";
import { useValidationMessage } from "./use-validation-message";
import { useLocale } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";

type Props = {
  kind: FieldsKind;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  initialValues: FormValues;
  version?: number;
  options: MeetingFormOptions;
};

const SUBMIT_LABEL = { create: "submitCreate", edit: "submitSave", recurring: "submitRecurring" } as const;

/**
 * The meeting form. Checked in the browser with the shared schema before
 * posting (instant errors), and again on the server; without JavaScript it
 * is a plain form post and the server's answer shows the same errors.
 */
export function MeetingForm({ kind, action, initialValues, version, options }: Props) {
  const t = useTranslations("MeetingForm");
  const locale = useLocale() as Locale;
  const message = useValidationMessage();
  const [state, formAction, pending] = useActionState(action, { values: initialValues, errors: {} });
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const errors = clientErrors ?? state.errors;

  function checkBeforePosting(event: FormEvent<HTMLFormElement>) {
    const schema = kind === "recurring" ? recurringFormSchema : meetingFormSchema;
    const result = schema.safeParse(formDataToValues(new FormData(event.currentTarget)));
    if (result.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(toFieldErrors(result.error));
  }

  const labelFor = (field: string) => (field === "form" ? null : t(field as Parameters<typeof t>[0]));

  return (
    <form action={formAction} onSubmit={checkBeforePosting} noValidate className="mt-6 space-y-6">
      <ErrorSummary errors={errors} labelFor={labelFor} />
      {state.conflicts?.length ? (
        <div className="rounded-md border border-red-700 bg-white p-4">
          <p className="font-bold">{t("conflictsHeading")}</p>
          <ul className="mt-2 list-disc pl-5">
            {state.conflicts.map((conflict) => (
              <li key={conflict.date}>
                {formatDateKey(conflict.date, locale)}: {message(conflict.error)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <MeetingFields kind={kind} values={state.values} errors={errors} options={options} />
      <button type="submit" disabled={pending} className="min-h-11 rounded-md bg-brand-800 px-6 font-semibold text-white hover:bg-brand-900 disabled:opacity-70">
        {pending ? t("saving") : t(SUBMIT_LABEL[kind])}
      </button>
    </form>
  );
}
