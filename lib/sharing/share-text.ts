import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { formatVenueAddress, type PublicMeeting, type PublicVenue } from "@/lib/meetings/public-meeting";
import { formatMeetingWhen } from "@/lib/time/format";
import type { ShareMessage } from "./share-links";

type Address = Pick<PublicVenue, "name" | "street" | "city" | "region" | "postalCode">;

/** "Iglesia X, 100 Demo Street, Dallas, TX 75211" */
export function placeText(venue: Address): string {
  return `${venue.name}, ${formatVenueAddress(venue)}`;
}

/** A meeting shared in the page's language: title, day, time (Central) and place. */
export function meetingShareMessage(meeting: PublicMeeting, locale: Locale, url: string): ShareMessage {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Share" });
  const values = {
    title: meeting.title,
    when: formatMeetingWhen(meeting.startsAt, meeting.endsAt, locale),
    place: placeText(meeting.venue),
  };
  const text = meeting.status === "CANCELLED" ? t("meetingCancelledText", values) : t("meetingText", values);
  return { url, text, subject: t("emailSubject", { title: meeting.title }) };
}

/** A partner's page shared in its language: the place, and the next session's day and time when there is one. */
export function partnerShareMessage(
  partner: Address,
  next: PublicMeeting | undefined,
  locale: Locale,
  url: string,
): ShareMessage {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Share" });
  const lines = [t("partnerText", { venue: partner.name, address: formatVenueAddress(partner) })];
  if (next) lines.push(t("partnerNextText", { when: formatMeetingWhen(next.startsAt, next.endsAt, locale) }));
  const seeMeetings = createTranslator({ locale, messages: messagesFor(locale), namespace: "Partner" })("seeMeetings", {
    venue: partner.name,
  });
  return { url, text: lines.join(" "), subject: seeMeetings };
}
