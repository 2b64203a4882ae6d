"use client";

import { useLocale, useTranslations } from "next-intl";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";
import { useValidationMessage } from "@/components/admin/use-validation-message";
import { Button } from "@/components/button";
import type { FormValues } from "@/lib/forms/form-state";
import { MEETING_SHAPE, meetingDraftSchema, meetingFormSchema, recurringFormSchema } from "@/lib/meetings/schema";
import { formatDateKey } from "@/lib/time/format";
import { ConflictPanel } from "./conflict-panel";
import { MeetingFields, type FieldsKind, type MeetingFormOptions } from "./meeting-fields";

type Props = {
  kind: FieldsKind;
  action: FormAction;
  initialValues: FormValues;
  version?: number;
  options: MeetingFormOptions;
  /** An existing meeting that is still a draft (checked like "Save as draft"). */
  isDraft?: boolean;
  /** A published meeting: a second button keeps the edit as a draft change instead of saving it live. */
  offersDraftChange?: boolean;
  /**
   * A published meeting this staff member may not change alone
   * (lib/publishing/review-rule.ts): no plain save, only "Ask for review"
   * and "Save as draft change".
   */
  asksForReview?: boolean;
};

const DRAFT_LABEL = { create: "submitDraft", recurring: "submitRecurringDraft" } as const;
const PUBLISH_LABEL = { create: "submitPublish", recurring: "submitRecurring" } as const;
const buttonClass = "min-h-11 rounded-md px-6 font-semibold disabled:opacity-70";

/** A draft may lack a text in one language; "Publish…" and edits of anything further along are checked in full. */
function schemaFor(kind: FieldsKind, isDraft: boolean) {
  if (kind === "recurring") return recurringFormSchema;
  if (kind === "edit" && isDraft) return meetingDraftSchema;
  // Asking for review checks everything, like publishing; a draft change may still lack a text.
  if (kind === "edit")
    return (formData: FormData) => (formData.get("intent") === "draftChange" ? meetingDraftSchema : meetingFormSchema);
  return (formData: FormData) => (formData.get("intent") === "draft" ? meetingDraftSchema : meetingFormSchema);
}

/**
 * The meeting form, on the one form path (runFormAction): checked in the browser with
 * the shared schema before posting, and again on the server; without
 * JavaScript it is a plain form post and the server's answer shows the same
 * errors.
 */
export function MeetingForm({
  kind,
  action,
  initialValues,
  version,
  options,
  isDraft = false,
  offersDraftChange = false,
  asksForReview = false,
}: Props) {
  const t = useTranslations("MeetingForm");
  const locale = useLocale();
  const message = useValidationMessage();
  const form = useFormAction({ action, initialValues, schema: schemaFor(kind, isDraft), shape: MEETING_SHAPE });
  const current = form.state.current;
  const labelFor = (field: string) => (field === "form" ? null : t(field as Parameters<typeof t>[0]));

  return (
    <ActionForm form={form} labelFor={labelFor} className="mt-6 space-y-6">
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
      {version !== undefined ? (
        <input type="hidden" name="version" value={typeof current?.version === "string" ? current.version : version} />
      ) : null}
      <MeetingFields kind={kind} form={form} options={options} />
      {kind !== "edit" ? (
        <div className="flex flex-wrap gap-4">
          {/* First in the form, so Enter in a field (the browser's default button) never publishes. */}
          <button
            type="submit"
            name="intent"
            value="draft"
            disabled={form.pending}
            className={`${buttonClass} border-2 border-brand-800 bg-white text-brand-900 hover:bg-slate-100`}
          >
            {form.pending ? t("saving") : t(DRAFT_LABEL[kind])}
          </button>
          <Button type="submit" name="intent" value="publish" disabled={form.pending} width="wide">
            {t(PUBLISH_LABEL[kind])}
          </Button>
        </div>
      ) : (
        <div className="flex flex-wrap gap-4">
          {/* First in the form, so Enter in a field sends what this person may send. */}
          <Button
            type="submit"
            name="intent"
            value={asksForReview ? "askForReview" : "save"}
            disabled={form.pending}
            width="wide"
          >
            {form.pending ? t("saving") : t(asksForReview ? "submitAskForReview" : "submitSave")}
          </Button>
          {offersDraftChange ? (
            <button
              type="submit"
              name="intent"
              value="draftChange"
              disabled={form.pending}
              className={`${buttonClass} border-2 border-brand-800 bg-white text-brand-900 hover:bg-slate-100`}
            >
              {t("submitDraftChange")}
            </button>
          ) : null}
        </div>
      )}
    </ActionForm>
  );
}
