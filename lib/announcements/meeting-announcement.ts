import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { meetingLanguagesText } from "@/lib/meetings/languages-text";
import { meetingPageUrl } from "@/lib/meetings/meeting-urls";
import type { PublicMeeting } from "@/lib/meetings/public-meeting";
import { placeText } from "@/lib/sharing/share-text";
import { formatMeetingWhen } from "@/lib/time/format";

/** Spanish first: most of the congregations reading it read Spanish first. */
export const ANNOUNCEMENT_LOCALES: readonly Locale[] = ["es", "en"];

function announcementBlock(meeting: PublicMeeting, locale: Locale): string {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Announcement" });
  const status = createTranslator({ locale, messages: messagesFor(locale), namespace: "Status" });
  const changed = meeting.status !== "SCHEDULED";
  const demo = meeting.venue.isDemo
    ? ` (${createTranslator({ locale, messages: messagesFor(locale), namespace: "Meeting" })("demoAddress")})`
    : "";
  return [
    changed ? `${status(meeting.status).toUpperCase()}${meeting.statusNote ? `: ${meeting.statusNote}` : ""}` : null,
    `${t("headline")}: ${meeting.title}`,
    t("when", { when: formatMeetingWhen(meeting.startsAt, meeting.endsAt, locale) }),
    t("where", { place: `${placeText(meeting.venue)}${demo}` }),
    meetingLanguagesText(meeting.spokenLanguages, meeting.interpretation, locale),
    t("free"),
    t("more", { url: meetingPageUrl(meeting.slug, locale) }),
  ]
    .filter((line): line is string => line !== null)
    .join("\n");
}

/**
 * A ready-made announcement of one meeting for a church bulletin or a
 * WhatsApp group: Spanish, then English, each with title, weekday, date and
 * time in Central time, place and address, language and the page's address.
 */
export function meetingAnnouncement(byLocale: Record<Locale, PublicMeeting>): string {
  return ANNOUNCEMENT_LOCALES.map((locale) => announcementBlock(byLocale[locale], locale)).join("\n\n— — —\n\n");
}
