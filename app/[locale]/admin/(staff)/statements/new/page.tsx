import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatementForm } from "@/components/admin/statement-form";
import { requireStaffPage } from "@/lib/auth/page-guard";
import type { Locale } from "@/lib/i18n/locales";
import { saveStatementAction } from "@/lib/statements/actions";
import { zonedDateKey } from "@/lib/time/central-time";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "StatementAdmin" });
  return { title: t("newTitle") };
}

export default async function NewStatementPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireStaffPage(locale, "manageStatements");
  const t = await getTranslations("StatementAdmin");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("newTitle")}</h1>
      <StatementForm action={saveStatementAction.bind(null, locale, null)} initialValues={{ section: "WILL_NOT", position: "1", statedOn: zonedDateKey(new Date()) }} mode="create" />
    </>
  );
}
