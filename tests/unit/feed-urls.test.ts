import { describe, expect, it } from "vitest";
import { embedPath, seriesCalendarPath, upcomingRssPath, venueCalendarPath, webcalUrl } from "@/lib/feeds/feed-urls";
import { slugFromFileName } from "@/lib/text/slug";

describe("feed addresses", () => {
  it("are stable paths per language", () => {
    expect(seriesCalendarPath("invierno-2027", "es")).toBe("/ics/es/series/invierno-2027.ics");
    expect(venueCalendarPath("familia-bethel", "en")).toBe("/ics/en/venue/familia-bethel.ics");
    expect(upcomingRssPath("es")).toBe("/feeds/es/upcoming.xml");
    expect(embedPath("es")).toBe("/embed/es");
    expect(embedPath("en", "familia-bethel")).toBe("/embed/en/venue/familia-bethel");
  });

  it("offer the same address as webcal://", () => {
    expect(webcalUrl("https://encuentros.example/ics/es/series/x.ics")).toBe(
      "webcal://encuentros.example/ics/es/series/x.ics",
    );
    expect(webcalUrl("http://localhost:3000/ics/es/series/x.ics")).toBe("webcal://localhost:3000/ics/es/series/x.ics");
  });
});

describe("slugFromFileName", () => {
  it("accepts only a slug with the expected extension", () => {
    expect(slugFromFileName("invierno-2027.ics", ".ics")).toBe("invierno-2027");
    expect(slugFromFileName("invierno-2027", ".ics")).toBeNull();
    expect(slugFromFileName("invierno-2027.png", ".ics")).toBeNull();
    expect(slugFromFileName("../x.ics", ".ics")).toBeNull();
    expect(slugFromFileName(".ics", ".ics")).toBeNull();
    expect(slugFromFileName('a"b.ics', ".ics")).toBeNull();
  });
});
