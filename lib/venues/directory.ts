import "server-only";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { LONGEST_SESSION_MS } from "@/lib/meetings/data";
import { visibleWhere } from "@/lib/meetings/visibility";
import type { PublicVenue } from "@/lib/meetings/public-meeting";

/** One place in the partners' directory: where it is and its next meeting. */
export type DirectoryEntry = {
  venue: Pick<PublicVenue, "slug" | "name" | "kind" | "neighborhood" | "policeDivision" | "isPartner">;
  next: { slug: string; title: string; startsAt: Date; endsAt: Date };
  /** Meetings still to come here, the next one included. */
  upcomingCount: number;
};

/**
 * Every place with a meeting still to come (cancelled ones aside), by name:
 * the public partners' directory. Reads the upcoming meetings once (a few
 * hundred at most) and keeps the first per venue.
 */
export async function listDirectoryEntries(locale: Locale, now: Date): Promise<DirectoryEntry[]> {
  const rows = await getDb().meeting.findMany({
    where: visibleWhere({ status: { not: "CANCELLED" }, startsAt: { gte: new Date(now.getTime() - LONGEST_SESSION_MS) }, endsAt: { gt: now } }, now),
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      slug: true,
      startsAt: true,
      endsAt: true,
      venueId: true,
      translations: { select: { locale: true, title: true } },
      venue: { select: { slug: true, name: true, kind: true, neighborhood: true, policeDivision: true, isPartner: true } },
    },
  });
  const byVenue = new Map<string, DirectoryEntry>();
  for (const row of rows) {
    const entry = byVenue.get(row.venueId);
    if (entry) {
      entry.upcomingCount += 1;
      continue;
    }
    const title = (row.translations.find((text) => text.locale === locale) ?? row.translations[0])?.title ?? row.slug;
    byVenue.set(row.venueId, { venue: row.venue, next: { slug: row.slug, title, startsAt: row.startsAt, endsAt: row.endsAt }, upcomingCount: 1 });
  }
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  return [...byVenue.values()].sort((a, b) => collator.compare(a.venue.name, b.venue.name));
}
