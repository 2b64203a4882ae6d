import { z } from "zod";
import { addDaysToDateKey, zonedDateTimeToInstant } from "@/lib/time/central-time";
import type { UpcomingFilter } from "./data";

// Years a listing can sensibly ask about; anything else is a malformed link.
const dateKey = z
  .string()
  .regex(/^(20\d\d)-\d{2}-\d{2}$/)
  .refine((value) => zonedDateTimeToInstant(value, "00:00").ok);
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** The listing's filters as they travel in the URL query (a plain GET form). */
const listingQuerySchema = z.object({
  week: optional(dateKey),
  from: optional(dateKey),
  to: optional(dateKey),
  // No control characters: PostgreSQL refuses NUL bytes in text, and no area name has them.
  area: optional(z.string().trim().min(1).max(120).regex(/^[^\u0000-\u001f\u007f]+$/)),
  lang: optional(z.string().regex(/^[a-z]{2,3}$/)),
});

export type ListingQuery = z.infer<typeof listingQuerySchema>;

function first(value: string | string[] | undefined): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  return single === "" ? undefined : single;
}

/** Reads the query, silently dropping anything malformed (a shared link must never error). */
export function parseListingQuery(searchParams: Record<string, string | string[] | undefined>): ListingQuery {
  return listingQuerySchema.parse({
    week: first(searchParams.week),
    from: first(searchParams.from),
    to: first(searchParams.to),
    area: first(searchParams.area),
    lang: first(searchParams.lang),
  });
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

export function hasActiveFilters(query: ListingQuery): boolean {
  return Object.values(query).some((value) => value !== undefined);
}
