import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { languageNames } from "@/lib/meetings/languages-text";
import { formatVenueAddress, type PublicMeeting } from "@/lib/meetings/public-meeting";
import { publicText } from "@/lib/text/plain-text";
import { formatMeetingStart } from "@/lib/time/format";

export type CalendarEventText = { title: string; description: string; location: string };

type Options = {
  /** Calendar links carry the text in their URL, so they cut a long description short. */
  maxDescriptionLength?: number;
};

function truncate(text: string, max: number | undefined): string {
  if (max === undefined || text.length <= max) return text;
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Title, description and location of a meeting as a calendar shows them, in
 * one language, each as publicText leaves it (calendar files, RSS and
 * calendar links carry them). The status comes first so a cancelled or moved session is
 * noticed even by calendars that ignore STATUS; the page URL comes last.
 */
export function calendarEventText(
  meeting: PublicMeeting,
  locale: Locale,
  pageUrl: string,
  options: Options = {},
): CalendarEventText {
  // Built outside a page render (route handlers, feeds, tests).
  const t = createTranslator({ locale, messages: messagesFor(locale) });
  const cancelled = meeting.status === "CANCELLED";

  const notes: string[] = [];
  if (cancelled) notes.push(t("Calendar.cancelled"));
  if (meeting.status === "POSTPONED") notes.push(t("Calendar.postponed"));
  if (meeting.previousStartsAt) {
    notes.push(t("Meeting.previousStart", { when: formatMeetingStart(meeting.previousStartsAt, locale) }));
  }
  if (meeting.status !== "SCHEDULED" && meeting.statusNote) {
    notes.push(`${t("Meeting.statusNote")}: ${meeting.statusNote}`);
  }
  // Staff mark interpreters arranged (lib/attendance); the meeting's version rises, so calendars update.
  if (!cancelled && meeting.interpretation.length > 0) {
    notes.push(t("Calendar.interpretationProvided", { languages: languageNames(meeting.interpretation, locale) }));
  }

  const paragraphs = [
    notes.join("\n"),
    truncate(meeting.description, options.maxDescriptionLength),
    t("Calendar.moreInfo", { url: pageUrl }),
  ].filter((paragraph) => paragraph.length > 0);

  const address = formatVenueAddress(meeting.venue);
  const demo = meeting.venue.isDemo ? ` (${t("Meeting.demoAddress")})` : "";

  return {
    title: publicText(cancelled ? t("Calendar.summaryCancelled", { title: meeting.title }) : meeting.title),
    description: publicText(paragraphs.join("\n\n")),
    location: publicText(`${meeting.venue.name}, ${address}${demo}`),
  };
}
