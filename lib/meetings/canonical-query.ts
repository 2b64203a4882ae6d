import type { AppPathname } from "@/lib/i18n/paths";
import { parseArchiveQuery } from "@/lib/meetings/archive-query";
import {
  LISTING_PARAMS,
  type ListingDomain,
  listingQueryParams,
  parseListingQuery,
  withinListingDomain,
} from "@/lib/meetings/listing-filter";

/**
 * The query parameters a public page reads, in one fixed order. Tracking
 * tags (fbclid, utm_*) and any parameter no page reads change nothing on
 * the page, so they are left out of its cache key: a link shared on
 * Facebook is the plain page's cache entry.
 */

export type CanonicalQuery = {
  /** "" or "?name=value&…". */
  search: string;
  /** Whether the URL already says exactly that (other parameters aside); if not, it is sent there. */
  asked: boolean;
};

/** The listing's entry in the route table (lib/i18n/pathnames.ts). */
export const LISTING_PAGE = "/" satisfies AppPathname;
const ARCHIVE_PAGE = "/archive" satisfies AppPathname;

function readParams(page: string): readonly string[] {
  if (page === LISTING_PAGE) return LISTING_PARAMS;
  if (page === ARCHIVE_PAGE) return ["page"];
  return [];
}

function asRecord(searchParams: URLSearchParams, names: readonly string[]): Record<string, string[]> {
  return Object.fromEntries(names.map((name) => [name, searchParams.getAll(name)]));
}

/**
 * The query a public page is rendered with, the page named by its entry in
 * the route table (`"/"`, `"/archive"`…). Malformed values
 * (which the page ignores) are dropped; on the listing, given what its
 * filters can show (`listingDomain`), so are values that cannot match
 * anything. Empty values, as a GET form sends for fields left blank, count
 * as absent and need no redirect.
 */
export function canonicalQuery(
  page: string,
  searchParams: URLSearchParams,
  listingDomain: ListingDomain | null = null,
): CanonicalQuery {
  const names = readParams(page);
  let canonical = new URLSearchParams();
  if (page === LISTING_PAGE) {
    const query = parseListingQuery(asRecord(searchParams, names));
    canonical = listingQueryParams(listingDomain ? withinListingDomain(query, listingDomain) : query);
  } else if (page === ARCHIVE_PAGE) {
    const { page } = parseArchiveQuery(asRecord(searchParams, names));
    if (page > 1) canonical.set("page", String(page));
  }
  const asked = names.every((name) => {
    const given = searchParams.getAll(name).filter((value) => value !== "");
    const wanted = canonical.getAll(name);
    return given.length === wanted.length && given.every((value, index) => value === wanted[index]);
  });
  const text = canonical.toString();
  return { search: text ? `?${text}` : "", asked };
}
