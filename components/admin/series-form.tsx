"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { SeriesFormState } from "@/lib/series/actions";
import { SERIES_LIMITS, type SeriesField } from "@/lib/series/schema";
import { Link } from "@/lib/i18n/navigation";
import { FormAlert } from "./form-alert";
import { TextInput } from "./text-input";

type Props = {
  action: (previous: SeriesFormState, formData: FormData) => Promise<SeriesFormState>;
  initialValues: Partial<Record<SeriesField, string>>;
  mode: "create" | "edit";
};

const LIMIT_OF: Partial<Record<SeriesField, number>> = {
  organizer: SERIES_LIMITS.organizer,
  titleEn: SERIES_LIMITS.title,
  titleEs: SERIES_LIMITS.title,
  descriptionEn: SERIES_LIMITS.description,
  descriptionEs: SERIES_LIMITS.description,
};

export function SeriesForm({ action, initialValues, mode }: Props) {
  const t = useTranslations("SeriesAdmin");
  const [state, formAction, pending] = useActionState(action, { status: "idle", values: initialValues, errors: {} });
  const error = (field: SeriesField) => {
    const code = state.errors[field];
    return code ? t(`errors.${code}` as Parameters<typeof t>[0], { max: LIMIT_OF[field] ?? 0 }) : undefined;
  };
  const text = (field: SeriesField, extra: Partial<Parameters<typeof TextInput>[0]> = {}) => (
    <TextInput name={field} label={t(field)} defaultValue={state.values[field] ?? ""} error={error(field)} maxLength={LIMIT_OF[field]} required {...extra} />
  );
  const problem = state.problem
    ? t(`problems.${state.problem}` as Parameters<typeof t>[0], { count: state.count ?? 0 })
    : state.status === "invalid"
      ? t("errorSummary")
      : null;

  return (
    <form action={formAction} noValidate className="mt-6 max-w-2xl space-y-4">
      {problem ? <FormAlert>{problem}</FormAlert> : null}
      {text("titleEn")}
      {text("titleEs")}
      {text("organizer")}
      <p id="time-zone-note" className="text-slate-700">{t("timeZoneNote")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("startsOn", { type: "date" })}
        {text("endsOn", { type: "date" })}
      </div>
      {text("descriptionEn", { multiline: true })}
      {text("descriptionEs", { multiline: true })}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className="min-h-11 rounded-md bg-brand-800 px-5 font-semibold text-white hover:bg-brand-900 disabled:opacity-70">
          {pending ? t("pending") : mode === "create" ? t("submitCreate") : t("submitSave")}
        </button>
        <Link href="/admin/series" className="inline-flex min-h-11 items-center">{t("cancel")}</Link>
      </div>
    </form>
  );
}
