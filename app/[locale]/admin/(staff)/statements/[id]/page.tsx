import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatementForm } from "@/components/admin/statement-form";
import { localeParam } from "@/lib/i18n/page-locale";
import { requireStatementsPage } from "@/lib/statements/page-access";
import { saveStatementAction } from "@/lib/statements/actions";
import { getStatementForEdit } from "@/lib/statements/data";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "StatementAdmin" });
  return { title: t("editTitle") };
}

export default async function EditStatementPage({ params }: Props) {
  const locale = await localeParam(params);
  const { id } = await params;
  setRequestLocale(locale);
  const { reviewOn } = await requireStatementsPage(locale);
  const statement = await getStatementForEdit(id);
  if (!statement) notFound();
  const t = await getTranslations("StatementAdmin");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("editTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("editNote")}</p>
      {reviewOn ? (
        <p className="mt-2 rounded-md border-2 border-amber-700 bg-amber-50 p-3 font-semibold text-amber-950">
          {t("reviewOnNote")}
        </p>
      ) : null}
      <StatementForm
        action={saveStatementAction.bind(null, locale, statement.id)}
        initialValues={statement.values}
        mode="edit"
        proposing={reviewOn}
        confirmedOn={statement.confirmedOn}
      />
    </>
  );
}
