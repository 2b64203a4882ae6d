import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatementForm } from "@/components/admin/statement-form";
import { localeParam } from "@/lib/i18n/page-locale";
import { requireStatementsPage } from "@/lib/statements/page-access";
import { saveStatementAction } from "@/lib/statements/actions";
import { zonedDateKey } from "@/lib/time/central-time";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "StatementAdmin" });
  return { title: t("newTitle") };
}

export default async function NewStatementPage({ params }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const { reviewOn } = await requireStatementsPage(locale);
  const t = await getTranslations("StatementAdmin");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("newTitle")}</h1>
      {reviewOn ? (
        <p className="mt-2 rounded-md border-2 border-amber-700 bg-amber-50 p-3 font-semibold text-amber-950">
          {t("reviewOnNote")}
        </p>
      ) : null}
      <StatementForm
        action={saveStatementAction.bind(null, locale, null)}
        initialValues={{ section: "WILL_NOT", position: "1", statedOn: zonedDateKey(new Date()) }}
        mode="create"
        proposing={reviewOn}
      />
    </>
  );
}
