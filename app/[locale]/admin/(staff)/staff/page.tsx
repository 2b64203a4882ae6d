import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FormAlert, FormNotice } from "@/components/admin/form-alert";
import { EditorsSettingForm } from "@/components/admin/editors-setting-form";
import { NewStaffForm } from "@/components/admin/new-staff-form";
import { NoticeSettingsTable } from "@/components/admin/notice-settings-table";
import { ResetSecondFactorConfirm } from "@/components/admin/reset-second-factor-confirm";
import { StaffTable } from "@/components/admin/staff-table";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { localeParam } from "@/lib/i18n/page-locale";
import { listNoticeSettings } from "@/lib/notices/data";
import { saveEditorsSettingAction } from "@/lib/second-factor/actions";
import { readStaffSettings } from "@/lib/second-factor/data";
import { createStaffAction } from "@/lib/staff/actions";
import { listStaffAccounts } from "@/lib/staff/data";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const NOTICES = ["created", "role", "activated", "deactivated", "secondFactorReset"] as const;
const ERRORS = ["forbidden", "notFound", "self", "invalid", "emailTaken"] as const;

function pick<T extends string>(allowed: readonly T[], value: unknown): T | null {
  return allowed.find((item) => item === value) ?? null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "StaffAdmin" });
  return { title: t("title") };
}

export default async function StaffPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const viewer = await requireStaffPage(locale, "manageStaff");
  const t = await getTranslations("StaffAdmin");
  const query = await searchParams;
  const notice = pick(NOTICES, query.notice);
  const error = pick(ERRORS, query.error);
  const [accounts, settings, noticeSettings] = await Promise.all([
    listStaffAccounts(),
    readStaffSettings(),
    listNoticeSettings(),
  ]);
  // "Reset second factor" first opens this step, naming the person; only its form resets.
  const toReset = accounts.find(
    (account) =>
      account.id === query.reset && account.id !== viewer.id && (account.authenticatorApp || account.passkeys > 0),
  );

  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <div className="mt-4 space-y-2">
        {notice ? <FormNotice>{t(`notices.${notice}`)}</FormNotice> : null}
        {error ? <FormAlert>{t(`problems.${error}`)}</FormAlert> : null}
      </div>
      {toReset ? <ResetSecondFactorConfirm account={toReset} locale={locale} /> : null}
      <StaffTable accounts={accounts} viewer={viewer} locale={locale} />
      <h2 className="mt-8 text-xl font-bold">{t("noticesHeading")}</h2>
      <p className="mt-2 text-slate-700">{t("noticesIntro")}</p>
      <NoticeSettingsTable rows={noticeSettings} locale={locale} />
      <h2 className="mt-8 text-xl font-bold">{t("settingHeading")}</h2>
      <EditorsSettingForm
        action={saveEditorsSettingAction.bind(null, locale)}
        required={settings.requireSecondFactorForEditors}
      />
      <h2 className="mt-8 text-xl font-bold">{t("newHeading")}</h2>
      <NewStaffForm action={createStaffAction.bind(null, locale)} />
    </>
  );
}
