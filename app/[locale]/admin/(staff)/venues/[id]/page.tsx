import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { VenueForm } from "@/components/admin/venue-form";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { localeParam } from "@/lib/i18n/page-locale";
import { saveVenueAction } from "@/lib/venues/actions";
import { getVenueForEdit } from "@/lib/venues/data";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "VenueAdmin" });
  return { title: t("editTitle") };
}

export default async function EditVenuePage({ params }: Props) {
  const locale = await localeParam(params);
  const { id } = await params;
  setRequestLocale(locale);
  await requireStaffPage(locale, "manageVenues");
  const venue = await getVenueForEdit(id);
  if (!venue) notFound();
  const t = await getTranslations("VenueAdmin");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("editTitle")}</h1>
      <p className="mt-2 text-slate-700">
        {t("slugLabel")}: <code>{venue.slug}</code>. {t("slugNote")}
      </p>
      <VenueForm action={saveVenueAction.bind(null, locale, venue.id)} initialValues={venue.values} mode="edit" />
    </>
  );
}
