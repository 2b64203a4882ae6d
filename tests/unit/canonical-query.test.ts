import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalQuery } from "@/lib/meetings/canonical-query";
import type { ListingDomain } from "@/lib/meetings/listing-filter";

const query = (text: string) => new URLSearchParams(text);
const domain: ListingDomain = {
  today: "2027-01-12",
  endsOn: "2027-02-20",
  areas: new Set(["Oak Cliff", "Southwest"]),
  languages: new Set(["es", "en"]),
  pageCount: 3,
};

describe("the cache key's query", () => {
  it("leaves out tracking tags and parameters no page reads, so a shared link is the plain page", () => {
    for (const path of ["/", "/meetings/[slug]", "/archive", "ics/[locale]/[slug]"]) {
      expect(canonicalQuery(path, query("fbclid=IwAR3x&utm_source=whatsapp&utm_medium=social&ref=flyer"))).toEqual({
        search: "",
        asked: true,
      });
    }
  });

  it("puts the listing's parameters in one order, whatever order the link used", () => {
    const one = canonicalQuery("/", query("lang=es&area=Oak+Cliff&utm_campaign=x&week=2027-01-11"));
    const other = canonicalQuery("/", query("week=2027-01-11&area=Oak%20Cliff&lang=es"));
    expect(one).toEqual(other);
    expect(one).toEqual({ search: "?week=2027-01-11&area=Oak+Cliff&lang=es", asked: true });
  });

  it("treats fields a GET form leaves blank as absent, without a redirect", () => {
    expect(canonicalQuery("/", query("week=&area=Oak+Cliff&from=&to=&lang="))).toEqual({
      search: "?area=Oak+Cliff",
      asked: true,
    });
  });

  it("sends malformed values, repeated parameters and page 1 to the query the page actually shows", () => {
    expect(canonicalQuery("/", query("from=2027-13-45&lang=%3Cscript%3E"))).toEqual({ search: "", asked: false });
    expect(canonicalQuery("/", query("lang=es&lang=en"))).toEqual({ search: "?lang=es", asked: false });
    expect(canonicalQuery("/", query("area=+Oak+Cliff+"))).toEqual({ search: "?area=Oak+Cliff", asked: false });
    expect(canonicalQuery("/archive", query("page=1"))).toEqual({ search: "", asked: false });
    expect(canonicalQuery("/archive", query("page=3"))).toEqual({ search: "?page=3", asked: true });
  });

  it("on the listing, drops values no session can match: dates outside today to the series' end, unknown areas and languages, a page past the last", () => {
    const shown = (text: string) => canonicalQuery("/", query(text), domain).search;
    expect(shown("from=2027-01-12&to=2027-02-20&area=Oak+Cliff&lang=en&page=3")).toBe(
      "?from=2027-01-12&to=2027-02-20&area=Oak+Cliff&lang=en&page=3",
    );
    expect(shown("from=2027-01-11")).toBe("");
    expect(shown("to=2027-02-21")).toBe("");
    expect(shown("from=2031-05-05")).toBe("");
    // A week counts while any of its days is still ahead.
    expect(shown("week=2027-01-11")).toBe("?week=2027-01-11");
    expect(shown("week=2027-01-04")).toBe("");
    expect(shown("area=Atlantis&lang=fr")).toBe("");
    expect(shown("page=40")).toBe("?page=3");
    expect(canonicalQuery("/", query("from=2031-05-05"), domain).asked).toBe(false);
  });

  it("drops every filter once no series is running", () => {
    expect(canonicalQuery("/", query("area=Oak+Cliff&page=2"), { ...domain, endsOn: null })).toEqual({
      search: "",
      asked: false,
    });
  });

  it("is stable: the query it sends a link to needs no further redirect", () => {
    const value = fc.oneof(
      fc.constantFrom("", "2027-01-20", "2027-03-01", "2026-12-31", "Oak Cliff", "Atlantis", "en", "fr", "2", "9"),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("week", "from", "to", "area", "lang", "page", "fbclid"), value), {
          maxLength: 8,
        }),
        (pairs) => {
          const first = canonicalQuery("/", new URLSearchParams(pairs), domain);
          const again = canonicalQuery("/", new URLSearchParams(first.search), domain);
          expect(again).toEqual({ search: first.search, asked: true });
        },
      ),
      { numRuns: 500 },
    );
  });
});
