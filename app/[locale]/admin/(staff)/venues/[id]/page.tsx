import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PartnerContacts } from "@/components/admin/partner-contacts";
import { VenueForm } from "@/components/admin/venue-form";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { localeParam } from "@/lib/i18n/page-locale";
import { addPartnerContactAction, removePartnerContactAction } from "@/lib/partner-contacts/actions";
import { listPartnerContacts } from "@/lib/partner-contacts/data";
import { saveVenueAction } from "@/lib/venues/actions";
import { getVenueForEdit } from "@/lib/venues/data";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ contact?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "VenueAdmin" });
  return { title: t("editTitle") };
}

export default async function EditVenuePage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { id } = await params;
  setRequestLocale(locale);
  await requireStaffPage(locale, "manageVenues");
  const venue = await getVenueForEdit(id);
  if (!venue) notFound();
  const [t, contacts, { contact }] = await Promise.all([
    getTranslations("VenueAdmin"),
    listPartnerContacts(venue.id),
    searchParams,
  ]);
  return (
    <>
      <h1 className="text-3xl font-bold">{t("editTitle")}</h1>
      <p className="mt-2 text-slate-700">
        {t("slugLabel")}: <code>{venue.slug}</code>. {t("slugNote")}
      </p>
      <VenueForm action={saveVenueAction.bind(null, locale, venue.id)} initialValues={venue.values} mode="edit" />
      <PartnerContacts
        locale={locale}
        isPartner={venue.values.isPartner === "on"}
        contacts={contacts}
        outcome={typeof contact === "string" ? contact : undefined}
        addAction={addPartnerContactAction.bind(null, locale, venue.id)}
        removeAction={removePartnerContactAction.bind(null, locale, venue.id)}
      />
    </>
  );
}
