import { z } from "zod";
import { isPlainText } from "@/lib/text/plain-text";
import { addDaysToDateKey, zonedDateTimeToInstant } from "@/lib/time/central-time";
import type { UpcomingFilter } from "./data";

// Years a listing can sensibly ask about; anything else is a malformed link.
const dateKey = z
  .string()
  .regex(/^(20\d\d)-\d{2}-\d{2}$/)
  .refine((value) => zonedDateTimeToInstant(value, "00:00").ok);
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/**
 * The listing's filters as they travel in the URL query (a plain GET form),
 * and its page: absent for the first (the form leaves it out, so changing
 * a filter starts over).
 */
const listingQuerySchema = z.object({
  week: optional(dateKey),
  from: optional(dateKey),
  to: optional(dateKey),
  // No control characters or half surrogate pairs: the database refuses them, and no area name has them.
  area: optional(
    z
      .string()
      .trim()
      .min(1)
      .max(120)
      .regex(/^[^\u0000-\u001f\u007f]+$/)
      .refine(isPlainText),
  ),
  lang: optional(z.string().regex(/^[a-z]{2,3}$/)),
  page: optional(
    z
      .string()
      .regex(/^\d{1,4}$/)
      .transform(Number)
      .pipe(z.number().int().min(2)),
  ),
});

export type ListingQuery = z.infer<typeof listingQuerySchema>;

/** The parameters the listing reads; any other one (fbclid, utm_*) changes nothing on the page. */
export const LISTING_PARAMS = [
  "week",
  "from",
  "to",
  "area",
  "lang",
  "page",
] as const satisfies readonly (keyof ListingQuery)[];

function first(value: string | string[] | undefined): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  return single === "" ? undefined : single;
}

/** Reads the query, silently dropping anything malformed (a shared link must never error). */
export function parseListingQuery(searchParams: Record<string, string | string[] | undefined>): ListingQuery {
  return listingQuerySchema.parse(Object.fromEntries(LISTING_PARAMS.map((name) => [name, first(searchParams[name])])));
}

function startOfDay(date: string): Date {
  const result = zonedDateTimeToInstant(date, "00:00");
  if (!result.ok) throw new Error(`Unexpected invalid date ${date}`);
  return result.instant;
}

/**
 * Turns the query into a database filter. A week runs Monday to Sunday in
 * Dallas time; "to" includes the whole day. A range that ends before it
 * starts is ignored and reported so the page can say so.
 */
export function toUpcomingFilter(query: ListingQuery): { filter: UpcomingFilter; invalidRange: boolean } {
  const filter: UpcomingFilter = { area: query.area, language: query.lang };
  let fromKey = query.from;
  let toKey = query.to;
  if (query.week) {
    fromKey = query.week;
    toKey = addDaysToDateKey(query.week, 6);
  }
  const invalidRange = Boolean(fromKey && toKey && toKey < fromKey);
  if (!invalidRange) {
    if (fromKey) filter.from = startOfDay(fromKey);
    if (toKey) filter.to = startOfDay(addDaysToDateKey(toKey, 1));
  }
  return { filter, invalidRange };
}

/** Monday ("YYYY-MM-DD") of the week containing a date key. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return addDaysToDateKey(date, -((weekday + 6) % 7));
}

/** What the listing can show at all: the values its filters may take. */
export type ListingDomain = {
  /** Today in Dallas ("YYYY-MM-DD"): the listing starts here. */
  today: string;
  /** The current series' last day, or null when there is no running series (then no filter shows anything). */
  endsOn: string | null;
  areas: ReadonlySet<string>;
  languages: ReadonlySet<string>;
  /** Pages of the unfiltered listing. */
  pageCount: number;
};

/**
 * The query without values the page cannot show: dates before today or
 * after the series ends (a week counts while any of its days is in that
 * window), areas and languages no upcoming session has, a page past the
 * last. A link carrying one is sent to the query this returns, so random
 * values cannot multiply the pages the server renders.
 */
export function withinListingDomain(query: ListingQuery, domain: ListingDomain): ListingQuery {
  const { today, endsOn } = domain;
  if (endsOn === null) return {};
  const inWindow = (date: string | undefined, lastDay = date) =>
    date && lastDay && lastDay >= today && date <= endsOn ? date : undefined;
  const page = query.page === undefined ? undefined : Math.min(query.page, domain.pageCount);
  return {
    week: query.week ? inWindow(query.week, addDaysToDateKey(query.week, 6)) : undefined,
    from: inWindow(query.from),
    to: inWindow(query.to),
    area: query.area !== undefined && domain.areas.has(query.area) ? query.area : undefined,
    lang: query.lang !== undefined && domain.languages.has(query.lang) ? query.lang : undefined,
    page: page !== undefined && page >= 2 ? page : undefined,
  };
}

/** The query as URL parameters in one fixed order: equal queries give equal URLs. */
export function listingQueryParams(query: ListingQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of LISTING_PARAMS) {
    const value = query[name];
    if (value !== undefined) params.set(name, String(value));
  }
  return params;
}

export function hasActiveFilters(query: ListingQuery): boolean {
  return Object.entries(query).some(([name, value]) => name !== "page" && value !== undefined);
}

/**
 * A phone on slow data gets this many sessions at a time: with the
 * framework's own scripts, a page stays under the 150 KB budget.
 */
export const LISTING_PAGE_SIZE = 20;

/** The sessions of one page, and which page that is (a page past the end shows the last). */
export function listingPage<T>(items: T[], requested = 1): { items: T[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(items.length / LISTING_PAGE_SIZE));
  const page = Math.min(requested, pageCount);
  return { items: items.slice((page - 1) * LISTING_PAGE_SIZE, page * LISTING_PAGE_SIZE), page, pageCount };
}
