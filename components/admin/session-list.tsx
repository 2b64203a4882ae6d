import { getTranslations } from "next-intl/server";
import { AdminTable } from "@/components/admin/admin-table";
import { describeUserAgent } from "@/lib/auth/user-agent";
import type { Locale } from "@/lib/i18n/locales";
import type { SessionItem } from "@/lib/second-factor/data";
import { revokeOtherSessionsAction, revokeSessionAction } from "@/lib/second-factor/actions";
import { formatInstant } from "@/lib/time/format";

const buttonClass = "min-h-11 rounded-md border border-slate-500 px-3 font-semibold text-slate-900 hover:bg-slate-100";

/** Where the staff member is signed in (no addresses: the app keeps none), each with a sign-out button. */
export async function SessionList({ sessions, locale }: { sessions: SessionItem[]; locale: Locale }) {
  const t = await getTranslations("Account");
  const revoke = revokeSessionAction.bind(null, locale);
  const revokeOthers = revokeOtherSessionsAction.bind(null, locale);
  const device = (session: SessionItem) => {
    const { browser, system } = describeUserAgent(session.userAgent);
    if (browser && system) return t("deviceBoth", { browser, system });
    return browser ?? system ?? t("deviceUnknown");
  };
  return (
    <>
      <AdminTable
        caption={t("sessionsHeading")}
        rows={sessions}
        rowKey={(session) => session.id}
        columns={[
          {
            header: t("colDevice"),
            rowHeader: true,
            cell: (session) => (
              <>
                {device(session)} {session.current ? <span className="font-normal text-slate-700">{t("thisDevice")}</span> : null}
              </>
            ),
          },
          { header: t("colSignedIn"), appText: true, cell: (session) => formatInstant(session.createdAt, locale) },
          { header: t("colLastSeen"), appText: true, cell: (session) => formatInstant(session.lastSeenAt, locale) },
          {
            header: t("colActions"),
            appText: true,
            cell: (session) =>
              session.current ? null : (
                <form action={revoke}>
                  <input type="hidden" name="sessionId" value={session.id} />
                  <button type="submit" className={buttonClass} aria-label={t("endSessionLabel", { device: device(session) })}>
                    {t("endSession")}
                  </button>
                </form>
              ),
          },
        ]}
      />
      {sessions.some((session) => !session.current) ? (
        <form action={revokeOthers} className="mt-4">
          <button type="submit" className={buttonClass}>{t("endOthers")}</button>
        </form>
      ) : null}
    </>
  );
}
