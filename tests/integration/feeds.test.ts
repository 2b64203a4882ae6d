import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { loadWidgetContent, WIDGET_SESSION_LIMIT } from "@/lib/embed/data";
import { renderWidgetHtml } from "@/lib/embed/widget-html";
import { seriesCalendarFeed, upcomingRssFeed, venueCalendarFeed } from "@/lib/feeds/data";
import { DEMO_SERIES_SLUG } from "@/prisma/seed-data";
import { parseIcs } from "@/tests/support/ical";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { DATABASE_KINDS } from "@/tests/support/test-database";

const TODAY = "2027-01-10";
// Noon in Dallas on TODAY.
const NOW = new Date("2027-01-10T18:00:00Z");
const VENUE = "familia-bethel-internacional";

describe.each(DATABASE_KINDS)("feeds built from the database on %s", (kind) => {
  const fixture = migratedDatabaseFor(kind, { seedOn: TODAY, inApp: true });

  it("publishes every public session of the series, past and cancelled ones included, in each language (never a draft)", async () => {
    // The demo seed also holds a draft and a meeting waiting for review: not in any feed.
    const total = await fixture.db.meeting.count({
      where: { series: { slug: DEMO_SERIES_SLUG }, publication: "PUBLISHED" },
    });
    expect(total).toBeLessThan(await fixture.db.meeting.count({ where: { series: { slug: DEMO_SERIES_SLUG } } }));
    for (const locale of ["en", "es"] as const) {
      const feed = await seriesCalendarFeed(DEMO_SERIES_SLUG, locale);
      const { calendar, events } = parseIcs(feed!.body);
      expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
      expect(String(calendar.getFirstPropertyValue("refresh-interval"))).toBe("PT1H");
      expect(calendar.getFirstPropertyValue("name")).toMatch(/· Encuentros$/);
      expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(calendar.getFirstPropertyValue("name"));
      expect(events).toHaveLength(total);
      expect(events.some((event) => event.endDate.toJSDate() < NOW)).toBe(true);
      expect(new Set(events.map((event) => event.uid)).size).toBe(total);
      const url = String(events[0]!.component.getFirstPropertyValue("url"));
      expect(url).toMatch(locale === "es" ? /\/es\/reuniones\// : /\/en\/meetings\//);
    }
    expect(await seriesCalendarFeed("no-such-series", "en")).toBeNull();
  });

  it("turns a cancellation into the same event with STATUS:CANCELLED and a higher SEQUENCE", async () => {
    const meeting = await fixture.db.meeting.findFirstOrThrow({
      where: { series: { slug: DEMO_SERIES_SLUG }, status: "SCHEDULED", startsAt: { gt: NOW } },
      orderBy: { startsAt: "asc" },
    });
    const uid = `${meeting.id}@encuentros`;
    const before = parseIcs((await seriesCalendarFeed(DEMO_SERIES_SLUG, "es"))!.body).events.find(
      (event) => event.uid === uid,
    )!;
    expect(before.component.getFirstPropertyValue("status")).toBe("CONFIRMED");

    // What a staff edit does: match the version it read, then raise it.
    const { count } = await fixture.db.meeting.updateMany({
      where: { id: meeting.id, version: meeting.version },
      data: { status: "CANCELLED", version: { increment: 1 } },
    });
    expect(count).toBe(1);

    const afterFeed = await seriesCalendarFeed(DEMO_SERIES_SLUG, "es");
    const after = parseIcs(afterFeed!.body).events.find((event) => event.uid === uid)!;
    expect(after.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.summary).toMatch(/^CANCELADA: /);
    expect(after.startDate.toJSDate().getTime()).toBe(before.startDate.toJSDate().getTime());

    // The venue's own feed says the same.
    const venueSlug = (await fixture.db.venue.findUniqueOrThrow({ where: { id: meeting.venueId } })).slug;
    const venueEvent = parseIcs((await venueCalendarFeed(venueSlug, "en", NOW))!.body).events.find(
      (event) => event.uid === uid,
    )!;
    expect(venueEvent.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(venueEvent.sequence).toBe(after.sequence);
  });

  it("publishes a venue's sessions only, named after the venue", async () => {
    const venue = await fixture.db.venue.findUniqueOrThrow({ where: { slug: VENUE } });
    const feed = await venueCalendarFeed(VENUE, "es", NOW);
    const { calendar, events } = parseIcs(feed!.body);
    expect(calendar.getFirstPropertyValue("name")).toBe(`Reuniones en ${venue.name} · Encuentros`);
    const atVenue = await fixture.db.meeting.findMany({ where: { venueId: venue.id }, select: { id: true } });
    expect(events.map((event) => event.uid).sort()).toEqual(atVenue.map(({ id }) => `${id}@encuentros`).sort());
    expect(events.every((event) => event.location.startsWith(venue.name))).toBe(true);
    expect(await venueCalendarFeed("no-such-venue", "es", NOW)).toBeNull();
  });

  it("lists upcoming sessions as RSS a feed parser reads, soonest first, with Central time in the text", async () => {
    const feed = await new Parser().parseString((await upcomingRssFeed("es", NOW)).body);
    expect(feed.language).toBe("es");
    expect(feed.items.length).toBeGreaterThanOrEqual(10);
    for (const item of feed.items) {
      expect(item.link).toMatch(/^http:\/\/localhost:3000\/es\/reuniones\/demo-/);
      expect(item.guid).toMatch(/@encuentros$/);
      expect(item.contentSnippet).toMatch(/Cuándo: .+ \(hora del centro\)/);
      expect(item.contentSnippet).toMatch(/Dónde: .+, Dallas, TX \d{5}/);
    }
    expect(feed.items.some((item) => item.title?.startsWith("CANCELADA: "))).toBe(true);
  });

  it("fills the widget with a venue's upcoming sessions, or the series' without a venue", async () => {
    const venue = await loadWidgetContent("en", VENUE, NOW);
    expect(venue!.heading).toMatch(/^Upcoming meetings with Dallas Police at /);
    expect(venue!.items.length).toBeGreaterThan(0);
    expect(venue!.items.length).toBeLessThanOrEqual(WIDGET_SESSION_LIMIT);
    // The heading names the venue; its sessions do not repeat it.
    expect(venue!.items.every((item) => item.place === null)).toBe(true);
    expect(venue!.items.every((item) => item.startsAt.getTime() > NOW.getTime() - 12 * 3600_000)).toBe(true);

    const series = await loadWidgetContent("es", undefined, NOW);
    expect(series!.items).toHaveLength(WIDGET_SESSION_LIMIT);
    expect(series!.items.every((item) => item.place?.includes("Dallas, TX"))).toBe(true);
    expect(renderWidgetHtml(series!)).toContain("(hora del centro)");
    expect(await loadWidgetContent("es", "no-such-venue", NOW)).toBeNull();
  });
});
