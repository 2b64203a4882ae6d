import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminTable } from "@/components/admin/admin-table";
import { StatusTabs } from "@/components/admin/status-tabs";
import { requireStaffPage } from "@/lib/auth/page-guard";
import type { SessionRequestStatus } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import { localeParam } from "@/lib/i18n/page-locale";
import { countRequestsByStatus, listRequests } from "@/lib/requests/data";
import { REQUEST_STATUSES } from "@/lib/requests/schema";
import { formatDateKey, formatInstant } from "@/lib/time/format";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "RequestAdmin" });
  return { title: t("listTitle") };
}

/** The request queue, one tab per status. */
export default async function RequestsPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  await requireStaffPage(locale, "manageRequests");
  const t = await getTranslations("RequestAdmin");
  const asked = (await searchParams).status;
  const status: SessionRequestStatus = REQUEST_STATUSES.find((value) => value === asked) ?? "NEW";
  const [rows, counts] = await Promise.all([listRequests(status), countRequestsByStatus()]);

  return (
    <>
      <h1 className="text-3xl font-bold">{t("listTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("listIntro")}</p>
      <StatusTabs
        label={t("tabsLabel")}
        pathname="/admin/requests"
        current={status}
        tabs={REQUEST_STATUSES.map((value) => ({ value, label: t(`tab_${value}`, { count: counts[value] }) }))}
      />
      <AdminTable
        caption={t(`tab_${status}`, { count: counts[status] })}
        empty={t("empty")}
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          {
            header: t("colOrganization"),
            rowHeader: true,
            cell: (row) => (
              <Link
                href={{ pathname: "/admin/requests/[id]", params: { id: row.id } }}
                aria-label={t("open", { name: row.organization })}
              >
                {row.organization}
              </Link>
            ),
          },
          { header: t("colDate"), appText: true, cell: (row) => formatDateKey(row.preferredDate, locale) },
          { header: t("colReceived"), appText: true, cell: (row) => formatInstant(row.createdAt, locale) },
        ]}
      />
    </>
  );
}
