import { createEvents } from "ics";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicMeeting } from "@/lib/meetings/public-meeting";
import { publicText } from "@/lib/text/plain-text";
import { foldCalendar, foldContentLine } from "./fold";
import { ICS_HEADER, meetingToEventAttributes } from "./ics";

export type IcsFeedOptions = {
  /** Shown by calendar apps as the subscribed calendar's name. */
  name: string;
  description: string;
  /** Where the feed itself lives (RFC 7986 SOURCE). */
  feedUrl: string;
  /** The human page for the whole feed (RFC 7986 URL). */
  pageUrl: string;
  locale: Locale;
  meetingPageUrl: (meeting: PublicMeeting) => string;
};

/** How often subscribed calendars should fetch the feed again. */
export const FEED_REFRESH_INTERVAL = "PT1H";

/** RFC 5545 TEXT escaping (backslash, semicolon, comma and line breaks) of the text as publicText leaves it. */
function escapeText(text: string): string {
  return publicText(text).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/**
 * Calendar properties `ics` does not write: the RFC 7986 name, description,
 * source and refresh interval. `ics` already writes X-WR-CALNAME and
 * X-PUBLISHED-TTL for older clients; X-WR-CALDESC is their description.
 */
function calendarProperties(options: IcsFeedOptions): string {
  return [
    `NAME:${escapeText(options.name)}`,
    `DESCRIPTION:${escapeText(options.description)}`,
    `X-WR-CALDESC:${escapeText(options.description)}`,
    `SOURCE;VALUE=URI:${options.feedUrl}`,
    `URL;VALUE=URI:${options.pageUrl}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${FEED_REFRESH_INTERVAL}`,
  ]
    .map((line) => `${foldContentLine(line)}\r\n`)
    .join("");
}

/**
 * A subscription feed: one VCALENDAR (METHOD:PUBLISH) holding every meeting
 * given, cancelled ones included. Each event keeps its UID and carries the
 * meeting's SEQUENCE and STATUS, so a subscribed calendar turns a
 * cancellation into a cancelled event instead of losing it.
 */
export function meetingsToIcsFeed(meetings: PublicMeeting[], options: IcsFeedOptions): string {
  const events = meetings.map((meeting) =>
    meetingToEventAttributes(meeting, options.locale, options.meetingPageUrl(meeting)),
  );
  const { error, value } = createEvents(events, { ...ICS_HEADER, calName: publicText(options.name) });
  if (error || !value) throw error ?? new Error(`Could not build the calendar feed "${options.name}".`);

  // Calendar-level properties belong before the first component. Its line is
  // found by CRLF, the only line end of iCalendar: a multiline regex would
  // also start a "line" after U+2028 or U+2029 in a calendar's name.
  const firstComponent = value.search(/(?<=\r\n)(BEGIN:VEVENT|END:VCALENDAR)\r\n/);
  if (firstComponent < 0) throw new Error("The calendar feed has no end.");
  return `${foldCalendar(value.slice(0, firstComponent))}${calendarProperties(options)}${foldCalendar(value.slice(firstComponent))}`;
}
