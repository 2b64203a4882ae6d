import { describe, expect, it } from "vitest";
import { listDirectoryEntries } from "@/lib/venues/directory";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { DATABASE_KINDS } from "@/tests/support/test-database";

const TODAY = "2027-01-10";
// Noon in Dallas on TODAY.
const NOW = new Date("2027-01-10T18:00:00Z");

describe.each(DATABASE_KINDS)("the partners' directory on %s", (kind) => {
  const fixture = migratedDatabaseFor(kind, { seedOn: TODAY, inApp: true });

  it("lists every place with a public meeting to come, by name, with its next meeting and how many there are", async () => {
    // The demo's draft and the meeting waiting for review are not public: never counted.
    const upcoming = await fixture.db.meeting.findMany({
      where: { endsAt: { gt: NOW }, status: { not: "CANCELLED" }, publication: "PUBLISHED" },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      include: { venue: true, translations: true },
    });
    const entries = await listDirectoryEntries("es", NOW);
    expect(entries.map((entry) => entry.venue.slug).sort()).toEqual([...new Set(upcoming.map((meeting) => meeting.venue.slug))].sort());
    const names = entries.map((entry) => entry.venue.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "es", { sensitivity: "base" })));
    for (const entry of entries) {
      const here = upcoming.filter((meeting) => meeting.venue.slug === entry.venue.slug);
      expect(entry.next.slug).toBe(here[0]!.slug);
      expect(entry.next.title).toBe(here[0]!.translations.find((text) => text.locale === "es")!.title);
      expect(entry.upcomingCount).toBe(here.length);
    }
    expect(entries.some((entry) => entry.venue.isPartner)).toBe(true);
    // Public fields only: never the staff-only contact.
    expect(Object.keys(entries[0]!.venue).some((key) => key.toLowerCase().includes("contact"))).toBe(false);
  });

  it("leaves out a place whose only meeting to come is cancelled, and one with past meetings only", async () => {
    const entries = await listDirectoryEntries("en", NOW);
    const venue = await fixture.db.venue.findUniqueOrThrow({ where: { slug: entries[0]!.venue.slug } });
    await fixture.db.meeting.updateMany({ where: { venueId: venue.id, endsAt: { gt: NOW } }, data: { status: "CANCELLED" } });
    const after = await listDirectoryEntries("en", NOW);
    expect(after.map((entry) => entry.venue.slug)).not.toContain(venue.slug);
    expect(after).toHaveLength(entries.length - 1);

    const later = await listDirectoryEntries("en", new Date("2030-01-01T00:00:00Z"));
    expect(later).toEqual([]);
  });
});
