import "server-only";
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
