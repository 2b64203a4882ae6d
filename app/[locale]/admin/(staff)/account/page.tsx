import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChangePasswordForm } from "@/components/admin/change-password-form";
import { changePasswordAction } from "@/lib/auth/actions";
import { requireStaffPage } from "@/lib/auth/page-guard";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "Account" });
  return { title: t("title") };
}

export default async function AccountPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const user = await requireStaffPage(locale);
  const t = await getTranslations("Account");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-2">{user.email}</p>
      <h2 className="mt-6 text-xl font-bold">{t("changePassword")}</h2>
      <ChangePasswordForm action={changePasswordAction.bind(null, locale)} />
    </>
  );
}
