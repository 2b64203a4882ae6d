import { describe, expect, it } from "vitest";
import { seriesCalendarFeed, venueCalendarFeed } from "@/lib/feeds/data";
import { seedBulkMeetings } from "@/tests/support/bulk-meetings";
import { parseIcs } from "@/tests/support/ical";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { DATABASE_KINDS } from "@/tests/support/test-database";

const NOW = new Date("2027-01-10T18:00:00Z");

describe.each(DATABASE_KINDS)("calendar feeds of a long series on %s", (kind) => {
  const fixture = migratedDatabaseFor(kind, { inApp: true });

  it("keep every session to come and drop the oldest history, not the other way round", async () => {
    const sample = await seedBulkMeetings(fixture.db, { meetings: 3_000, upcoming: 40, now: NOW });
    const upcoming = await fixture.db.meeting.findMany({
      where: { seriesId: sample.seriesId, startsAt: { gt: NOW } },
      select: { id: true },
    });
    expect(upcoming.length).toBeGreaterThan(0);

    const series = parseIcs((await seriesCalendarFeed(sample.seriesSlug, "en", NOW))!.body).events;
    expect(series.length).toBe(100);
    const starts = series.map((event) => event.startDate.toJSDate().getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(series.filter((event) => event.startDate.toJSDate() > NOW)).toHaveLength(upcoming.length);

    const venue = parseIcs((await venueCalendarFeed(sample.partnerSlug, "es", NOW))!.body).events;
    expect(venue.length).toBeLessThanOrEqual(100);
    const venueUpcoming = await fixture.db.meeting.count({
      where: { venueId: sample.partnerId, startsAt: { gt: NOW } },
    });
    expect(venue.filter((event) => event.startDate.toJSDate() > NOW)).toHaveLength(venueUpcoming);
  });
});
