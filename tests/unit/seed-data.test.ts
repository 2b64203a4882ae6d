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
    const published = data.meetings.filter((meeting) => meeting.publication === "PUBLISHED");
    const past = published.filter((meeting) => meeting.date < today);
    const upcoming = published.filter((meeting) => meeting.date > today);
    expect(past.length).toBeGreaterThanOrEqual(2);
    expect(upcoming.length).toBeGreaterThanOrEqual(10);
    expect(upcoming.at(-1)?.date).toBe(data.series.endsOn);
    expect(data.meetings[0]?.venueSlug).toBe(data.venues[0]?.slug);
    expect(data.venues[0]?.name).toBe("Familia Bethel Internacional");
  });

  it("includes one draft and one session waiting for review, neither overlapping another session at its place", () => {
    const today = "2026-11-25";
    const data = buildDemoData(today);
    const preparing = data.meetings.filter((meeting) => meeting.publication !== "PUBLISHED");
    expect(preparing.map((meeting) => meeting.publication).sort()).toEqual(["DRAFT", "IN_REVIEW"]);
    for (const meeting of preparing) {
      expect(meeting.date > today && meeting.date <= data.series.endsOn).toBe(true);
      const sameSlot = data.meetings.filter(
        (other) => other !== meeting && other.venueSlug === meeting.venueSlug && other.date === meeting.date,
      );
      expect(sameSlot.every((other) => other.endTime <= meeting.startTime || other.startTime >= meeting.endTime)).toBe(
        true,
      );
    }
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
