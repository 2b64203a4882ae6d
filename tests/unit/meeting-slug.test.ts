import { describe, expect, it } from "vitest";
import { firstFreeSlug, meetingSlugBase, slugify } from "@/lib/meetings/slug";

describe("meeting slugs", () => {
  it("are ASCII, lower-case and hyphenated, from the Spanish title and the date", () => {
    expect(meetingSlugBase("Reunión Comunitaria", "2027-01-28")).toBe("reunion-comunitaria-2027-01-28");
    expect(meetingSlugBase("¿Qué hace la policía? ¡Pregunte!", "2027-02-03")).toBe("que-hace-la-policia-pregunte-2027-02-03");
  });

  it("turn markup into plain words and fall back when nothing is left", () => {
    expect(slugify("<script>alert(1)</script>")).toBe("script-alert-1-script");
    expect(meetingSlugBase("¡¿…?!", "2027-02-03")).toBe("reunion-2027-02-03");
  });

  it("stay within the column's length", () => {
    expect(meetingSlugBase("a".repeat(500), "2027-02-03").length).toBeLessThanOrEqual(160);
  });

  it("add -2, -3 when taken", () => {
    expect(firstFreeSlug("x-2027-01-28", [])).toBe("x-2027-01-28");
    expect(firstFreeSlug("x-2027-01-28", ["x-2027-01-28"])).toBe("x-2027-01-28-2");
    expect(firstFreeSlug("x-2027-01-28", ["x-2027-01-28", "x-2027-01-28-2"])).toBe("x-2027-01-28-3");
  });
});
