import { getTranslations } from "next-intl/server";
import { AdminTable } from "@/components/admin/admin-table";
import { describeUserAgent } from "@/lib/auth/user-agent";
import type { Locale } from "@/lib/i18n/locales";
import type { SessionItem } from "@/lib/second-factor/data";
import { revokeOtherSessionsAction, revokeSessionAction } from "@/lib/second-factor/actions";
import { formatInstant } from "@/lib/time/format";

const buttonClass = "min-h-11 rounded-md border border-slate-500 px-3 font-semibold text-slate-900 hover:bg-slate-100";

// What an unrecognised device sent instead of a browser's name, cut short.
const SENT_LENGTH = 60;

/**
 * Where the staff member is signed in: each device by browser, system and
 * kind, when it signed in and when it was last used, this one marked; a
 * sign-out button for the others. No address or place: the app keeps none.
 */
export async function SessionList({ sessions, locale }: { sessions: SessionItem[]; locale: Locale }) {
  const t = await getTranslations("Account");
  const revoke = revokeSessionAction.bind(null, locale);
  const revokeOthers = revokeOtherSessionsAction.bind(null, locale);
  const described = sessions.map((session) => ({ ...session, device: describeUserAgent(session.userAgent) }));
  type Row = (typeof described)[number];
  const name = ({ device: { browser, system } }: Row) => {
    if (browser && system) return t("deviceBoth", { browser, system });
    return browser ?? system ?? t("deviceUnknown");
  };
  const detail = ({ device, userAgent }: Row) => {
    if (device.kind && device.model)
      return t("deviceKindModel", { kind: t(`deviceKinds.${device.kind}`), model: device.model });
    if (device.kind) return t(`deviceKinds.${device.kind}`);
    if (device.browser) return null;
    const sent = userAgent?.trim() ?? "";
    if (!sent) return t("deviceSentNothing");
    return t("deviceSent", { userAgent: sent.length > SENT_LENGTH ? `${sent.slice(0, SENT_LENGTH - 1)}…` : sent });
  };
  return (
    <>
      <AdminTable
        caption={t("sessionsHeading")}
        rows={described}
        rowKey={(session) => session.id}
        columns={[
          {
            header: t("colDevice"),
            rowHeader: true,
            cell: (session) => (
              <>
                {name(session)}{" "}
                {session.current ? (
                  <span className="inline-block rounded bg-brand-100 px-2 text-sm text-brand-900">
                    {t("thisDevice")}
                  </span>
                ) : null}{" "}
                {detail(session) ? (
                  <span className="block text-sm font-normal text-slate-700">{detail(session)}</span>
                ) : null}
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
                  <button
                    type="submit"
                    className={buttonClass}
                    aria-label={t("endSessionLabel", {
                      device: name(session),
                      signedIn: formatInstant(session.createdAt, locale),
                    })}
                  >
                    {t("endSession")}
                  </button>
                </form>
              ),
          },
        ]}
      />
      {sessions.some((session) => !session.current) ? (
        <form action={revokeOthers} className="mt-4">
          <button type="submit" className={buttonClass}>
            {t("endOthers")}
          </button>
        </form>
      ) : null}
    </>
  );
}
