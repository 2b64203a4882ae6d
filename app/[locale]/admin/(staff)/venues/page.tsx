import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminTable } from "@/components/admin/admin-table";
import { ButtonLink } from "@/components/admin/button-link";
import { FormNotice } from "@/components/admin/form-alert";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { localeParam } from "@/lib/i18n/page-locale";
import { listVenuesForStaff } from "@/lib/venues/data";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "VenueAdmin" });
  return { title: t("listTitle") };
}

export default async function VenuesPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  await requireStaffPage(locale, "manageVenues");
  const t = await getTranslations("VenueAdmin");
  const venues = await listVenuesForStaff();
  const saved = typeof (await searchParams).saved === "string";

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("listTitle")}</h1>
        <ButtonLink href="/admin/venues/new">{t("newVenue")}</ButtonLink>
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
        rows={venues}
        rowKey={(venue) => venue.id}
        columns={[
          {
            header: t("colName"),
            rowHeader: true,
            cell: (venue) => (
              <Link
                href={{ pathname: "/admin/venues/[id]", params: { id: venue.id } }}
                aria-label={t("edit", { name: venue.name })}
              >
                {venue.name}
              </Link>
            ),
          },
          { header: t("colKind"), appText: true, cell: (venue) => t(`kind${venue.kind}` as Parameters<typeof t>[0]) },
          { header: t("colArea"), cell: (venue) => [venue.neighborhood, venue.city].filter(Boolean).join(", ") },
          {
            header: t("colPartner"),
            appText: true,
            cell: (venue) => (venue.isPartner ? t("partnerYes") : t("partnerNo")),
          },
          { header: t("colMeetings"), appText: true, cell: (venue) => venue.meetingCount },
        ]}
      />
    </>
  );
}
