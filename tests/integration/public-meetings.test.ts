import { describe, expect, it } from "vitest";
import {
  getCurrentSeries,
  getMeetingBySlug,
  listFilterOptions,
  listPastMeetings,
  listUpcomingMeetings,
} from "@/lib/meetings/data";
import { parseListingQuery, toUpcomingFilter } from "@/lib/meetings/listing-filter";
import { ALL_TEXT_INPUTS, DATE_INPUTS } from "@/tests/support/hostile-inputs";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { DATABASE_KINDS } from "@/tests/support/test-database";

const TODAY = "2027-01-10";
// Noon in Dallas on TODAY.
const NOW = new Date("2027-01-10T18:00:00Z");

describe.each(DATABASE_KINDS)("public meeting queries on %s", (kind) => {
  migratedDatabaseFor(kind, { seedOn: TODAY, inApp: true });

  it("finds the running series with its end date, in the visitor's language", async () => {
    const series = await getCurrentSeries(TODAY, "es");
    expect(series).toMatchObject({ endsOn: "2027-02-20", hasEnded: false });
    expect(series?.title).toMatch(/Policía de Dallas/);
    expect(await getCurrentSeries("2027-03-01", "en")).toMatchObject({ hasEnded: true, endsOn: "2027-02-20" });
  });

  it("lists upcoming sessions soonest first, cancelled ones included with their note", async () => {
    const series = await getCurrentSeries(TODAY, "en");
    const meetings = await listUpcomingMeetings(series!.id, "en", NOW);
    expect(meetings.length).toBeGreaterThanOrEqual(10);
    const starts = meetings.map((meeting) => meeting.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(meetings.every((meeting) => meeting.endsAt > NOW)).toBe(true);
    const cancelled = meetings.filter((meeting) => meeting.status === "CANCELLED");
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]?.statusNote).toMatch(/cancel/i);
  });

  it("never exposes a venue's staff-only partner contact", async () => {
    const series = await getCurrentSeries(TODAY, "en");
    const [meeting] = await listUpcomingMeetings(series!.id, "en", NOW);
    expect(Object.keys(meeting!.venue).some((key) => key.toLowerCase().includes("contact"))).toBe(false);
  });

  it("filters by area, language and week as the URL query says", async () => {
    const series = await getCurrentSeries(TODAY, "en");
    const options = await listFilterOptions(series!.id, NOW);
    expect(options.languages).toEqual(["en", "es"]);
    const area = options.areas[0]!;

    const byArea = await listUpcomingMeetings(
      series!.id,
      "en",
      NOW,
      toUpcomingFilter(parseListingQuery({ area })).filter,
    );
    expect(byArea.length).toBeGreaterThan(0);
    expect(byArea.every((meeting) => [meeting.venue.neighborhood, meeting.venue.policeDivision].includes(area))).toBe(
      true,
    );

    const english = await listUpcomingMeetings(
      series!.id,
      "en",
      NOW,
      toUpcomingFilter(parseListingQuery({ lang: "en" })).filter,
    );
    expect(english.length).toBeGreaterThan(0);
    expect(english.every((meeting) => meeting.spokenLanguages.includes("en"))).toBe(true);

    // Week of Monday 2027-01-11: Monday 00:00 through Sunday 23:59 in Dallas.
    const week = await listUpcomingMeetings(
      series!.id,
      "en",
      NOW,
      toUpcomingFilter(parseListingQuery({ week: "2027-01-11" })).filter,
    );
    expect(week.length).toBeGreaterThan(0);
    for (const meeting of week) {
      expect(meeting.startsAt >= new Date("2027-01-11T06:00:00Z")).toBe(true);
      expect(meeting.startsAt < new Date("2027-01-18T06:00:00Z")).toBe(true);
    }
  });

  it("answers every hostile filter value the listing lets through with a list, never a database error", async () => {
    const series = await getCurrentSeries(TODAY, "en");
    for (const value of [...ALL_TEXT_INPUTS, ...DATE_INPUTS]) {
      for (const name of ["area", "lang", "week", "from", "to"]) {
        const { filter } = toUpcomingFilter(parseListingQuery({ [name]: value }));
        await expect(
          listUpcomingMeetings(series!.id, "es", NOW, filter),
          `${name}=${JSON.stringify(value)}`,
        ).resolves.toBeInstanceOf(Array);
      }
    }
  });

  it("pages the archive newest first", async () => {
    const { meetings, total, pageCount } = await listPastMeetings("es", NOW, 1);
    expect(total).toBe(3);
    expect(pageCount).toBe(1);
    const starts = meetings.map((meeting) => meeting.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(meetings.every((meeting) => meeting.endsAt <= NOW)).toBe(true);
  });

  it("finds a meeting by slug in either language and returns null for an unknown slug", async () => {
    const series = await getCurrentSeries(TODAY, "en");
    const [first] = await listUpcomingMeetings(series!.id, "en", NOW);
    const english = await getMeetingBySlug(first!.slug, "en");
    const spanish = await getMeetingBySlug(first!.slug, "es");
    expect(english?.id).toBe(first!.id);
    expect(spanish?.title).not.toBe(english?.title);
    expect(await getMeetingBySlug("no-such-meeting", "en")).toBeNull();
  });
});
