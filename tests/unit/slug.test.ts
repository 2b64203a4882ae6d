import { describe, expect, it } from "vitest";
import { meetingSlugBase } from "@/lib/meetings/meeting-rows";
import { firstFreeSlug, isSlug, slugify } from "@/lib/text/slug";

describe("slugs (one function for venues, series and meetings)", () => {
  it("are ASCII, lower-case and hyphenated; a meeting's from its Spanish title and date", () => {
    expect(meetingSlugBase("Reunión Comunitaria", "2027-01-28")).toBe("reunion-comunitaria-2027-01-28");
    expect(meetingSlugBase("¿Qué hace la policía? ¡Pregunte!", "2027-02-03")).toBe(
      "que-hace-la-policia-pregunte-2027-02-03",
    );
    expect(slugify("Straße")).toBe("strasse");
  });

  it("turn markup into plain words and fall back when nothing is left", () => {
    expect(slugify("<script>alert(1)</script>")).toBe("script-alert-1-script");
    expect(meetingSlugBase("¡¿…?!", "2027-02-03")).toBe("reunion-2027-02-03");
    expect(slugify("¡¿…?!", "venue")).toBe("venue");
  });

  it("stay within the column's length", () => {
    expect(meetingSlugBase("a".repeat(500), "2027-02-03").length).toBeLessThanOrEqual(160);
    expect(slugify("a ".repeat(100)).length).toBeLessThanOrEqual(80);
  });

  it("add -2, -3 when taken", async () => {
    const taken =
      (...slugs: string[]) =>
      async (slug: string) =>
        slugs.includes(slug);
    expect(await firstFreeSlug("x-2027-01-28", taken())).toBe("x-2027-01-28");
    expect(await firstFreeSlug("x-2027-01-28", taken("x-2027-01-28"))).toBe("x-2027-01-28-2");
    expect(await firstFreeSlug("x-2027-01-28", taken("x-2027-01-28", "x-2027-01-28-2"))).toBe("x-2027-01-28-3");
  });

  it("are recognized in an address by one rule: every slug made, nothing that could change a path or a file name", () => {
    expect(isSlug(meetingSlugBase("a".repeat(500), "2027-02-03"))).toBe(true);
    expect(isSlug(slugify("Iglesia Familia Bethel Internacional"))).toBe(true);
    expect(isSlug("Demo_1")).toBe(true);
    for (const value of ["", "a".repeat(161), "../x", "a/b", 'a"b', "a.ics", "a b", "ñ"])
      expect(isSlug(value), value).toBe(false);
  });
});
