import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/page-guard";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "Admin" });
  return { title: t("navMeetings") };
}

export default async function DashboardPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireStaffPage(locale, "manageMeetings");
  const t = await getTranslations("Admin");
  return <h1 className="text-3xl font-bold">{t("navMeetings")}</h1>;
}
