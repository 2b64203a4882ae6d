import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SeriesForm } from "@/components/admin/series-form";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { localeParam } from "@/lib/i18n/page-locale";
import { saveSeriesAction } from "@/lib/series/actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "SeriesAdmin" });
  return { title: t("newTitle") };
}

export default async function NewSeriesPage({ params }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const user = await requireStaffPage(locale, "manageSeries");
  const t = await getTranslations("SeriesAdmin");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("newTitle")}</h1>
      <SeriesForm
        action={saveSeriesAction.bind(null, locale, null)}
        initialValues={{ organizer: "Dallas Police Department" }}
        mode="create"
        canSetReview={user.role === "ADMIN"}
      />
    </>
  );
}
