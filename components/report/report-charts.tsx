import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { languageNames } from "@/lib/meetings/languages-text";
import type { OutreachReport } from "@/lib/report/data";
import { type ReportScope, scopeQuery } from "@/lib/report/scope";
import { type ReportTableName, reportTables } from "@/lib/report/tables";
import { formatShortDateKey } from "@/lib/time/format";
import { BarChart } from "./bar-chart";
import { ReportSection } from "./report-section";
import { WeekChart } from "./week-chart";

type Props = { report: OutreachReport; scope: ReportScope; locale: Locale };

/** The report's figures at a glance, then each part as a chart over its table. */
export async function ReportCharts({ report, scope, locale }: Props) {
  const t = await getTranslations("Report");
  const tables = reportTables(report, locale);
  const number = new Intl.NumberFormat(locale === "es" ? "es" : "en-US");
  const formatNumber = (value: number) => number.format(value);
  const csvHref = (table: ReportTableName) =>
    `/api/report/${table}?${new URLSearchParams({ locale, ...scopeQuery(scope) })}`;
  const totals = {
    held: report.weeks.reduce((sum, row) => sum + row.held, 0),
    taps: report.areaTaps.reduce((sum, row) => sum + row.taps, 0),
  };
  const glance = "rounded-md border border-slate-300 p-3 font-semibold print:p-1";

  return (
    <>
      <section aria-labelledby="report-glance" className="mt-8 print:mt-2">
        <h2 id="report-glance" className="text-2xl font-bold print:sr-only">
          {t("glanceHeading")}
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-3 print:mt-0 print:grid-cols-5 print:gap-2 print:text-xs">
          <li className={glance}>{t("glanceHeld", { count: totals.held })}</li>
          <li className={glance}>{t("glanceTaps", { count: totals.taps })}</li>
          <li className={glance}>{t("glancePlaces", { count: report.places.length })}</li>
          <li className={glance}>{t("glanceQuestions", { count: report.questions.received })}</li>
          <li className={glance}>{t("glanceRequests", { count: report.requests.received })}</li>
        </ul>
      </section>
      <div className="print:grid print:grid-cols-3 print:gap-x-4">
        <ReportSection id="report-weeks" heading={t("weeksHeading")} table={tables.weeks} csvHref={csvHref("weeks")}>
          <WeekChart
            title={t("weeksChartTitle")}
            xLabel={t("weeksX")}
            yLabel={t("weeksY")}
            weeks={report.weeks}
            series={[
              { key: "held", label: t("seriesHeld"), mark: "solid" },
              { key: "upcoming", label: t("seriesUpcoming"), mark: "outline" },
              { key: "cancelled", label: t("seriesCancelled"), mark: "hatch" },
              { key: "postponed", label: t("seriesPostponed"), mark: "dots" },
            ]}
            weekLabel={(week) => formatShortDateKey(week, locale)}
            formatNumber={formatNumber}
          />
        </ReportSection>
        <ReportSection
          id="report-meetings"
          heading={t("meetingsHeading")}
          note={report.meetingTaps.length > 0 ? t("meetingsTop", { count: report.meetingTaps.length }) : undefined}
          table={tables.meetings}
          csvHref={csvHref("meetings")}
        >
          {report.meetingTaps.length > 0 ? (
            <BarChart
              title={t("meetingsChartTitle")}
              xLabel={t("tapsX")}
              series={[{ label: t("colTaps"), mark: "solid" }]}
              items={report.meetingTaps.map((row, index) => ({
                key: `${row.slug}-${index}`,
                label: `${tables.meetings.rows[index]![2]!.text} · ${row.place}`,
                values: [row.taps],
              }))}
              formatNumber={formatNumber}
            />
          ) : (
            <p className="mt-2">{t("noTaps")}</p>
          )}
        </ReportSection>
        <ReportSection id="report-areas" heading={t("areasHeading")} table={tables.areas} csvHref={csvHref("areas")}>
          {report.areaTaps.length > 0 ? (
            <BarChart
              title={t("areasChartTitle")}
              xLabel={t("tapsX")}
              series={[{ label: t("colTaps"), mark: "solid" }]}
              items={report.areaTaps.map((row) => ({
                key: row.area,
                label: row.area || t("noArea"),
                values: [row.taps],
              }))}
              formatNumber={formatNumber}
            />
          ) : (
            <p className="mt-2">{t("noMeetings")}</p>
          )}
        </ReportSection>
        <ReportSection
          id="report-interpretation"
          heading={t("interpretationHeading")}
          note={t("interpretationNote")}
          table={tables.interpretation}
          csvHref={csvHref("interpretation")}
        >
          {report.interpretation.length > 0 ? (
            <BarChart
              title={t("interpretationChartTitle")}
              xLabel={t("interpretationX")}
              series={[
                { label: t("seriesAsked"), mark: "outline" },
                { label: t("seriesArranged"), mark: "solid" },
              ]}
              items={report.interpretation.map((row) => ({
                key: row.language,
                label: languageNames([row.language], locale),
                values: [row.meetingsAsked, row.meetingsOffering],
              }))}
              formatNumber={formatNumber}
            />
          ) : (
            <p className="mt-2">{t("noInterpretation")}</p>
          )}
        </ReportSection>
        <ReportSection
          id="report-questions"
          heading={t("questionsHeading")}
          note={t("questionsGeneral")}
          table={tables.questions}
          csvHref={csvHref("questions")}
          printTable
        >
          <BarChart
            title={t("questionsChartTitle")}
            xLabel={t("questionsX")}
            series={[{ label: t("questionsX"), mark: "solid" }]}
            items={[
              { key: "received", label: t("rowReceived"), values: [report.questions.received] },
              { key: "answered", label: t("rowAnswered"), values: [report.questions.answered] },
              { key: "published", label: t("rowPublished"), values: [report.questions.published] },
            ]}
            formatNumber={formatNumber}
          />
        </ReportSection>
        <ReportSection
          id="report-requests"
          heading={t("requestsHeading")}
          note={t("requestsNote")}
          table={tables.requests}
          csvHref={csvHref("requests")}
          printTable
        >
          <BarChart
            title={t("requestsChartTitle")}
            xLabel={t("requestsX")}
            series={[{ label: t("requestsX"), mark: "solid" }]}
            items={[
              { key: "received", label: t("rowReceived"), values: [report.requests.received] },
              { key: "accepted", label: t("rowAccepted"), values: [report.requests.accepted] },
              { key: "declined", label: t("rowDeclined"), values: [report.requests.declined] },
            ]}
            formatNumber={formatNumber}
          />
        </ReportSection>
        <ReportSection
          id="report-places"
          heading={t("placesHeading")}
          table={tables.places}
          csvHref={csvHref("places")}
        >
          <p className="mt-2 print:mt-0 print:text-[8pt]">
            {report.places.length === 0
              ? t("noPlaces")
              : t("placesSummary", {
                  partners: report.places.filter((row) => row.isPartner).length,
                  new: report.places.filter((row) => row.isNew).length,
                })}
          </p>
        </ReportSection>
      </div>
    </>
  );
}
