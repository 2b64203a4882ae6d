import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { languageNames } from "@/lib/meetings/languages-text";
import { toZonedIsoString } from "@/lib/time/central-time";
import { formatMediumDay, formatShortDateKey } from "@/lib/time/format";
import type { OutreachReport } from "./data";

/**
 * The report's tables, each once: the page shows them under their charts
 * and the CSV route writes them. A cell has the words the page shows and
 * the value a spreadsheet wants (a number, an ISO 8601 date with Dallas's
 * offset, a language code beside its name).
 */

export const REPORT_TABLES = [
  "weeks",
  "meetings",
  "areas",
  "interpretation",
  "questions",
  "requests",
  "places",
] as const;
export type ReportTableName = (typeof REPORT_TABLES)[number];

export type Cell = { text: string; value: string | number };
export type ReportTable = { name: ReportTableName; headers: string[]; rows: Cell[][] };

export function isReportTable(name: string): name is ReportTableName {
  return (REPORT_TABLES as readonly string[]).includes(name);
}

export function reportTables(report: OutreachReport, locale: Locale): Record<ReportTableName, ReportTable> {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Report" });
  const number = new Intl.NumberFormat(locale === "es" ? "es" : "en-US");
  const count = (value: number): Cell => ({ text: number.format(value), value });
  const words = (text: string): Cell => ({ text, value: text });
  const hours = (value: number | null): Cell =>
    value === null ? { text: t("noMedian"), value: "" } : { text: t("hours", { hours: value }), value };
  const yesNo = (value: boolean): Cell => words(value ? t("yes") : t("no"));
  const measures = (rows: [string, Cell][]): ReportTable["rows"] => rows.map(([label, cell]) => [words(label), cell]);

  return {
    weeks: {
      name: "weeks",
      headers: [t("colWeek"), t("seriesHeld"), t("seriesUpcoming"), t("seriesCancelled"), t("seriesPostponed")],
      rows: report.weeks.map((row) => [
        { text: formatShortDateKey(row.week, locale), value: row.week },
        count(row.held),
        count(row.upcoming),
        count(row.cancelled),
        count(row.postponed),
      ]),
    },
    meetings: {
      name: "meetings",
      headers: [t("colMeeting"), t("colPlace"), t("colDate"), t("colTaps")],
      rows: report.meetingTaps.map((row) => [
        words(row.title),
        words(row.place),
        { text: formatMediumDay(row.startsAt, locale), value: toZonedIsoString(row.startsAt) },
        count(row.taps),
      ]),
    },
    areas: {
      name: "areas",
      headers: [t("colArea"), t("colMeetings"), t("colTaps")],
      rows: report.areaTaps.map((row) => [words(row.area || t("noArea")), count(row.meetings), count(row.taps)]),
    },
    interpretation: {
      name: "interpretation",
      headers: [
        t("colLanguage"),
        t("colTapsAsking"),
        t("colMeetingsAsked"),
        t("colMeetingsArranged"),
        t("colMeetingsOffering"),
      ],
      rows: report.interpretation.map((row) => [
        words(languageNames([row.language], locale)),
        count(row.taps),
        count(row.meetingsAsked),
        count(row.meetingsAskedAndArranged),
        count(row.meetingsOffering),
      ]),
    },
    questions: {
      name: "questions",
      headers: [t("colMeasure"), t("colValue")],
      rows: measures([
        [t("rowReceived"), count(report.questions.received)],
        [t("rowAnswered"), count(report.questions.answered)],
        [t("rowPublished"), count(report.questions.published)],
        [t("rowMedianToPublished"), hours(report.questions.medianHoursToPublished)],
      ]),
    },
    requests: {
      name: "requests",
      headers: [t("colMeasure"), t("colValue")],
      rows: measures([
        [t("rowReceived"), count(report.requests.received)],
        [t("rowAccepted"), count(report.requests.accepted)],
        [t("rowDeclined"), count(report.requests.declined)],
        [t("rowWaiting"), count(report.requests.waiting)],
        [t("rowMedianToFirstResponse"), hours(report.requests.medianHoursToFirstResponse)],
      ]),
    },
    places: {
      name: "places",
      headers: [t("colPlace"), t("colHeld"), t("colPartner"), t("colNew")],
      rows: report.places.map((row) => [words(row.name), count(row.held), yesNo(row.isPartner), yesNo(row.isNew)]),
    },
  };
}
