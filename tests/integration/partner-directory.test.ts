import { describe, expect, it } from "vitest";
import { listUpcomingMeetingsAtVenue } from "@/lib/meetings/data";
import { countUpcomingMeetingsAtVenue, listDirectoryEntries, PARTNER_PAGE_MEETING_LIMIT } from "@/lib/venues/directory";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { DATABASE_KINDS } from "@/tests/support/test-database";

const TODAY = "2027-01-10";
// Noon in Dallas on TODAY.
const NOW = new Date("2027-01-10T18:00:00Z");

describe.each(DATABASE_KINDS)("the partners' directory on %s", (kind) => {
  const fixture = migratedDatabaseFor(kind, { seedOn: TODAY, inApp: true });

  /** Every public meeting still to come, cancelled ones included, soonest first. */
  const upcoming = () =>
    fixture.db.meeting.findMany({
      where: { endsAt: { gt: NOW }, publication: "PUBLISHED" },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      include: { venue: true, translations: true },
    });

  it("lists every partner with a public meeting to come, by name, with its next meeting and how many there are, the cancelled ones counted apart", async () => {
    // The demo's draft and the meeting waiting for review are not public: never counted.
    const meetings = await upcoming();
    const entries = await listDirectoryEntries("es", NOW);
    const partnersWithMeetings = meetings.filter(
      (meeting) => meeting.venue.isPartner && meeting.status !== "CANCELLED",
    );
    expect(entries.map((entry) => entry.venue.slug).sort()).toEqual(
      [...new Set(partnersWithMeetings.map((meeting) => meeting.venue.slug))].sort(),
    );
    const names = entries.map((entry) => entry.venue.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "es", { sensitivity: "base" })));
    for (const entry of entries) {
      const here = meetings.filter((meeting) => meeting.venue.slug === entry.venue.slug);
      const next = here.find((meeting) => meeting.status !== "CANCELLED")!;
      expect(entry.next.slug).toBe(next.slug);
      expect(entry.next.title).toBe(next.translations.find((text) => text.locale === "es")!.title);
      expect(entry.upcoming).toEqual({
        total: here.length,
        cancelled: here.filter((meeting) => meeting.status === "CANCELLED").length,
      });
    }
    // Public fields only: never the staff-only contact.
    expect(Object.keys(entries[0]!.venue).some((key) => key.toLowerCase().includes("contact"))).toBe(false);
  });

  it("leaves out the places that are not partners (they have no page to list their meetings), though they have meetings to come", async () => {
    const others = new Set(
      (await upcoming()).filter((meeting) => !meeting.venue.isPartner).map((meeting) => meeting.venue.slug),
    );
    // The demo holds meetings at a school and a community center.
    expect(others.size).toBeGreaterThan(0);
    const listed = (await listDirectoryEntries("en", NOW)).map((entry) => entry.venue.slug);
    expect(listed.filter((slug) => others.has(slug))).toEqual([]);
  });

  it("counts what the partner page lists: the same meetings, a cancelled one among them and marked as such", async () => {
    const entries = await listDirectoryEntries("en", NOW);
    const partner = await fixture.db.venue.findUniqueOrThrow({ where: { slug: entries[0]!.venue.slug } });
    const [, second] = await fixture.db.meeting.findMany({
      where: { venueId: partner.id, endsAt: { gt: NOW }, status: "SCHEDULED" },
      orderBy: { startsAt: "asc" },
      take: 2,
    });
    await fixture.db.meeting.update({ where: { id: second!.id }, data: { status: "CANCELLED" } });

    const entry = (await listDirectoryEntries("en", NOW)).find((candidate) => candidate.venue.slug === partner.slug)!;
    expect(entry.upcoming.cancelled).toBeGreaterThanOrEqual(1);
    expect(await countUpcomingMeetingsAtVenue(partner.id, NOW)).toEqual(entry.upcoming);
    const listed = await listUpcomingMeetingsAtVenue(partner.id, "en", NOW, PARTNER_PAGE_MEETING_LIMIT);
    expect(listed).toHaveLength(Math.min(entry.upcoming.total, PARTNER_PAGE_MEETING_LIMIT));
    expect(listed.filter((meeting) => meeting.status === "CANCELLED")).toHaveLength(entry.upcoming.cancelled);
    expect(listed.find((meeting) => meeting.slug === second!.slug)?.status).toBe("CANCELLED");
    // The next meeting named is the next one that takes place.
    expect(listed.find((meeting) => meeting.status !== "CANCELLED")?.slug).toBe(entry.next.slug);
  });

  it("leaves out a partner whose only meetings to come are cancelled, and every place once all meetings are past", async () => {
    const entries = await listDirectoryEntries("en", NOW);
    const venue = await fixture.db.venue.findUniqueOrThrow({ where: { slug: entries[0]!.venue.slug } });
    await fixture.db.meeting.updateMany({
      where: { venueId: venue.id, endsAt: { gt: NOW } },
      data: { status: "CANCELLED" },
    });
    const after = await listDirectoryEntries("en", NOW);
    expect(after.map((entry) => entry.venue.slug)).not.toContain(venue.slug);
    expect(after).toHaveLength(entries.length - 1);
    // Its page still lists them, each marked cancelled.
    const count = await countUpcomingMeetingsAtVenue(venue.id, NOW);
    expect(count.total).toBeGreaterThan(0);
    expect(count.cancelled).toBe(count.total);

    const later = await listDirectoryEntries("en", new Date("2030-01-01T00:00:00Z"));
    expect(later).toEqual([]);
  });
});
