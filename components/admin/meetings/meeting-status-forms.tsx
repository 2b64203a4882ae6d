"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import type { FormState } from "@/lib/meetings/actions";
import type { FormValues } from "@/lib/meetings/schema";
import { ErrorSummary } from "./error-summary";
import { Checkbox, TextArea, TextInput } from "./inputs";
import { useValidationMessage } from "./use-validation-message";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Props = { action: Action; version: number; initialValues?: FormValues };

function useStatusForm(action: Action, initialValues: FormValues = {}) {
  const t = useTranslations("MeetingForm");
  const message = useValidationMessage();
  const [state, formAction, pending] = useActionState(action, { values: initialValues, errors: {} });
  const str = (name: string) => (typeof state.values[name] === "string" ? (state.values[name] as string) : "");
  const error = (name: string) => (state.errors[name] ? message(state.errors[name]) : undefined);
  const labelFor = (field: string) => (field === "form" ? null : t(field as Parameters<typeof t>[0]));
  return { t, state, formAction, pending, str, error, labelFor };
}

function Panel({ heading, intro, children }: { heading: string; intro: string; children: ReactNode }) {
  return (
    <section className="rounded-md border border-slate-300 p-4">
      <h2 className="text-xl font-bold">{heading}</h2>
      <p className="mt-1 text-slate-700">{intro}</p>
      {children}
    </section>
  );
}

const buttonClass = "min-h-11 rounded-md px-5 font-semibold text-white disabled:opacity-70";

/** Field ids carry a prefix: three small forms share one page. */
function Notes({ prefix, str, error, t }: { prefix: string; str: (name: string) => string; error: (name: string) => string | undefined; t: ReturnType<typeof useTranslations<"MeetingForm">> }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {(["statusNoteEn", "statusNoteEs"] as const).map((name) => (
        <TextArea key={name} id={`${prefix}-${name}`} name={name} label={t(name)} value={str(name)} error={error(name)} rows={3} />
      ))}
    </div>
  );
}

export function CancelMeetingForm({ action, version }: Props) {
  const { t, state, formAction, pending, str, error, labelFor } = useStatusForm(action);
  return (
    <Panel heading={t("cancelHeading")} intro={t("cancelIntro")}>
      <form action={formAction} noValidate className="mt-4 space-y-4">
        <ErrorSummary errors={state.errors} labelFor={labelFor} idPrefix="cancel" />
        <input type="hidden" name="version" value={version} />
        <Notes prefix="cancel" str={str} error={error} t={t} />
        <button type="submit" disabled={pending} className={`${buttonClass} bg-red-800 hover:bg-red-900`}>{t("cancelSubmit")}</button>
      </form>
    </Panel>
  );
}

export function PostponeMeetingForm({ action, version, initialValues }: Props) {
  const { t, state, formAction, pending, str, error, labelFor } = useStatusForm(action, initialValues);
  return (
    <Panel heading={t("postponeHeading")} intro={t("postponeIntro")}>
      <form action={formAction} noValidate className="mt-4 space-y-4">
        <ErrorSummary errors={state.errors} labelFor={labelFor} idPrefix="postpone" />
        <input type="hidden" name="version" value={version} />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextInput id="postpone-date" name="date" type="date" label={t("newDate")} value={str("date")} error={error("date")} />
          <TextInput id="postpone-startTime" name="startTime" type="time" label={t("startTime")} value={str("startTime")} error={error("startTime")} />
          <TextInput id="postpone-endTime" name="endTime" type="time" label={t("endTime")} value={str("endTime")} error={error("endTime")} />
        </div>
        <Notes prefix="postpone" str={str} error={error} t={t} />
        <button type="submit" disabled={pending} className={`${buttonClass} bg-amber-800 hover:bg-amber-900`}>{t("postponeSubmit")}</button>
      </form>
    </Panel>
  );
}

export function DeleteMeetingForm({ action, version }: Props) {
  const { t, state, formAction, pending, error, labelFor } = useStatusForm(action);
  const confirmError = error("confirm");
  return (
    <Panel heading={t("deleteHeading")} intro={t("deleteIntro")}>
      <form action={formAction} noValidate className="mt-4 space-y-4">
        <ErrorSummary errors={state.errors} labelFor={labelFor} idPrefix="delete" />
        <input type="hidden" name="version" value={version} />
        <Checkbox id="delete-confirm" name="confirm" value="yes" label={t("confirm")} checked={false} />
        {confirmError ? <p id="delete-confirm-error" className="font-semibold text-red-800">{confirmError}</p> : null}
        <button type="submit" disabled={pending} className={`${buttonClass} bg-slate-800 hover:bg-slate-900`}>{t("deleteSubmit")}</button>
      </form>
    </Panel>
  );
}
