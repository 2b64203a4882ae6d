import { loadListingDomain } from "@/lib/meetings/listing-domain";
import type { ListingDomain } from "@/lib/meetings/listing-filter";
import { cacheStore, FRESH_FOR_MS } from "./page-cache";

type Memo = { generation: number; loadedAt: number; domain: Promise<ListingDomain | null> };
let memo: Memo | null = null;

/**
 * What the listing's filters can show, read at most once a minute and again
 * after every staff save (the cache generation), so checking a filtered link
 * costs no query. Null when the database cannot say: the link is then taken
 * as it is.
 */
export function currentListingDomain(now = Date.now()): Promise<ListingDomain | null> {
  const { generation } = cacheStore();
  if (memo && memo.generation === generation && now - memo.loadedAt < FRESH_FOR_MS) return memo.domain;
  const loading: Memo = {
    generation,
    loadedAt: now,
    domain: loadListingDomain(new Date(now)).catch(() => {
      if (memo === loading) memo = null;
      return null;
    }),
  };
  memo = loading;
  return loading.domain;
}
