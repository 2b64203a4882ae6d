"use client";

import { useTranslations } from "next-intl";
import { Select, TextArea, TextInput } from "@/components/admin/inputs";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";
import { Button } from "@/components/button";
import { acceptRequestSchema, declineRequestSchema, requestNotesSchema } from "@/lib/requests/schema";

const buttonClass = "min-h-11 rounded-md px-5 font-semibold";

/** Notes and new / in progress. */
export function RequestNotesForm({ action, status, notes }: { action: FormAction; status: string; notes: string }) {
  const t = useTranslations("RequestAdmin");
  const form = useFormAction({ action, initialValues: { status, notes }, schema: requestNotesSchema });
  const labelFor = (field: string) => (field === "notes" ? t("notes") : field === "status" ? t("status") : null);
  return (
    <ActionForm form={form} labelFor={labelFor} className="space-y-4">
      <Select name="status" label={t("status")} value={form.text("status")} error={form.error("status")}>
        <option value="NEW">{t("status_NEW")}</option>
        <option value="IN_PROGRESS">{t("status_IN_PROGRESS")}</option>
      </Select>
      <TextArea name="notes" label={t("notes")} value={form.text("notes")} error={form.error("notes")} />
      <button
        type="submit"
        disabled={form.pending}
        className={`${buttonClass} border border-slate-500 text-slate-900 hover:bg-slate-100`}
      >
        {t("saveNotes")}
      </button>
    </ActionForm>
  );
}

type Option = { id: string; label: string };

type Slot = { date: string; startTime: string; endTime: string };

type AcceptProps = {
  action: FormAction;
  series: Option[];
  venues: Option[];
  hostName: string;
  /** The request's date and times, to start from; `passed` when that date is gone and must be changed. */
  requested: Slot & { passed: boolean };
};

/** Accept: a draft meeting in the chosen series, at an existing place or a new one from the request, on the date chosen here. */
export function AcceptRequestForm({ action, series, venues, hostName, requested }: AcceptProps) {
  const t = useTranslations("RequestAdmin");
  const tRequest = useTranslations("RequestForm");
  const { passed, ...slot } = requested;
  const form = useFormAction({
    action,
    initialValues: { seriesId: series[0]?.id ?? "", venueId: "", hostName, ...slot },
    schema: acceptRequestSchema,
  });
  const labelFor = (field: string) =>
    ({
      seriesId: t("series"),
      venueId: t("venue"),
      hostName: t("hostName"),
      date: t("date"),
      startTime: t("startTime"),
      endTime: t("endTime"),
    })[field] ?? null;
  return (
    <ActionForm form={form} labelFor={labelFor} className="space-y-4">
      <TextInput
        name="date"
        type="date"
        label={t("date")}
        hint={passed ? t("datePassed") : tRequest("timesHint")}
        value={form.text("date")}
        error={form.error("date")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput
          name="startTime"
          type="time"
          label={t("startTime")}
          value={form.text("startTime")}
          error={form.error("startTime")}
        />
        <TextInput
          name="endTime"
          type="time"
          label={t("endTime")}
          value={form.text("endTime")}
          error={form.error("endTime")}
        />
      </div>
      <Select name="seriesId" label={t("series")} value={form.text("seriesId")} error={form.error("seriesId")}>
        {series.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </Select>
      <Select name="venueId" label={t("venue")} value={form.text("venueId")} error={form.error("venueId")}>
        <option value="">{t("newVenue")}</option>
        {venues.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </Select>
      <TextInput
        name="hostName"
        label={t("hostName")}
        value={form.text("hostName")}
        error={form.error("hostName")}
        maxLength={200}
      />
      <Button type="submit" disabled={form.pending}>
        {t("accept")}
      </Button>
    </ActionForm>
  );
}

/** Decline, with a reason kept for staff. */
export function DeclineRequestForm({ action }: { action: FormAction }) {
  const t = useTranslations("RequestAdmin");
  const form = useFormAction({ action, initialValues: { notes: "" }, schema: declineRequestSchema });
  const labelFor = (field: string) => (field === "notes" ? t("declineNotes") : null);
  return (
    <ActionForm form={form} labelFor={labelFor} idPrefix="decline" className="space-y-4">
      <TextArea
        name="notes"
        id="decline-notes"
        label={t("declineNotes")}
        value={form.text("notes")}
        error={form.error("notes")}
        rows={3}
      />
      <button
        type="submit"
        disabled={form.pending}
        className={`${buttonClass} border border-red-800 text-red-900 hover:bg-red-50`}
      >
        {t("decline")}
      </button>
    </ActionForm>
  );
}
