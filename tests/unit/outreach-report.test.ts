import { parse } from "csv-parse/sync";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "@/components/report/bar-chart";
import { WeekChart } from "@/components/report/week-chart";
import type { OutreachReport } from "@/lib/report/data";
import { reportTableCsv } from "@/lib/report/csv";
import { parseReportScope, reportWindow, weeksOf } from "@/lib/report/scope";
import { publicCount } from "@/lib/report/small-counts";
import { reportTables } from "@/lib/report/tables";

const DEFAULTS = { from: "2026-11-15", to: "2027-02-20", seriesId: "series-1" };

describe("the report's scope", () => {
  it("is the current series when nothing is asked, and what was asked otherwise", () => {
    expect(parseReportScope({}, DEFAULTS)).toEqual({ ok: true, scope: { ...DEFAULTS, area: null } });
    expect(parseReportScope({ from: "2027-01-01", to: "2027-01-31", series: "", area: "Oak Cliff" }, DEFAULTS)).toEqual(
      {
        ok: true,
        scope: { from: "2027-01-01", to: "2027-01-31", seriesId: null, area: "Oak Cliff" },
      },
    );
  });

  it("falls back to the current series, saying why, for dates it cannot use", () => {
    const fallback = { ...DEFAULTS, area: null };
    expect(parseReportScope({ from: "2027-02-30" }, DEFAULTS)).toEqual({
      ok: false,
      scope: fallback,
      problem: "invalidDates",
    });
    expect(parseReportScope({ from: "next week" }, DEFAULTS)).toEqual({
      ok: false,
      scope: fallback,
      problem: "invalidDates",
    });
    expect(parseReportScope({ from: "2027-02-01", to: "2027-01-01" }, DEFAULTS)).toEqual({
      ok: false,
      scope: fallback,
      problem: "toBeforeFrom",
    });
    expect(parseReportScope({ from: "2025-01-01", to: "2027-01-01" }, DEFAULTS)).toEqual({
      ok: false,
      scope: fallback,
      problem: "tooLong",
    });
    expect(parseReportScope({ from: "2026-01-01", to: "2027-01-01" }, DEFAULTS).ok).toBe(true);
  });

  it("covers whole Dallas days, across the change to daylight time", () => {
    const window = reportWindow({ from: "2027-03-14", to: "2027-03-14", seriesId: null, area: null });
    // Midnight CST (UTC-6) to the next midnight, now CDT (UTC-5): a 23-hour day.
    expect(window.start.toISOString()).toBe("2027-03-14T06:00:00.000Z");
    expect(window.end.toISOString()).toBe("2027-03-15T05:00:00.000Z");
  });

  it("has a row for every week, each starting on the Monday", () => {
    expect(weeksOf("2026-11-15", "2026-12-01")).toEqual(["2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"]);
    expect(weeksOf("2027-01-04", "2027-01-04")).toEqual(["2027-01-04"]);
  });
});

describe("counts on the public page", () => {
  it("says 'fewer than 5' for 1 to 4, and shows 0 and 5 and up as they are", () => {
    expect([0, 1, 4, 5, 12].map(publicCount)).toEqual([
      { exact: 0 },
      { fewerThan: 5 },
      { fewerThan: 5 },
      { exact: 5 },
      { exact: 12 },
    ]);
  });
});

const REPORT: OutreachReport = {
  weeks: [
    { week: "2027-01-04", held: 2, upcoming: 0, cancelled: 1, postponed: 0 },
    { week: "2027-01-11", held: 0, upcoming: 3, cancelled: 0, postponed: 1 },
  ],
  meetingTaps: [
    {
      slug: "a",
      title: 'Reunión, "especial"\nen Oak Cliff',
      place: '=HYPERLINK("http://evil.example")',
      startsAt: new Date("2027-01-08T00:30:00Z"),
      taps: 12,
    },
  ],
  areaTaps: [{ area: "", meetings: 3, taps: 12 }],
  interpretation: [{ language: "vi", taps: 4, meetingsAsked: 2, meetingsAskedAndArranged: 1, meetingsOffering: 1 }],
  questions: { received: 4, answered: 3, published: 2, medianHoursToPublished: 17.5 },
  requests: { received: 3, accepted: 1, declined: 1, waiting: 1, medianHoursToFirstResponse: null },
  places: [{ name: "Iglesia Familia Bethel", isPartner: true, held: 2, isNew: false }],
};

describe("the report's CSV files", () => {
  const tables = reportTables(REPORT, "es");
  const read = (csv: string) => parse(csv, { bom: true, relax_column_count: false }) as string[][];

  it("start with a UTF-8 byte-order mark, end records with CRLF, and read back as the table, accents and all", () => {
    const csv = reportTableCsv(tables.weeks);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\r\n");
    expect(csv.replace(/\r\n/g, "")).not.toContain("\n");
    expect(read(csv)).toEqual([
      ["Semana del", "Realizadas", "Por venir", "Canceladas", "Aplazadas"],
      ["2027-01-04", "2", "0", "1", "0"],
      ["2027-01-11", "0", "3", "0", "1"],
    ]);
    expect(read(reportTableCsv(tables.interpretation))[1]![0]).toBe("vietnamita");
  });

  it("quote commas, quotes and line breaks, write dates in ISO 8601 with Dallas's offset, and never start a cell with a formula", () => {
    const [header, row] = read(reportTableCsv(tables.meetings));
    expect(header).toEqual(["Reunión", "Lugar", "Fecha", "Toques"]);
    expect(row![0]).toBe('Reunión, "especial"\nen Oak Cliff');
    // 00:30 UTC on the 8th is 6:30 PM on the 7th in Dallas.
    expect(row![2]).toBe("2027-01-07T18:30:00-06:00");
    expect(row![1]!.startsWith("=")).toBe(false);
    expect(row![1]).toContain('HYPERLINK("http://evil.example")');
  });

  it("name a place without an area, and a median not known yet, in the reader's language", () => {
    expect(read(reportTableCsv(reportTables(REPORT, "en").areas))[1]).toEqual(["No area given", "3", "12"]);
    expect(read(reportTableCsv(tables.requests)).at(-1)).toEqual([
      "Tiempo mediano hasta la primera respuesta del personal",
      "",
    ]);
    expect(reportTables(REPORT, "es").questions.rows.at(-1)![1]!.text).toBe("17,5 horas");
  });
});

describe("the report's charts", () => {
  const weekChart = renderToStaticMarkup(
    createElement(WeekChart<"held" | "cancelled">, {
      title: "Meetings per week",
      xLabel: "Week starting Monday (Dallas time)",
      yLabel: "Meetings",
      weeks: [
        { week: "2027-01-04", held: 2, cancelled: 1 },
        { week: "2027-01-11", held: 0, cancelled: 0 },
        { week: "2027-01-18", held: 4, cancelled: 0 },
      ],
      series: [
        { key: "held", label: "Held", mark: "solid" },
        { key: "cancelled", label: "Cancelled", mark: "hatch" },
      ],
      weekLabel: (week) => week.slice(5),
      formatNumber: String,
    }),
  );

  it("draw as SVG with a title, both axes labelled and a legend, needing no script", () => {
    expect(weekChart).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)-title"/);
    expect(weekChart).toContain("Meetings per week</title>");
    expect(weekChart).toContain(">Week starting Monday (Dallas time)</text>");
    expect(weekChart).toContain(">Meetings</text>");
    expect(weekChart).toContain(">01-04</text>");
    expect(weekChart).toContain("Held</li>");
    expect(weekChart).toContain("Cancelled</li>");
    expect(weekChart).not.toContain("<script");
  });

  it("stack each week's counts: one bar segment per count above zero, heights in proportion", () => {
    const heights = [...weekChart.matchAll(/<rect x="[\d.]+" width="[\d.]+" y="[\d.]+" height="([\d.]+)"/g)].map(
      (match) => Number(match[1]),
    );
    expect(heights).toHaveLength(3);
    const [held, heldLater, cancelled] = [heights[0]!, heights[1]!, heights[2]!];
    expect(heldLater / held).toBeCloseTo(2, 5);
    expect(held / cancelled).toBeCloseTo(2, 5);
  });

  it("tell series apart by shape as well as colour: the cancelled segment is hatched", () => {
    expect(weekChart).toMatch(/<pattern id="[^"]+-hatch"/);
    expect(weekChart).toMatch(/fill="url\(#[^"]+-hatch\)"/);
  });

  it("end each horizontal bar in its number, bars in proportion", () => {
    const chart = renderToStaticMarkup(
      createElement(BarChart, {
        title: "Taps per area",
        xLabel: "Taps",
        series: [{ label: "Taps", mark: "solid" }],
        items: [
          { key: "a", label: "Oak Cliff", values: [30] },
          { key: "b", label: "Pleasant Grove", values: [10] },
        ],
        formatNumber: String,
      }),
    );
    expect(chart).toContain(">Oak Cliff</text>");
    expect(chart).toContain(">30</text>");
    const widths = [...chart.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((match) =>
      Number(match[1]),
    );
    expect(widths[0]! / widths[1]!).toBeCloseTo(3, 5);
  });
});
