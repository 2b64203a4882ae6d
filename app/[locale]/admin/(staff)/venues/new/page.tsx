import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { VenueForm } from "@/components/admin/venue-form";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { localeParam } from "@/lib/i18n/page-locale";
import { saveVenueAction } from "@/lib/venues/actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "VenueAdmin" });
  return { title: t("newTitle") };
}

export default async function NewVenuePage({ params }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  await requireStaffPage(locale, "manageVenues");
  const t = await getTranslations("VenueAdmin");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("newTitle")}</h1>
      <VenueForm
        action={saveVenueAction.bind(null, locale, null)}
        initialValues={{ city: "Dallas", region: "TX" }}
        mode="create"
      />
    </>
  );
}
