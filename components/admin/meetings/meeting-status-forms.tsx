"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Checkbox, TextArea, TextInput } from "@/components/admin/inputs";
import { ActionForm, useFormAction, type FormAction, type FormActionApi } from "@/components/form-action";
import { StatusBadge } from "@/components/status-badge";
import { bilingualOrder } from "@/lib/i18n/bilingual-order";
import type { Locale } from "@/lib/i18n/locales";
import { cancelFormSchema, postponeFormSchema } from "@/lib/meetings/schema";
import { zonedDateTimeToInstant } from "@/lib/time/central-time";
import { formatMeetingWhen } from "@/lib/time/format";

/** What residents see of the session now: the preview starts from it. */
export type SessionSummary = { titles: Record<Locale, string>; startsAt: string; endsAt: string };

type Props = { action: FormAction; version: number; session: SessionSummary; initialValues?: Record<string, string> };

const buttonClass = "min-h-11 rounded-md px-5 font-semibold text-white disabled:opacity-70";

function useMeetingForm() {
  const t = useTranslations("MeetingForm");
  const labelFor = (field: string) => (field === "form" ? null : t(field as Parameters<typeof t>[0]));
  return { t, labelFor };
}

/** Field ids carry a prefix: several small forms share one page. */
function Notes({ prefix, form }: { prefix: string; form: FormActionApi }) {
  const { t } = useMeetingForm();
  const locale = useLocale();
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {bilingualOrder(locale).map((lang) => {
        const name = lang === "en" ? "statusNoteEn" : "statusNoteEs";
        return (
          <TextArea
            key={name}
            id={`${prefix}-${name}`}
            name={name}
            label={t(name)}
            value={form.text(name)}
            error={form.error(name)}
            rows={3}
          />
        );
      })}
    </div>
  );
}

/**
 * The change as residents will see it, before it is saved: the session with
 * its new badge, time and notes. The form's own fields stay as typed, and a
 * second button (step=confirm) saves; without JavaScript the same two posts.
 */
function Preview({
  form,
  session,
  status,
  confirmLabel,
  buttonColor,
}: {
  form: FormActionApi;
  session: SessionSummary;
  status: "CANCELLED" | "POSTPONED";
  confirmLabel: string;
  buttonColor: string;
}) {
  const { t } = useMeetingForm();
  const locale = useLocale();
  if (form.state.done !== "confirm" || form.pending) return null;
  const start = zonedDateTimeToInstant(form.text("date"), form.text("startTime"));
  const end = zonedDateTimeToInstant(form.text("date"), form.text("endTime"));
  const was = formatMeetingWhen(new Date(session.startsAt), new Date(session.endsAt), locale);
  const when =
    status === "POSTPONED" && start.ok && end.ok ? formatMeetingWhen(start.instant, end.instant, locale) : was;
  return (
    <section
      aria-labelledby={`preview-${status}`}
      className="mt-4 rounded-md border-2 border-slate-700 p-4"
      data-testid={`preview-${status}`}
    >
      <h3 id={`preview-${status}`} className="text-lg font-bold">
        {t("previewHeading")}
      </h3>
      <p className="text-slate-700">{t("previewIntro")}</p>
      <article className="mt-3 rounded-md border border-slate-300 bg-white p-3">
        <p className="text-lg font-semibold">
          {session.titles[locale]} <StatusBadge status={status} />
        </p>
        <p>{when}</p>
        {status === "POSTPONED" ? <p className="text-slate-700">{t("previewWas", { when: was })}</p> : null}
        {bilingualOrder(locale).map((lang) => (
          <p key={lang} lang={lang} className="mt-2">
            {form.text(lang === "en" ? "statusNoteEn" : "statusNoteEs")}
          </p>
        ))}
      </article>
      <button type="submit" name="step" value="confirm" className={`${buttonClass} mt-4 ${buttonColor}`}>
        {confirmLabel}
      </button>
    </section>
  );
}

function Panel({ heading, intro, children }: { heading: string; intro: string; children: ReactNode }) {
  return (
    <section className="rounded-md border border-slate-300 p-4">
      <h3 className="text-lg font-bold">{heading}</h3>
      <p className="mt-1 text-slate-700">{intro}</p>
      {children}
    </section>
  );
}

export function CancelMeetingForm({ action, version, session, initialValues }: Props) {
  const { t, labelFor } = useMeetingForm();
  const form = useFormAction({ action, initialValues, schema: cancelFormSchema });
  return (
    <Panel heading={t("cancelHeading")} intro={t("cancelIntro")}>
      <ActionForm form={form} labelFor={labelFor} idPrefix="cancel" className="mt-4 space-y-4">
        <input type="hidden" name="version" value={version} />
        <Notes prefix="cancel" form={form} />
        <button
          type="submit"
          name="step"
          value="review"
          disabled={form.pending}
          className={`${buttonClass} bg-slate-700 hover:bg-slate-800`}
        >
          {t("reviewCancel")}
        </button>
        <Preview
          form={form}
          session={session}
          status="CANCELLED"
          confirmLabel={t("confirmCancel")}
          buttonColor="bg-red-800 hover:bg-red-900"
        />
      </ActionForm>
    </Panel>
  );
}

export function PostponeMeetingForm({ action, version, session, initialValues }: Props) {
  const { t, labelFor } = useMeetingForm();
  const form = useFormAction({ action, initialValues, schema: postponeFormSchema });
  return (
    <Panel heading={t("postponeHeading")} intro={t("postponeIntro")}>
      <ActionForm form={form} labelFor={labelFor} idPrefix="postpone" className="mt-4 space-y-4">
        <input type="hidden" name="version" value={version} />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextInput
            id="postpone-date"
            name="date"
            type="date"
            label={t("newDate")}
            value={form.text("date")}
            error={form.error("date")}
          />
          <TextInput
            id="postpone-startTime"
            name="startTime"
            type="time"
            label={t("startTime")}
            value={form.text("startTime")}
            error={form.error("startTime")}
          />
          <TextInput
            id="postpone-endTime"
            name="endTime"
            type="time"
            label={t("endTime")}
            value={form.text("endTime")}
            error={form.error("endTime")}
          />
        </div>
        <Notes prefix="postpone" form={form} />
        <button
          type="submit"
          name="step"
          value="review"
          disabled={form.pending}
          className={`${buttonClass} bg-slate-700 hover:bg-slate-800`}
        >
          {t("reviewPostpone")}
        </button>
        <Preview
          form={form}
          session={session}
          status="POSTPONED"
          confirmLabel={t("confirmPostpone")}
          buttonColor="bg-amber-800 hover:bg-amber-900"
        />
      </ActionForm>
    </Panel>
  );
}

/** The delete form's words: a meeting residents have seen, or a draft they never did (which is deleted, not cancelled). */
const DELETE_TEXT = {
  public: { heading: "deleteHeading", intro: "deleteIntro", confirm: "confirm", submit: "deleteSubmit" },
  neverPublic: {
    heading: "deleteDraftHeading",
    intro: "deleteDraftIntro",
    confirm: "confirmDraft",
    submit: "deleteDraftSubmit",
  },
} as const;

export function DeleteMeetingForm({
  action,
  version,
  neverPublic = false,
}: Pick<Props, "action" | "version"> & { neverPublic?: boolean }) {
  const { t } = useMeetingForm();
  const text = DELETE_TEXT[neverPublic ? "neverPublic" : "public"];
  const labelFor = (field: string) => (field === "confirm" ? t(text.confirm) : null);
  const form = useFormAction({ action, schema: null });
  const confirmError = form.error("confirm");
  return (
    <Panel heading={t(text.heading)} intro={t(text.intro)}>
      <ActionForm form={form} labelFor={labelFor} idPrefix="delete" className="mt-4 space-y-4">
        <input type="hidden" name="version" value={version} />
        <Checkbox id="delete-confirm" name="confirm" value="yes" label={t(text.confirm)} checked={false} />
        {confirmError ? (
          <p id="delete-confirm-error" className="font-semibold text-red-800">
            {confirmError}
          </p>
        ) : null}
        <button type="submit" disabled={form.pending} className={`${buttonClass} bg-slate-800 hover:bg-slate-900`}>
          {t(text.submit)}
        </button>
      </ActionForm>
    </Panel>
  );
}
