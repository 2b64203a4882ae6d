import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChangePasswordForm } from "@/components/admin/change-password-form";
import { ConfirmIdentity } from "@/components/admin/confirm-identity";
import { FormAlert, FormNotice } from "@/components/admin/form-alert";
import { NoticePreferencesForm } from "@/components/admin/notice-preferences-form";
import { PasskeyList } from "@/components/admin/passkey-list";
import { SessionList } from "@/components/admin/session-list";
import { TotpSetup } from "@/components/admin/totp-setup";
import { changePasswordAction } from "@/lib/auth/actions";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { proofWindowSeconds } from "@/lib/auth/recent-proof";
import { getCurrentSessionId, hasRecentProof } from "@/lib/auth/session";
import {
  confirmTotpAction,
  confirmWithCodeAction,
  confirmWithPasswordAction,
  disableTotpAction,
  newBackupCodesAction,
  startTotpAction,
} from "@/lib/second-factor/actions";
import { localeParam } from "@/lib/i18n/page-locale";
import { saveNoticePreferencesAction } from "@/lib/notices/actions";
import { ownNoticePreferences } from "@/lib/notices/data";
import { noticesForRole } from "@/lib/notices/notice-audience";
import {
  listOwnSessions,
  readSecondFactorStatus,
  secondFactorMissing,
  takeBackupCodesToShow,
} from "@/lib/second-factor/data";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const NOTICES = ["totpOff", "passkeyRemoved", "sessionEnded", "othersEnded", "confirmed"] as const;
const ERRORS = ["forbidden", "notFound", "invalid", "proofRequired"] as const;
const CODE_STEPS = { codes: "turnedOn", newCodes: "newCodes" } as const;

function pick<T extends string>(allowed: readonly T[], value: unknown): T | null {
  return allowed.find((item) => item === value) ?? null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "Account" });
  return { title: t("title") };
}

export default async function AccountPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  // The one staff page open to someone who still has to set up a second factor.
  const user = await requireStaffPage(locale, undefined, { secondFactorSetup: true });
  const t = await getTranslations("Account");
  const query = await searchParams;
  const notice = pick(NOTICES, query.notice);
  const error = pick(ERRORS, query.error);
  const codesReason = pick(Object.keys(CODE_STEPS) as (keyof typeof CODE_STEPS)[], query.step);
  const [codes, missing, status, sessions, canChange, noticePreferences] = await Promise.all([
    codesReason ? takeBackupCodesToShow(user.id) : null,
    secondFactorMissing(user.id),
    readSecondFactorStatus(user),
    getCurrentSessionId().then((current) => listOwnSessions(user.id, current)),
    hasRecentProof(),
    ownNoticePreferences(user.id),
  ]);
  const tNotices = await getTranslations("Notices");
  const minutes = Math.ceil(proofWindowSeconds() / 60);

  return (
    <>
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-2">{user.email}</p>
      <div className="mt-4 space-y-2">
        {missing ? <FormAlert>{t("secondFactorRequired")}</FormAlert> : null}
        {notice ? <FormNotice>{t(`notices.${notice}`, { minutes })}</FormNotice> : null}
        {error ? <FormAlert>{t(`problems.${error}`)}</FormAlert> : null}
      </div>
      <h2 className="mt-6 text-xl font-bold">{t("secondFactorHeading")}</h2>
      <p className="mt-2 text-slate-700">{t("secondFactorIntro")}</p>
      {canChange ? null : (
        <ConfirmIdentity
          appOn={status.totp.state === "on"}
          minutes={minutes}
          withPassword={confirmWithPasswordAction.bind(null, locale)}
          withCode={confirmWithCodeAction.bind(null, locale)}
        />
      )}
      <h3 className="mt-4 text-lg font-bold">{t("totpHeading")}</h3>
      <TotpSetup
        status={status.totp}
        backupCodes={codes && codesReason ? { codes, reason: CODE_STEPS[codesReason] } : null}
        canChange={canChange}
        start={startTotpAction.bind(null, locale)}
        confirm={confirmTotpAction.bind(null, locale)}
        disable={disableTotpAction.bind(null, locale)}
        newCodes={newBackupCodesAction.bind(null, locale)}
      />
      <h3 className="mt-6 text-lg font-bold">{t("passkeysHeading")}</h3>
      <PasskeyList passkeys={status.passkeys} locale={locale} canChange={canChange} />
      <h2 className="mt-8 text-xl font-bold">{t("sessionsHeading")}</h2>
      <p className="mt-2 text-slate-700">{t("sessionsIntro")}</p>
      <SessionList sessions={sessions} locale={locale} />
      <h2 className="mt-8 text-xl font-bold">{tNotices("heading")}</h2>
      <p className="mt-2 text-slate-700">{tNotices("intro")}</p>
      <ul className="mt-2 list-disc pl-5">
        {noticesForRole(user.role).map((kind) => (
          <li key={kind}>{tNotices(kind)}</li>
        ))}
      </ul>
      <NoticePreferencesForm action={saveNoticePreferencesAction.bind(null, locale)} saved={noticePreferences} />
      <h2 className="mt-8 text-xl font-bold">{t("changePassword")}</h2>
      <ChangePasswordForm action={changePasswordAction.bind(null, locale)} />
    </>
  );
}
