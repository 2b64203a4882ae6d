import type { Locale } from "@/lib/i18n/locales";
import type { PublicMeeting } from "@/lib/meetings/public-meeting";
import { calendarEventText } from "./calendar-text";

// Long descriptions would make URLs that some browsers and servers refuse.
const LINK_DESCRIPTION_LIMIT = 800;

/** "20270129T000000Z": the UTC form Google Calendar's `dates` expects. */
function compactUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

/** "2027-01-29T00:00:00Z" */
function isoUtc(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, "Z");
}

// encodeURIComponent rather than URLSearchParams: Outlook shows a "+" as a
// plus sign instead of a space.
function withQuery(base: string, params: Record<string, string>): string {
  const query = Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join("&");
  return `${base}?${query}`;
}

/** Opens Google Calendar's "new event" form filled in with the meeting. */
export function googleCalendarUrl(meeting: PublicMeeting, locale: Locale, pageUrl: string): string {
  const text = calendarEventText(meeting, locale, pageUrl, { maxDescriptionLength: LINK_DESCRIPTION_LIMIT });
  return withQuery("https://calendar.google.com/calendar/render", {
    action: "TEMPLATE",
    text: text.title,
    dates: `${compactUtc(meeting.startsAt)}/${compactUtc(meeting.endsAt)}`,
    details: text.description,
    location: text.location,
  });
}

/** Opens Outlook on the web's "new event" form filled in with the meeting. */
export function outlookCalendarUrl(meeting: PublicMeeting, locale: Locale, pageUrl: string): string {
  const text = calendarEventText(meeting, locale, pageUrl, { maxDescriptionLength: LINK_DESCRIPTION_LIMIT });
  return withQuery("https://outlook.live.com/calendar/0/action/compose", {
    subject: text.title,
    startdt: isoUtc(meeting.startsAt),
    enddt: isoUtc(meeting.endsAt),
    body: text.description,
    location: text.location,
  });
}
