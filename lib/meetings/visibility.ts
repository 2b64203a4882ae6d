import type { Prisma } from "@/lib/generated/prisma/client";
import type { Publication } from "@/lib/generated/prisma/enums";

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

/** The same rule for one meeting already read: whether residents may see it now. */
export function isPubliclyVisible(
  meeting: { publication: Publication; publishAt: Date | null },
  now: Date = new Date(),
): boolean {
  return (
    meeting.publication === "PUBLISHED" ||
    (meeting.publication === "SCHEDULED" && meeting.publishAt !== null && meeting.publishAt <= now)
  );
}

/** `where` narrowed to what residents may see. */
export function visibleWhere(where: Prisma.MeetingWhereInput, now: Date = new Date()): Prisma.MeetingWhereInput {
  return { AND: [where, publiclyVisible(now)] };
}

/**
 * Sessions that have ended (the archive): the published ones. A scheduled
 * meeting is published by the scheduler within seconds of its time, long
 * before it can end; asking only for PUBLISHED keeps the archive's count an
 * index-only scan on (endsAt, publication).
 */
export function endedAndPublic(now: Date): Prisma.MeetingWhereInput {
  return { endsAt: { lte: now }, publication: "PUBLISHED" };
}
