import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SeriesForm } from "@/components/admin/series-form";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { localeParam } from "@/lib/i18n/page-locale";
import { saveSeriesAction } from "@/lib/series/actions";
import { getSeriesForEdit } from "@/lib/series/data";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "SeriesAdmin" });
  return { title: t("editTitle") };
}

export default async function EditSeriesPage({ params }: Props) {
  const locale = await localeParam(params);
  const { id } = await params;
  setRequestLocale(locale);
  const user = await requireStaffPage(locale, "manageSeries");
  const series = await getSeriesForEdit(id);
  if (!series) notFound();
  const t = await getTranslations("SeriesAdmin");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("editTitle")}</h1>
      <p className="mt-2 text-slate-700">
        {t("slugLabel")}: <code>{series.slug}</code>. {t("slugNote")}
      </p>
      <SeriesForm
        action={saveSeriesAction.bind(null, locale, series.id)}
        initialValues={series.values}
        mode="edit"
        canSetReview={user.role === "ADMIN"}
      />
    </>
  );
}
