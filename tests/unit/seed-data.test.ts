import { describe, expect, it } from "vitest";
import { buildDemoData, demoSeriesEnd } from "@/prisma/seed-data";

describe("demo data", () => {
  it("ends the series on the next Feb 20 at least a week away", () => {
    expect(demoSeriesEnd("2026-11-25")).toBe("2027-02-20");
    expect(demoSeriesEnd("2027-01-05")).toBe("2027-02-20");
    expect(demoSeriesEnd("2027-02-15")).toBe("2028-02-20");
    expect(demoSeriesEnd("2027-03-01")).toBe("2028-02-20");
  });

  it("has a few past sessions and upcoming ones through the series end, opening at Familia Bethel", () => {
    const today = "2026-11-25";
    const data = buildDemoData(today);
    const past = data.meetings.filter((meeting) => meeting.date < today);
    const upcoming = data.meetings.filter((meeting) => meeting.date > today);
    expect(past.length).toBeGreaterThanOrEqual(2);
    expect(upcoming.length).toBeGreaterThanOrEqual(10);
    expect(upcoming.at(-1)?.date).toBe(data.series.endsOn);
    expect(data.meetings[0]?.venueSlug).toBe(data.venues[0]?.slug);
    expect(data.venues[0]?.name).toBe("Familia Bethel Internacional");
  });

  it("keeps slugs stable from one day to the next so reseeding never duplicates", () => {
    const slugs = (today: string) => buildDemoData(today).meetings.map((meeting) => meeting.slug);
    expect(slugs("2026-12-01")).toEqual(slugs("2026-11-25"));
    expect(new Set(slugs("2026-11-25")).size).toBe(slugs("2026-11-25").length);
  });

  it("writes every text in English and Spanish", () => {
    const data = buildDemoData("2026-11-25");
    for (const meeting of data.meetings) {
      expect(meeting.title.en).not.toBe(meeting.title.es);
      expect(meeting.description.es.length).toBeGreaterThan(20);
    }
    expect(data.series.title.es).toMatch(/Policía de Dallas/);
  });
});
