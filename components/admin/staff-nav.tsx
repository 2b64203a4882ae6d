import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/auth/actions";
import { can, type StaffUser } from "@/lib/auth/roles";
import type { Locale } from "@/lib/i18n/locales";
import { countNewQuestions } from "@/lib/questions/data";
import { secondFactorMissing } from "@/lib/second-factor/data";
import { Link } from "@/lib/i18n/navigation";
import { statementChangesNeedReview } from "@/lib/statements/data";

const linkClass = "inline-flex min-h-11 items-center";

/**
 * The staff menu; links a role may not use are hidden here and refused on
 * the server. Someone who must set up a second factor first sees only their
 * account page, the one page open to them until then.
 */
export async function StaffNav({ user, locale }: { user: StaffUser; locale: Locale }) {
  const t = await getTranslations("Admin");
  const tStaff = await getTranslations("StaffAdmin");
  const onlyAccount = await secondFactorMissing(user.id);
  const newQuestions = !onlyAccount && can(user.role, "answerQuestions") ? await countNewQuestions() : null;
  return (
    <div className="no-print mb-6 border-b border-slate-300 pb-3">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
        <span>{t("signedInAs", { name: user.name, role: tStaff(`role${user.role}`) })}</span>
        <form action={signOutAction.bind(null, locale)}>
          <button
            type="submit"
            className="min-h-11 rounded-md border border-slate-500 px-3 font-semibold text-slate-900 hover:bg-slate-100"
          >
            {t("signOut")}
          </button>
        </form>
      </div>
      <nav aria-label={t("navLabel")}>
        <ul className="mt-2 flex flex-wrap gap-x-5">
          {onlyAccount ? null : (
            <>
              <li>
                <Link href="/admin" className={linkClass}>
                  {t("navMeetings")}
                </Link>
              </li>
              <li>
                <Link href="/admin/meetings/new" className={linkClass}>
                  {t("navNewMeeting")}
                </Link>
              </li>
              <li>
                <Link href="/admin/meetings/recurring" className={linkClass}>
                  {t("navRecurring")}
                </Link>
              </li>
              <li>
                <Link href="/admin/requests" className={linkClass}>
                  {t("navRequests")}
                </Link>
              </li>
              {newQuestions !== null ? (
                <li>
                  <Link href="/admin/questions" className={linkClass}>
                    {t("navQuestions", { count: newQuestions })}
                  </Link>
                </li>
              ) : null}
              <li>
                <Link href="/admin/venues" className={linkClass}>
                  {t("navVenues")}
                </Link>
              </li>
              <li>
                <Link href="/admin/series" className={linkClass}>
                  {t("navSeries")}
                </Link>
              </li>
              {can(user.role, "manageStatements") ||
              (can(user.role, "proposeStatements") && (await statementChangesNeedReview())) ? (
                <li>
                  <Link href="/admin/statements" className={linkClass}>
                    {t("navStatements")}
                  </Link>
                </li>
              ) : null}
              {can(user.role, "manageStaff") ? (
                <li>
                  <Link href="/admin/staff" className={linkClass}>
                    {t("navStaff")}
                  </Link>
                </li>
              ) : null}
              {can(user.role, "viewAudit") ? (
                <li>
                  <Link href="/admin/audit" className={linkClass}>
                    {t("navAudit")}
                  </Link>
                </li>
              ) : null}
              {can(user.role, "viewReport") ? (
                <li>
                  <Link href="/admin/report" className={linkClass}>
                    {t("navReport")}
                  </Link>
                </li>
              ) : null}
              {can(user.role, "viewOutbox") ? (
                <li>
                  <Link href="/admin/outbox" className={linkClass}>
                    {t("navOutbox")}
                  </Link>
                </li>
              ) : null}
            </>
          )}
          <li>
            <Link href="/admin/account" className={linkClass}>
              {t("navAccount")}
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}
