import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminTable } from "@/components/admin/admin-table";
import { ButtonLink } from "@/components/admin/button-link";
import { FormNotice } from "@/components/admin/form-alert";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { localeParam } from "@/lib/i18n/page-locale";
import { listSeriesForStaff } from "@/lib/series/data";
import { formatDateKey } from "@/lib/time/format";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "SeriesAdmin" });
  return { title: t("listTitle") };
}

export default async function SeriesListPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  await requireStaffPage(locale, "manageSeries");
  const t = await getTranslations("SeriesAdmin");
  const series = await listSeriesForStaff(locale);
  const saved = typeof (await searchParams).saved === "string";

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("listTitle")}</h1>
        <ButtonLink href="/admin/series/new">{t("newSeries")}</ButtonLink>
      </div>
      <p className="mt-2 text-slate-700">{t("listIntro")}</p>
      {saved ? (
        <div className="mt-4">
          <FormNotice>{t("saved")}</FormNotice>
        </div>
      ) : null}
      <AdminTable
        caption={t("listTitle")}
        empty={t("empty")}
        rows={series}
        rowKey={(row) => row.id}
        columns={[
          {
            header: t("colTitle"),
            rowHeader: true,
            cell: (row) => (
              <Link
                href={{ pathname: "/admin/series/[id]", params: { id: row.id } }}
                aria-label={t("edit", { title: row.title })}
              >
                {row.title}
              </Link>
            ),
          },
          {
            header: t("colDates"),
            appText: true,
            cell: (row) =>
              t("dates", { start: formatDateKey(row.startsOn, locale), end: formatDateKey(row.endsOn, locale) }),
          },
          { header: t("colOrganizer"), cell: (row) => row.organizer },
          { header: t("colMeetings"), appText: true, cell: (row) => row.meetingCount },
        ]}
      />
    </>
  );
}
