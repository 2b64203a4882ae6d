import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminTable } from "@/components/admin/admin-table";
import { FormNotice } from "@/components/admin/form-alert";
import { requireStaffPage } from "@/lib/auth/page-guard";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { listStatementsForStaff } from "@/lib/statements/data";
import { formatDateKey } from "@/lib/time/format";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "StatementAdmin" });
  return { title: t("listTitle") };
}

export default async function StatementsPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireStaffPage(locale, "manageStatements");
  const t = await getTranslations("StatementAdmin");
  const statements = await listStatementsForStaff(locale);
  const saved = typeof (await searchParams).saved === "string";

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("listTitle")}</h1>
        <Link href="/admin/statements/new" className="inline-flex min-h-11 items-center rounded-md bg-brand-800 px-4 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white">
          {t("newStatement")}
        </Link>
      </div>
      <p className="mt-2 text-slate-700">{t("listIntro")}</p>
      {saved ? <div className="mt-4"><FormNotice>{t("saved")}</FormNotice></div> : null}
      <AdminTable
        caption={t("listTitle")}
        empty={t("empty")}
        rows={statements}
        rowKey={(statement) => statement.id}
        columns={[
          {
            header: t("colText"),
            rowHeader: true,
            cell: (statement) => (
              <Link href={{ pathname: "/admin/statements/[id]", params: { id: statement.id } }} aria-label={t("edit", { text: statement.text })}>
                {statement.text}
              </Link>
            ),
          },
          { header: t("colSection"), appText: true, cell: (statement) => `${t(`section${statement.section}`)} · ${statement.position}` },
          { header: t("colStatedOn"), appText: true, cell: (statement) => formatDateKey(statement.statedOn, locale) },
          { header: t("colVersions"), appText: true, cell: (statement) => statement.versionCount },
        ]}
      />
    </>
  );
}
