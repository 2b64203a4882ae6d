import "server-only";
import { FRESH_FOR_MS } from "@/lib/serving/page-cache";
import { zonedDateKey } from "@/lib/time/central-time";
import { getCurrentSeries, listFilterOptions } from "./data";
import { LISTING_PAGE_SIZE, type ListingDomain } from "./listing-filter";

/** The values the listing's filters can take right now (the same reads the page makes). */
export async function loadListingDomain(now = new Date()): Promise<ListingDomain> {
  const today = zonedDateKey(now);
  const series = await getCurrentSeries(today, "es");
  if (!series || series.hasEnded) return { today, endsOn: null, areas: new Set(), languages: new Set(), pageCount: 1 };
  const options = await listFilterOptions(series.id, now);
  return {
    today,
    endsOn: series.endsOn,
    areas: new Set(options.areas),
    languages: new Set(options.languages),
    pageCount: Math.max(1, Math.ceil(options.startDates.length / LISTING_PAGE_SIZE)),
  };
}

let memo: { generation: number; loadedAt: number; domain: Promise<ListingDomain | null> } | null = null;

/**
 * The same, read at most as often as a cached page goes stale (a minute) and again whenever `generation`
 * moves (the public cache's, bumped by every staff save), so the request
 * boundary checks a filtered link without a query. Null when the database
 * cannot say: the link is then taken as it is.
 */
export function currentListingDomain(generation: number, now = Date.now()): Promise<ListingDomain | null> {
  if (memo && memo.generation === generation && now - memo.loadedAt < FRESH_FOR_MS) return memo.domain;
  const loading: NonNullable<typeof memo> = {
    generation,
    loadedAt: now,
    domain: loadListingDomain(new Date(now)).catch(() => {
      if (memo === loading) memo = null;
      return null;
    }),
  };
  return (memo = loading).domain;
}
