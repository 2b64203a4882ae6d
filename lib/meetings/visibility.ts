import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one definition of "residents may see this meeting", used by every
 * public read (lib/meetings/data.ts feeds the listing, meeting page,
 * archive, partner pages, calendar files, RSS, widget, flyer, QR and OG
 * image; meeting-exists.ts the proxy): published, or scheduled with its time
 * reached. The second half makes a scheduled meeting public to the minute
 * even before the scheduler has flipped it to PUBLISHED.
 */
export function publiclyVisible(now: Date = new Date()): Prisma.MeetingWhereInput {
  return { OR: [{ publication: "PUBLISHED" }, { publication: "SCHEDULED", publishAt: { lte: now } }] };
}

/** `where` narrowed to what residents may see. */
export function visibleWhere(where: Prisma.MeetingWhereInput, now: Date = new Date()): Prisma.MeetingWhereInput {
  return { AND: [where, publiclyVisible(now)] };
}
