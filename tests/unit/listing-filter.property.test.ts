import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasActiveFilters, listingPage, parseListingQuery, toUpcomingFilter } from "@/lib/meetings/listing-filter";
import { isPlainText } from "@/lib/text/plain-text";
import { ALL_TEXT_INPUTS, DATE_INPUTS } from "@/tests/support/hostile-inputs";

const queryValue = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.constant(undefined));

describe("listing query parsing (property-based)", () => {
  it("never throws on any query a shared link could carry, and keeps only well-formed values", () => {
    fc.assert(
      fc.property(
        fc.record({ week: queryValue, from: queryValue, to: queryValue, area: queryValue, lang: queryValue }),
        (raw) => {
          const query = parseListingQuery(raw);
          if (query.lang !== undefined) expect(query.lang).toMatch(/^[a-z]{2,3}$/);
          for (const key of ["week", "from", "to"] as const) {
            if (query[key] !== undefined) expect(query[key]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          }
          if (query.area !== undefined) expect(query.area.length).toBeLessThanOrEqual(120);
          const { filter, invalidRange } = toUpcomingFilter(query);
          if (filter.from && filter.to) expect(filter.from.getTime()).toBeLessThan(filter.to.getTime());
          if (invalidRange) expect(filter.from).toBeUndefined();
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("listing query parsing (examples)", () => {
  it("keeps no hostile value of the shared corpus except as a well-formed filter", () => {
    for (const value of [...ALL_TEXT_INPUTS, ...DATE_INPUTS]) {
      for (const name of ["week", "from", "to", "lang", "page"] as const) {
        const kept = parseListingQuery({ [name]: value })[name];
        if (kept !== undefined)
          expect(`${kept}`, `${name}=${JSON.stringify(value)}`).toMatch(
            name === "lang" ? /^[a-z]{2,3}$/ : /^(20\d\d-\d\d-\d\d|\d+)$/,
          );
      }
      // An area is free text: kept trimmed, without control characters, or dropped.
      const area = parseListingQuery({ area: value }).area;
      if (area !== undefined) expect(area).toBe(value.trim());
      if (area !== undefined)
        expect(isPlainText(area) && !/[\u0000-\u001f\u007f]/.test(area), JSON.stringify(area)).toBe(true);
      expect(() =>
        toUpcomingFilter(parseListingQuery({ week: value, from: value, to: value, area: value, lang: value })),
      ).not.toThrow();
    }
  });

  it("drops an area with control characters, which the database would refuse", () => {
    expect(parseListingQuery({ area: "Oak Cliff\u0000" }).area).toBeUndefined();
    expect(parseListingQuery({ area: "Oak Cliff" }).area).toBe("Oak Cliff");
  });
});

describe("listing query dates", () => {
  it("ignores dates outside 2000–2099 instead of failing on them", () => {
    expect(parseListingQuery({ to: "9999-12-31", from: "0000-01-01" })).toEqual({});
    expect(() => toUpcomingFilter(parseListingQuery({ to: "2099-12-31" }))).not.toThrow();
  });
});

describe("the listing's pages", () => {
  const sessions = Array.from({ length: 45 }, (_, index) => index);

  it("shows twenty sessions a page, and a page past the end shows the last one", () => {
    expect(listingPage(sessions)).toEqual({ items: sessions.slice(0, 20), page: 1, pageCount: 3 });
    expect(listingPage(sessions, 3)).toEqual({ items: sessions.slice(40), page: 3, pageCount: 3 });
    expect(listingPage(sessions, 9)).toMatchObject({ page: 3, pageCount: 3 });
    expect(listingPage([], 1)).toEqual({ items: [], page: 1, pageCount: 1 });
  });

  it("reads only real page numbers from the URL, and a page alone is not a filter", () => {
    expect(parseListingQuery({ page: "2" }).page).toBe(2);
    for (const junk of ["1", "0", "-2", "2.5", "2abc", "99999", ""])
      expect(parseListingQuery({ page: junk }).page).toBeUndefined();
    expect(hasActiveFilters(parseListingQuery({ page: "2" }))).toBe(false);
    expect(hasActiveFilters(parseListingQuery({ page: "2", lang: "en" }))).toBe(true);
  });
});
