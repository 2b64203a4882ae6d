"use client";

import { useTranslations } from "next-intl";
import { TextArea, TextInput } from "@/components/admin/inputs";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";
import { Button } from "@/components/button";
import { confirmStatusFormSchema, publishFormSchema, reviewFormSchema } from "@/lib/publishing/schema";

const buttonClass = "min-h-11 rounded-md px-5 font-semibold text-white disabled:opacity-70";
// A step refused for the meeting's own fields (a text missing in one language) links to the edit form's, where they are fixed.
const WHEN_FIELDS = ["publishDate", "publishTime"] as const;
const REVIEW_FIELDS = ["comment", ...WHEN_FIELDS] as const;

function usePublishLabels() {
  const t = useTranslations("Publishing");
  const tMeeting = useTranslations("MeetingForm");
  const labelFor = (field: string) => {
    if (field === "form") return null;
    if (field === "publishDate" || field === "publishTime" || field === "comment") return t(field);
    return tMeeting(field as Parameters<typeof tMeeting>[0]);
  };
  return { t, labelFor };
}

/** Optional Central date and time: empty publishes at once. */
function When({
  prefix,
  form,
  date,
  time,
}: {
  prefix: string;
  form: ReturnType<typeof useFormAction>;
  date?: string;
  time?: string;
}) {
  const { t } = usePublishLabels();
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">{t("whenLegend")}</legend>
      <p className="text-slate-700" id={`${prefix}-when-hint`}>
        {t("whenHint")}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput
          id={`${prefix}-publishDate`}
          name="publishDate"
          type="date"
          label={t("publishDate")}
          value={form.text("publishDate") || date}
          error={form.error("publishDate")}
        />
        <TextInput
          id={`${prefix}-publishTime`}
          name="publishTime"
          type="time"
          label={t("publishTime")}
          value={form.text("publishTime") || time}
          error={form.error("publishTime")}
        />
      </div>
    </fieldset>
  );
}

/** Publish now or at a chosen time; in a series that requires review, an editor's publish is a request for review. */
export function PublishForm({
  action,
  version,
  asksForReview,
}: {
  action: FormAction;
  version: number;
  asksForReview: boolean;
}) {
  const { t, labelFor } = usePublishLabels();
  const form = useFormAction({ action, schema: publishFormSchema });
  return (
    <ActionForm form={form} labelFor={labelFor} idPrefix="publish" ownFields={WHEN_FIELDS} className="mt-4 space-y-4">
      <input type="hidden" name="version" value={version} />
      <When prefix="publish" form={form} />
      <Button type="submit" disabled={form.pending}>
        {asksForReview ? t("askForReview") : t("publishSubmit")}
      </Button>
    </ActionForm>
  );
}

/** Approve (now, at the time asked for, or at another) or send back with a comment. */
export function ReviewForm({
  action,
  version,
  requested,
}: {
  action: FormAction;
  version: number;
  requested: { date: string; time: string } | null;
}) {
  const { t, labelFor } = usePublishLabels();
  const form = useFormAction({ action, schema: reviewFormSchema });
  return (
    <ActionForm form={form} labelFor={labelFor} idPrefix="review" ownFields={REVIEW_FIELDS} className="mt-4 space-y-4">
      <input type="hidden" name="version" value={version} />
      <TextArea
        id="review-comment"
        name="comment"
        label={t("comment")}
        hint={t("commentHint")}
        value={form.text("comment")}
        error={form.error("comment")}
        rows={3}
      />
      <When prefix="review" form={form} date={requested?.date} time={requested?.time} />
      <div className="flex flex-wrap gap-4">
        <Button type="submit" name="decision" value="approve" disabled={form.pending}>
          {t("approve")}
        </Button>
        <button
          type="submit"
          name="decision"
          value="sendBack"
          disabled={form.pending}
          className={`${buttonClass} bg-slate-700 hover:bg-slate-800`}
        >
          {t("sendBack")}
        </button>
      </div>
    </ActionForm>
  );
}

/** Confirm an editor's cancellation or new date, already live (lib/publishing/review-rule.ts). */
export function ConfirmStatusForm({ action, version }: { action: FormAction; version: number }) {
  const { t, labelFor } = usePublishLabels();
  const form = useFormAction({ action, schema: confirmStatusFormSchema });
  return (
    <ActionForm form={form} labelFor={labelFor} idPrefix="confirm-status" ownFields={[]} className="mt-4">
      <input type="hidden" name="version" value={version} />
      <Button type="submit" disabled={form.pending}>
        {t("confirmSubmit")}
      </Button>
    </ActionForm>
  );
}
