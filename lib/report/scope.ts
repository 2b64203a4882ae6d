import { z } from "zod";
import { addDaysToDateKey, isDateKey, zonedDateTimeToInstant } from "@/lib/time/central-time";

/**
 * What one report covers: Dallas calendar days from `from` to `to`, both
 * included, optionally one series and one area (a neighborhood or police
 * division, as the residents' listing filters by). The same parsing serves
 * the report page and its CSV files, so a download always holds what the
 * page showed.
 */
export type ReportScope = { from: string; to: string; seriesId: string | null; area: string | null };

/**
 * The instants a scope covers, from the start of `from` to the start of the
 * day after `to` in Dallas, and the moment "held" is judged at.
 */
export type ReportWindow = ReportScope & { start: Date; end: Date; now: Date };

// A year and a bit: the longest period staff need to compare ("this year's
// series against last year's"); longer ones would only be slow to read.
export const LONGEST_REPORT_DAYS = 400;

const dateKey = z.string().refine(isDateKey);
const optionalText = z
  .string()
  .trim()
  .max(120)
  .transform((value) => value || null);

const querySchema = z.object({
  from: dateKey,
  to: dateKey,
  series: optionalText.optional(),
  area: optionalText.optional(),
});

export type ScopeDefaults = { from: string; to: string; seriesId: string | null };

export type ParsedScope =
  | { ok: true; scope: ReportScope }
  | { ok: false; scope: ReportScope; problem: "invalidDates" | "toBeforeFrom" | "tooLong" };

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The scope asked for in a query string, or the defaults (the current
 * series) for what is missing. A scope that cannot be read comes back with
 * the defaults and the problem, so the page can say what was wrong and
 * still show a report.
 */
export function parseReportScope(
  query: Record<string, string | string[] | undefined>,
  defaults: ScopeDefaults,
): ParsedScope {
  const single = (name: string) => {
    const value = query[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const fallback: ReportScope = { from: defaults.from, to: defaults.to, seriesId: defaults.seriesId, area: null };
  const parsed = querySchema.safeParse({
    from: single("from") || defaults.from,
    to: single("to") || defaults.to,
    // An empty "series" is "every series"; an absent one is the default.
    series: single("series") ?? defaults.seriesId ?? "",
    area: single("area") ?? "",
  });
  if (!parsed.success) return { ok: false, scope: fallback, problem: "invalidDates" };
  const { from, to, series, area } = parsed.data;
  const scope: ReportScope = { from, to, seriesId: series ?? null, area: area ?? null };
  if (to < from) return { ok: false, scope: fallback, problem: "toBeforeFrom" };
  if (daysBetween(from, to) > LONGEST_REPORT_DAYS) return { ok: false, scope: fallback, problem: "tooLong" };
  return { ok: true, scope };
}

export function reportWindow(scope: ReportScope, now = new Date()): ReportWindow {
  const startOf = (day: string) => {
    const result = zonedDateTimeToInstant(day, "00:00");
    if (!result.ok) throw new Error(`Not a Dallas day: ${day}`);
    return result.instant;
  };
  return { ...scope, start: startOf(scope.from), end: startOf(addDaysToDateKey(scope.to, 1)), now };
}

/** The scope as a query string, for links (CSV files, the print view) that must show the same report. */
export function scopeQuery(scope: ReportScope): Record<string, string> {
  return { from: scope.from, to: scope.to, series: scope.seriesId ?? "", ...(scope.area ? { area: scope.area } : {}) };
}

/** The Monday of every week that has a day in [from, to]. */
export function weeksOf(from: string, to: string): string[] {
  const day = new Date(`${from}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  const weeks: string[] = [];
  for (; day.toISOString().slice(0, 10) <= to; day.setUTCDate(day.getUTCDate() + 7))
    weeks.push(day.toISOString().slice(0, 10));
  return weeks;
}
