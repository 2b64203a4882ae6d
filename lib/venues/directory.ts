import "server-only";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { translationFor } from "@/lib/i18n/translation";
import { upcomingWhere } from "@/lib/meetings/data";
import type { PublicVenue } from "@/lib/meetings/public-meeting";

/** A partner page lists this many of its meetings to come; its calendar feed has them all. */
export const PARTNER_PAGE_MEETING_LIMIT = 20;

/** The meetings still to come at a place, cancelled ones included: what its partner page lists. */
export type UpcomingCount = { total: number; cancelled: number };

/** One partner in the directory: where it is, its next meeting, and how many its page lists. */
export type DirectoryEntry = {
  venue: Pick<PublicVenue, "slug" | "name" | "kind" | "neighborhood" | "policeDivision">;
  /** The next meeting that takes place (not cancelled). */
  next: { slug: string; title: string; startsAt: Date; endsAt: Date };
  upcoming: UpcomingCount;
};

/**
 * Every partner with a meeting still to come (not cancelled), by name: the
 * public partners' directory. Each count is what the partner's page lists,
 * so every number leads to the meetings it counts; places that are not
 * partners have no such page, and the directory sends residents to the
 * listing for them. Reads the upcoming meetings once (a few hundred at most).
 */
export async function listDirectoryEntries(locale: Locale, now: Date): Promise<DirectoryEntry[]> {
  const rows = await getDb().meeting.findMany({
    where: upcomingWhere({ venue: { isPartner: true } }, now),
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      slug: true,
      startsAt: true,
      endsAt: true,
      status: true,
      venueId: true,
      translations: { select: { locale: true, title: true } },
      venue: { select: { slug: true, name: true, kind: true, neighborhood: true, policeDivision: true } },
    },
  });
  const byVenue = new Map<string, Omit<DirectoryEntry, "next"> & { next?: DirectoryEntry["next"] }>();
  for (const row of rows) {
    const entry = byVenue.get(row.venueId) ?? { venue: row.venue, upcoming: { total: 0, cancelled: 0 } };
    byVenue.set(row.venueId, entry);
    entry.upcoming.total += 1;
    if (row.status === "CANCELLED") entry.upcoming.cancelled += 1;
    else if (!entry.next) {
      const title = translationFor(row.translations, locale)?.title ?? row.slug;
      entry.next = { slug: row.slug, title, startsAt: row.startsAt, endsAt: row.endsAt };
    }
  }
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  return [...byVenue.values()]
    .filter((entry): entry is DirectoryEntry => entry.next !== undefined)
    .sort((a, b) => collator.compare(a.venue.name, b.venue.name));
}

/** How many meetings a partner page lists in all, the cancelled ones among them (it shows the first PARTNER_PAGE_MEETING_LIMIT). */
export async function countUpcomingMeetingsAtVenue(venueId: string, now: Date): Promise<UpcomingCount> {
  const groups = await getDb().meeting.groupBy({
    by: ["status"],
    where: upcomingWhere({ venueId }, now),
    _count: { _all: true },
  });
  return groups.reduce(
    (count, group) => ({
      total: count.total + group._count._all,
      cancelled: count.cancelled + (group.status === "CANCELLED" ? group._count._all : 0),
    }),
    { total: 0, cancelled: 0 },
  );
}
