"use client";

import { useTranslations } from "next-intl";
import { TextArea } from "@/components/admin/inputs";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";
import { Button } from "@/components/button";
import { revisionReviewSchema, revisionStepSchema } from "@/lib/meeting-revisions/schema";

const buttonClass = "min-h-11 rounded-md px-5 font-semibold disabled:opacity-70";

/** Labels for the summary: the comment is these forms' own; any other field named is the edit form's (its draft change's text), linked there. */
function useLabels() {
  const t = useTranslations("DraftChange");
  const tPublishing = useTranslations("Publishing");
  const tMeeting = useTranslations("MeetingForm");
  const labelFor = (field: string) => {
    if (field === "form") return null;
    return field === "comment" ? tPublishing("comment") : tMeeting(field as Parameters<typeof tMeeting>[0]);
  };
  return { t, tPublishing, labelFor };
}

/** Publish the draft change now or, in a series that requires review, ask for it. */
export function PublishDraftChangeForm({
  action,
  version,
  asksForReview,
}: {
  action: FormAction;
  version: number;
  asksForReview: boolean;
}) {
  const { t, labelFor } = useLabels();
  const form = useFormAction({ action, schema: revisionStepSchema });
  return (
    <ActionForm form={form} labelFor={labelFor} idPrefix="change-publish" ownFields={[]} className="mt-4">
      <input type="hidden" name="version" value={version} />
      <Button type="submit" disabled={form.pending}>
        {asksForReview ? t("askForReview") : t("publishSubmit")}
      </Button>
    </ActionForm>
  );
}

/** Approve the draft change (public at once) or send it back with a comment. */
export function ReviewDraftChangeForm({ action, version }: { action: FormAction; version: number }) {
  const { tPublishing, labelFor } = useLabels();
  const form = useFormAction({ action, schema: revisionReviewSchema });
  return (
    <ActionForm
      form={form}
      labelFor={labelFor}
      idPrefix="change-review"
      ownFields={["comment"]}
      className="mt-4 space-y-4"
    >
      <input type="hidden" name="version" value={version} />
      <TextArea
        id="change-review-comment"
        name="comment"
        label={tPublishing("comment")}
        hint={tPublishing("commentHint")}
        value={form.text("comment")}
        error={form.error("comment")}
        rows={3}
      />
      <div className="flex flex-wrap gap-4">
        <Button type="submit" name="decision" value="approve" disabled={form.pending}>
          {tPublishing("approve")}
        </Button>
        <button
          type="submit"
          name="decision"
          value="sendBack"
          disabled={form.pending}
          className={`${buttonClass} bg-slate-700 text-white hover:bg-slate-800`}
        >
          {tPublishing("sendBack")}
        </button>
      </div>
    </ActionForm>
  );
}

/** Throw the draft change away. */
export function DiscardDraftChangeForm({ action, version }: { action: FormAction; version: number }) {
  const { t, labelFor } = useLabels();
  const form = useFormAction({ action, schema: revisionStepSchema });
  return (
    <ActionForm form={form} labelFor={labelFor} idPrefix="change-discard" ownFields={[]} className="mt-4">
      <input type="hidden" name="version" value={version} />
      <p className="text-slate-700">{t("discardNote")}</p>
      <button
        type="submit"
        disabled={form.pending}
        className={`${buttonClass} mt-2 border-2 border-red-800 bg-white text-red-900 hover:bg-red-50`}
      >
        {t("discardSubmit")}
      </button>
    </ActionForm>
  );
}
