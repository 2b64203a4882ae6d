import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FormNotice } from "@/components/admin/form-alert";
import { requireStaffPage } from "@/lib/auth/page-guard";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { listVenuesForStaff } from "@/lib/venues/data";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "VenueAdmin" });
  return { title: t("listTitle") };
}

export default async function VenuesPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireStaffPage(locale, "manageVenues");
  const t = await getTranslations("VenueAdmin");
  const venues = await listVenuesForStaff();
  const saved = typeof (await searchParams).saved === "string";

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("listTitle")}</h1>
        <Link href="/admin/venues/new" className="inline-flex min-h-11 items-center rounded-md bg-brand-800 px-4 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white">
          {t("newVenue")}
        </Link>
      </div>
      <p className="mt-2 text-slate-700">{t("listIntro")}</p>
      {saved ? <div className="mt-4"><FormNotice>{t("saved")}</FormNotice></div> : null}
      {venues.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="py-2 pr-4">{t("colName")}</th>
                <th scope="col" className="py-2 pr-4">{t("colKind")}</th>
                <th scope="col" className="py-2 pr-4">{t("colArea")}</th>
                <th scope="col" className="py-2 pr-4">{t("colPartner")}</th>
                <th scope="col" className="py-2">{t("colMeetings")}</th>
              </tr>
            </thead>
            <tbody>
              {venues.map((venue) => (
                <tr key={venue.id} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <Link href={{ pathname: "/admin/venues/[id]", params: { id: venue.id } }} aria-label={t("edit", { name: venue.name })}>
                      {venue.name}
                    </Link>
                  </th>
                  <td className="py-2 pr-4">{t(`kind${venue.kind}` as Parameters<typeof t>[0])}</td>
                  <td className="py-2 pr-4">{[venue.neighborhood, venue.city].filter(Boolean).join(", ")}</td>
                  <td className="py-2 pr-4">{venue.isPartner ? t("partnerYes") : t("partnerNo")}</td>
                  <td className="py-2">{venue.meetingCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
