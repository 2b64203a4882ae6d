import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminTable } from "@/components/admin/admin-table";
import { ButtonLink } from "@/components/admin/button-link";
import { FormNotice } from "@/components/admin/form-alert";
import { StatementChanges } from "@/components/admin/statement-changes";
import { StatementReviewSettingForm } from "@/components/admin/statement-review-forms";
import { can } from "@/lib/auth/roles";
import { Link } from "@/lib/i18n/navigation";
import { localeParam } from "@/lib/i18n/page-locale";
import { saveStatementReviewSettingAction } from "@/lib/statements/actions";
import { listStatementChanges, listStatementsForStaff } from "@/lib/statements/data";
import { requireStatementsPage } from "@/lib/statements/page-access";
import { formatDateKey } from "@/lib/time/format";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const SAVED_NOTICES = ["1", "proposed", "approved", "sentBack"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "StatementAdmin" });
  return { title: t("listTitle") };
}

export default async function StatementsPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const { user, reviewOn } = await requireStatementsPage(locale);
  const t = await getTranslations("StatementAdmin");
  const [statements, changes] = await Promise.all([listStatementsForStaff(locale), listStatementChanges()]);
  const query = await searchParams;
  const saved = SAVED_NOTICES.find((notice) => notice === query.saved);

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("listTitle")}</h1>
        <ButtonLink href="/admin/statements/new">{t("newStatement")}</ButtonLink>
      </div>
      <p className="mt-2 text-slate-700">{t("listIntro")}</p>
      {saved ? (
        <div className="mt-4">
          <FormNotice>{t(saved === "1" ? "saved" : saved)}</FormNotice>
        </div>
      ) : null}
      {reviewOn ? (
        <p className="mt-4 rounded-md border-2 border-amber-700 bg-amber-50 p-3 font-semibold text-amber-950">
          {t("reviewOnNote")}
        </p>
      ) : null}
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
              <Link
                href={{ pathname: "/admin/statements/[id]", params: { id: statement.id } }}
                aria-label={t("edit", { text: statement.text })}
              >
                {statement.text}
              </Link>
            ),
          },
          {
            header: t("colSection"),
            appText: true,
            cell: (statement) => `${t(`section${statement.section}`)} · ${statement.position}`,
          },
          { header: t("colStatedOn"), appText: true, cell: (statement) => formatDateKey(statement.statedOn, locale) },
          { header: t("colVersions"), appText: true, cell: (statement) => statement.versionCount },
        ]}
      />
      {reviewOn || changes.length ? <StatementChanges changes={changes} user={user} locale={locale} /> : null}
      {can(user.role, "manageStatements") ? (
        <section aria-labelledby="setting-heading" className="mt-8">
          <h2 id="setting-heading" className="text-2xl font-bold">
            {t("settingHeading")}
          </h2>
          <StatementReviewSettingForm
            action={saveStatementReviewSettingAction.bind(null, locale)}
            required={reviewOn}
          />
        </section>
      ) : null}
    </>
  );
}
