import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatementForm } from "@/components/admin/statement-form";
import { requireStaffPage } from "@/lib/auth/page-guard";
import type { Locale } from "@/lib/i18n/locales";
import { saveStatementAction } from "@/lib/statements/actions";
import { getStatementForEdit } from "@/lib/statements/data";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "StatementAdmin" });
  return { title: t("editTitle") };
}

export default async function EditStatementPage({ params }: Props) {
  const { locale: rawLocale, id } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  await requireStaffPage(locale, "manageStatements");
  const statement = await getStatementForEdit(id);
  if (!statement) notFound();
  const t = await getTranslations("StatementAdmin");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("editTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("editNote")}</p>
      <StatementForm action={saveStatementAction.bind(null, locale, statement.id)} initialValues={statement.values} mode="edit" />
    </>
  );
}
