import { getTranslations } from "next-intl/server";
import { can, type StaffUser } from "@/lib/auth/roles";
import type { Locale } from "@/lib/i18n/locales";
import { reviewStatementChangeAction } from "@/lib/statements/actions";
import type { PendingStatementChange } from "@/lib/statements/data";
import { StatementReviewForm } from "./statement-review-forms";

type Props = { changes: PendingStatementChange[]; user: StaffUser; locale: Locale };

/**
 * Proposed statement changes, each beside the text residents read now in
 * both languages: another admin approves or sends back; the proposer is
 * told someone else must, and sees a send-back's comment.
 */
export async function StatementChanges({ changes, user, locale }: Props) {
  const t = await getTranslations("StatementAdmin");
  const reviewer = can(user.role, "manageStatements");
  return (
    <section aria-labelledby="changes-heading" className="mt-8">
      <h2 id="changes-heading" className="text-2xl font-bold">
        {t("changesHeading")}
      </h2>
      {changes.length === 0 ? <p className="mt-2 text-slate-700">{t("changesEmpty")}</p> : null}
      <ul className="mt-3 space-y-4">
        {changes.map((change) => (
          <li key={change.id} className="rounded-md border border-slate-400 p-4" data-testid="statement-change">
            <p className="font-semibold">
              {t("proposedBy", { name: change.proposedBy })}
              {change.statementId ? null : ` · ${t("newStatementProposal")}`}
            </p>
            <div className="mt-2 grid gap-3 md:grid-cols-2">
              {(["en", "es"] as const).map((lang) => (
                <div key={lang} lang={lang} className="rounded-md border border-slate-300 bg-white p-3">
                  {change.current ? (
                    <p className="text-slate-700">
                      <span className="font-semibold">{t("currentText")}:</span>{" "}
                      {lang === "en" ? change.current.textEn : change.current.textEs}
                    </p>
                  ) : null}
                  <p className="mt-1">
                    <span className="font-semibold">{t("proposedText")}:</span>{" "}
                    {lang === "en" ? change.proposed.textEn : change.proposed.textEs}
                  </p>
                </div>
              ))}
            </div>
            {change.sentBack ? (
              <p className="mt-2 rounded-md border border-amber-700 bg-amber-50 p-2">
                {t("sentBackNote", { comment: change.reviewComment ?? "" })}
              </p>
            ) : null}
            {!change.sentBack && change.proposedById === user.id ? (
              <p className="mt-2 text-slate-700">{t("ownProposalNote")}</p>
            ) : null}
            {!change.sentBack && reviewer && change.proposedById !== user.id ? (
              <StatementReviewForm
                action={reviewStatementChangeAction.bind(null, locale, change.id)}
                changeId={change.id}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
