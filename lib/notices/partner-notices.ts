import "server-only";
import type { Tx } from "@/lib/db/write-transaction";
import { meetingAnnouncement } from "@/lib/announcements/meeting-announcement";
import { absoluteUrl } from "@/lib/env";
import { emailDelivery, type EmailDelivery } from "@/lib/email/delivery";
import type { PartnerNoticeEvent, PartnerNoticeParams } from "@/lib/email/kinds/partner-notice";
import { queueEmail } from "@/lib/email/outbox";
import type { Meeting } from "@/lib/generated/prisma/client";
import { isLocale } from "@/lib/i18n/locales";
import { meetingInBothLanguages } from "@/lib/meetings/data";
import { meetingPageUrl } from "@/lib/meetings/meeting-urls";
import { placeText } from "@/lib/sharing/share-text";
import { flyerPath, partnerPageUrl } from "@/lib/sharing/sharing-paths";
import { joinSetNotice, rememberSetNotice, setNoticeQueued } from "./set-notices";
import { unsubscribeUrl } from "./unsubscribe-link";

/** What a notice compares of a meeting before and after a change: what residents see of it. */
export type NoticedMeeting = Pick<Meeting, "id" | "venueId" | "startsAt" | "endsAt" | "status" | "publication"> & {
  setId?: string | null;
};

/**
 * What a change means to the partner whose place holds the meeting, or
 * null when it means nothing to them. Only what residents can see counts:
 * a meeting becomes news once PUBLISHED (a scheduled one when the scheduler
 * publishes it), and a change once it is published; drafts, reviews and a
 * pending draft change never do. A text-only edit is not news either.
 */
export function partnerNoticeEvent(before: NoticedMeeting | null, after: NoticedMeeting): PartnerNoticeEvent | null {
  if (after.publication !== "PUBLISHED") return null;
  if (!before || before.publication !== "PUBLISHED") return "published";
  const moved =
    before.startsAt.getTime() !== after.startsAt.getTime() || before.endsAt.getTime() !== after.endsAt.getTime();
  if (after.status === "CANCELLED" && before.status !== "CANCELLED") return "cancelled";
  if (after.status === "POSTPONED" && (before.status !== "POSTPONED" || moved)) return "postponed";
  if (moved || before.venueId !== after.venueId) return "changed";
  return null;
}

const venueSelect = {
  id: true,
  slug: true,
  name: true,
  street: true,
  city: true,
  region: true,
  postalCode: true,
  isPartner: true,
} as const;

/**
 * Queues, inside the caller's transaction, one notice to each subscribed
 * contact of the partner place a published meeting is at, when it was
 * published, moved (date, time or place), cancelled or postponed. A meeting
 * that moved from one place to another tells both places' contacts. Every
 * command that changes a meeting calls this with the meeting before and
 * after the change (before: null for a new one); it decides whether that
 * is news. The message goes out later (lib/email/sender.ts), only if the
 * change commits.
 */
export async function noticePartners(
  tx: Tx,
  before: NoticedMeeting | null,
  after: NoticedMeeting,
  delivery: EmailDelivery = emailDelivery(),
): Promise<void> {
  const event = partnerNoticeEvent(before, after);
  if (!event || delivery.mode === "off") return;
  const venueIds = [...new Set([after.venueId, ...(before ? [before.venueId] : [])])];
  const contacts = await tx.partnerContact.findMany({
    where: { venueId: { in: venueIds }, unsubscribedAt: null, venue: { isPartner: true } },
    orderBy: { createdAt: "asc" },
    select: { address: true, name: true, locale: true, unsubscribeToken: true, venue: { select: venueSelect } },
  });
  if (!contacts.length) return;
  const setKey = (address: string) =>
    event === "published" && after.setId ? `${after.setId} ${address.toLowerCase()}` : null;
  if (event === "published" && after.setId) {
    let joinedAll = true;
    for (const contact of contacts) joinedAll = (await joinSetNotice(tx, setKey(contact.address), after)) && joinedAll;
    if (joinedAll) return;
  }

  const meeting = await meetingInBothLanguages(tx, after.id);
  const movedFrom =
    before && before.venueId !== after.venueId
      ? await tx.venue.findUniqueOrThrow({ where: { id: before.venueId }, select: venueSelect })
      : null;
  const timeChanged =
    before !== null &&
    (before.startsAt.getTime() !== after.startsAt.getTime() || before.endsAt.getTime() !== after.endsAt.getTime());
  const shared = {
    event,
    title: { es: meeting.es.title, en: meeting.en.title },
    now: { startsAt: after.startsAt.toISOString(), endsAt: after.endsAt.toISOString() },
    before:
      event !== "published" && timeChanged
        ? { startsAt: before.startsAt.toISOString(), endsAt: before.endsAt.toISOString() }
        : null,
    place:
      event !== "published" && movedFrom ? { before: placeText(movedFrom), after: placeText(meeting.es.venue) } : null,
    statusNote:
      after.status !== "SCHEDULED" && (meeting.es.statusNote || meeting.en.statusNote)
        ? { es: meeting.es.statusNote ?? "", en: meeting.en.statusNote ?? "" }
        : null,
    announcement: meetingAnnouncement(meeting),
    meetingUrl: { es: meetingPageUrl(meeting.es.slug, "es"), en: meetingPageUrl(meeting.es.slug, "en") },
    flyerUrl: absoluteUrl(flyerPath("meeting", meeting.es.slug)),
  } satisfies Partial<PartnerNoticeParams>;

  // One notice per address, even when it is listed at both places of a move.
  const told = new Set<string>();
  for (const contact of contacts) {
    const key = contact.address.toLowerCase();
    if (told.has(key) || setNoticeQueued(tx, setKey(contact.address))) continue;
    told.add(key);
    const params: PartnerNoticeParams = {
      ...shared,
      placeName: contact.venue.name,
      partnerUrl: { es: partnerPageUrl(contact.venue.slug, "es"), en: partnerPageUrl(contact.venue.slug, "en") },
      unsubscribeUrl: unsubscribeUrl(contact.unsubscribeToken),
      alsoOn: [],
    };
    const id = await queueEmail(
      tx,
      {
        kind: "partnerNotice",
        to: { address: contact.address, name: contact.name },
        locale: isLocale(contact.locale) ? contact.locale : "es",
        params,
      },
      delivery,
    );
    rememberSetNotice(tx, setKey(contact.address), id, params);
  }
}
