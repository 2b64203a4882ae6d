import { createEvent, type EventAttributes, type HeaderAttributes } from "ics";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicMeeting } from "@/lib/meetings/public-meeting";
import { calendarEventText } from "./calendar-text";
import { foldCalendar } from "./fold";

/** Calendar header shared by a single meeting's file and the series feed. */
export const ICS_HEADER = {
  productId: "-//Encuentros//Community meetings//EN",
  method: "PUBLISH",
} as const satisfies HeaderAttributes;

/**
 * `ics` writes DTSTAMP from `timestamp` (its schema accepts it) but leaves the
 * field out of its types.
 */
export type MeetingEventAttributes = EventAttributes & { timestamp: number };

/** The UID calendars use to match a later download to the event they already have. */
export function meetingUid(meeting: Pick<PublicMeeting, "id">): string {
  return `${meeting.id}@encuentros`;
}

/**
 * One meeting as an `ics` event. Deterministic: DTSTAMP is the last change,
 * not the time of the download, and SEQUENCE rises with every edit
 * (version starts at 1), so calendars treat a re-download as an update.
 */
export function meetingToEventAttributes(
  meeting: PublicMeeting,
  locale: Locale,
  pageUrl: string,
): MeetingEventAttributes {
  const text = calendarEventText(meeting, locale, pageUrl);
  return {
    ...ICS_HEADER,
    uid: meetingUid(meeting),
    sequence: meeting.version - 1,
    timestamp: meeting.updatedAt.getTime(),
    lastModified: meeting.updatedAt.getTime(),
    // Epoch milliseconds are written as UTC (…Z) whatever the server's zone.
    start: meeting.startsAt.getTime(),
    end: meeting.endsAt.getTime(),
    title: text.title,
    description: text.description,
    location: text.location,
    url: pageUrl,
    status: meeting.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
  };
}

/** A complete VCALENDAR with one VEVENT, CRLF line endings and lines folded at 75 octets. */
export function meetingToIcs(meeting: PublicMeeting, locale: Locale, pageUrl: string): string {
  const { error, value } = createEvent(meetingToEventAttributes(meeting, locale, pageUrl));
  if (error || !value) throw error ?? new Error(`Could not build the calendar file for ${meeting.slug}.`);
  return foldCalendar(value);
}
