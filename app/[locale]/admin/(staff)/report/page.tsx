import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FormAlert } from "@/components/admin/form-alert";
import { ReportCharts } from "@/components/report/report-charts";
import { ReportForm } from "@/components/report/report-form";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { localeParam } from "@/lib/i18n/page-locale";
import { defaultReportScope, outreachReport, reportChoices } from "@/lib/report/data";
import { parseReportScope, reportWindow } from "@/lib/report/scope";
import { formatDateKey } from "@/lib/time/format";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "Report" });
  return { title: t("title") };
}

const PROBLEMS = {
  invalidDates: "problemInvalidDates",
  toBeforeFrom: "problemToBeforeFrom",
  tooLong: "problemTooLong",
} as const;

/** The outreach report: a period, a series and an area in the URL; counts drawn as charts, each with its table and CSV file. */
export default async function ReportPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  await requireStaffPage(locale, "viewReport");
  const t = await getTranslations("Report");
  const now = new Date();
  const parsed = parseReportScope(await searchParams, await defaultReportScope(now));
  const { scope } = parsed;
  const [report, choices] = await Promise.all([
    outreachReport(reportWindow(scope, now), locale),
    reportChoices(locale),
  ]);
  const seriesTitle = scope.seriesId
    ? (choices.series.find((item) => item.id === scope.seriesId)?.title ?? scope.seriesId)
    : t("scopeAllSeries");
  const period = t("period", { from: formatDateKey(scope.from, locale), to: formatDateKey(scope.to, locale) });

  return (
    <div className="report">
      <h1 className="text-3xl font-bold print:text-xl">{t("title")}</h1>
      <p className="mt-1 text-lg font-semibold print:text-sm">
        {t("scopeLine", { period, series: seriesTitle, area: scope.area ?? t("scopeAllAreas") })}
      </p>
      <p className="no-print mt-2 text-slate-700">{t("intro")}</p>
      {parsed.ok ? null : (
        <div className="mt-4">
          <FormAlert>{t(PROBLEMS[parsed.problem])}</FormAlert>
        </div>
      )}
      <ReportForm scope={scope} series={choices.series} areas={choices.areas} />
      <p className="no-print mt-2 text-slate-700">{t("printNote")}</p>
      <ReportCharts report={report} scope={scope} locale={locale} />
    </div>
  );
}
