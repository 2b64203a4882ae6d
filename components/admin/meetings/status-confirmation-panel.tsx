import { getTranslations } from "next-intl/server";
import type { StaffUser } from "@/lib/auth/roles";
import type { Locale } from "@/lib/i18n/locales";
import type { EditableMeeting } from "@/lib/meetings/admin-data";
import { confirmStatusChangeAction } from "@/lib/publishing/actions";
import { statusChangeToConfirm } from "@/lib/publishing/data";
import { ConfirmStatusForm } from "./publication-forms";

type Props = { meeting: EditableMeeting; locale: Locale; user: StaffUser };

/**
 * "Done, please confirm": an editor's cancellation or new date in a series
 * that requires review, already live (lib/publishing/review-rule.ts). Who
 * did it, and the confirm step for whoever may review the series; the
 * author is told someone else confirms it.
 */
export async function StatusConfirmationPanel({ meeting, locale, user }: Props) {
  const pending = await statusChangeToConfirm(meeting);
  if (!pending) return null;
  const t = await getTranslations("Publishing");
  const mayConfirm = pending.byId !== user.id && (user.role === "ADMIN" || pending.editorsMayReview);
  return (
    <section
      id="confirm-status"
      aria-labelledby="confirm-status-heading"
      className="mt-6 rounded-md border-2 border-amber-700 bg-amber-50 p-4"
      data-testid="status-to-confirm"
    >
      <h2 id="confirm-status-heading" className="text-2xl font-bold">
        {t("confirmHeading")}
      </h2>
      <p className="mt-1">{t("confirmWhat", { name: pending.byName, status: meeting.status })}</p>
      {pending.byId === user.id ? <p className="mt-2 text-slate-800">{t("ownStatusChangeNote")}</p> : null}
      {mayConfirm ? (
        <>
          <p className="mt-2 text-slate-800">{t("confirmHint", { name: pending.byName })}</p>
          <ConfirmStatusForm
            key={`confirm-${meeting.version}`}
            action={confirmStatusChangeAction.bind(null, locale, meeting.id)}
            version={meeting.version}
          />
        </>
      ) : null}
    </section>
  );
}
