import "server-only";
import { createTranslator } from "use-intl/core";
import { calendarEventText } from "@/lib/calendar/calendar-text";
import { absoluteUrl } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { pagePath } from "@/lib/i18n/paths";
import { getCurrentSeries, listUpcomingMeetings, listUpcomingMeetingsAtVenue } from "@/lib/meetings/data";
import { meetingPageUrl } from "@/lib/meetings/meeting-urls";
import type { PublicMeeting } from "@/lib/meetings/public-meeting";
import { zonedDateKey } from "@/lib/time/central-time";
import { formatMeetingWhen } from "@/lib/time/format";
import { getVenueSummaryBySlug } from "@/lib/venues/data";
import type { WidgetContent, WidgetItem } from "./widget-html";

// A frame on a church website: the next few sessions, then a link to the
// rest. The snippet's height (embed-snippet.ts) fits this many on a phone.
export const WIDGET_SESSION_LIMIT = 4;

function toWidgetItem(meeting: PublicMeeting, locale: Locale, showPlace: boolean): WidgetItem {
  const t = createTranslator({ locale, messages: messagesFor(locale) });
  const url = meetingPageUrl(meeting.slug, locale);
  const status = meeting.status === "SCHEDULED" ? null : t(`Status.${meeting.status}`);
  return {
    title: meeting.title,
    url,
    startsAt: meeting.startsAt,
    when: `${formatMeetingWhen(meeting.startsAt, meeting.endsAt, locale)} (${t("Meeting.centralTime")})`,
    place: showPlace ? calendarEventText(meeting, locale, url).location : null,
    cancelled: meeting.status === "CANCELLED",
    statusLine: status && meeting.statusNote ? `${status}: ${meeting.statusNote}` : status,
  };
}

/**
 * What the widget shows: one venue's upcoming sessions (any series), or the
 * current series' when no venue is given. Null for an unknown venue.
 */
export async function loadWidgetContent(
  locale: Locale,
  venueSlug: string | undefined,
  now: Date,
): Promise<WidgetContent | null> {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Embed" });
  let heading: string;
  let meetings: PublicMeeting[];
  if (venueSlug) {
    const venue = await getVenueSummaryBySlug(venueSlug);
    if (!venue) return null;
    heading = t("venueHeading", { venue: venue.name });
    meetings = await listUpcomingMeetingsAtVenue(venue.id, locale, now, WIDGET_SESSION_LIMIT);
  } else {
    const series = await getCurrentSeries(zonedDateKey(now), locale);
    heading = t("seriesHeading");
    meetings = series ? (await listUpcomingMeetings(series.id, locale, now)).slice(0, WIDGET_SESSION_LIMIT) : [];
  }
  return {
    locale,
    heading,
    // A venue's widget names the venue in its heading: no need to repeat it on every session.
    items: meetings.map((meeting) => toWidgetItem(meeting, locale, !venueSlug)),
    emptyText: t("none"),
    opensInNewTab: t("opensInNewTab"),
    seeAll: { label: t("seeAll"), url: absoluteUrl(pagePath("/", locale)) },
  };
}
