import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseListingQuery, toUpcomingFilter } from "@/lib/meetings/listing-filter";

const queryValue = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.constant(undefined));

describe("listing query parsing (property-based)", () => {
  it("never throws on any query a shared link could carry, and keeps only well-formed values", () => {
    fc.assert(
      fc.property(fc.record({ week: queryValue, from: queryValue, to: queryValue, area: queryValue, lang: queryValue }), (raw) => {
        const query = parseListingQuery(raw);
        if (query.lang !== undefined) expect(query.lang).toMatch(/^[a-z]{2,3}$/);
        for (const key of ["week", "from", "to"] as const) {
          if (query[key] !== undefined) expect(query[key]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        if (query.area !== undefined) expect(query.area.length).toBeLessThanOrEqual(120);
        const { filter, invalidRange } = toUpcomingFilter(query);
        if (filter.from && filter.to) expect(filter.from.getTime()).toBeLessThan(filter.to.getTime());
        if (invalidRange) expect(filter.from).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });
});

describe("listing query parsing (examples)", () => {
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
