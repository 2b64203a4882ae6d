import "server-only";
import { createTranslator } from "use-intl/core";
import { meetingsToIcsFeed } from "@/lib/calendar/ics-feed";
import { absoluteUrl } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { pagePath } from "@/lib/i18n/paths";
import {
  getCurrentSeries,
  getSeriesBySlug,
  listSeriesMeetings,
  listUpcomingMeetings,
  listVenueMeetingsSince,
} from "@/lib/meetings/data";
import { meetingPageUrl } from "@/lib/meetings/meeting-urls";
import type { PublicMeeting } from "@/lib/meetings/public-meeting";
import { zonedDateKey } from "@/lib/time/central-time";
import { getVenueSummaryBySlug } from "@/lib/venues/data";
import { seriesCalendarPath, upcomingRssPath, venueCalendarPath } from "./feed-urls";
import { upcomingMeetingsToRss } from "./upcoming-rss";

export type BuiltFeed = { body: string };

// Half a year of history is plenty for a calendar (and a series or a venue
// feed is also capped in number: lib/meetings/data.ts keeps the newest).
const FEED_HISTORY_MS = 183 * 24 * 60 * 60 * 1000;

function feedTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "Feeds" });
}

const meetingUrlIn = (locale: Locale) => (meeting: PublicMeeting) => meetingPageUrl(meeting.slug, locale);

/** A series' sessions (all to come, and half a year back) as a subscription calendar, or null for an unknown series. */
export async function seriesCalendarFeed(
  seriesSlug: string,
  locale: Locale,
  now = new Date(),
): Promise<BuiltFeed | null> {
  const series = await getSeriesBySlug(seriesSlug, locale);
  if (!series) return null;
  const meetings = await listSeriesMeetings(series.id, locale, {
    since: new Date(now.getTime() - FEED_HISTORY_MS),
    now,
  });
  const t = feedTranslator(locale);
  const body = meetingsToIcsFeed(meetings, {
    name: t("seriesCalendarName", { series: series.title }),
    description: t("seriesCalendarDescription"),
    feedUrl: absoluteUrl(seriesCalendarPath(series.slug, locale)),
    pageUrl: absoluteUrl(pagePath("/", locale)),
    locale,
    meetingPageUrl: meetingUrlIn(locale),
  });
  return { body };
}

/** Sessions at one venue (a partner church) as a subscription calendar, or null for an unknown venue. */
export async function venueCalendarFeed(venueSlug: string, locale: Locale, now: Date): Promise<BuiltFeed | null> {
  const venue = await getVenueSummaryBySlug(venueSlug);
  if (!venue) return null;
  const meetings = await listVenueMeetingsSince(venue.id, locale, {
    since: new Date(now.getTime() - FEED_HISTORY_MS),
    now,
  });
  const t = feedTranslator(locale);
  const body = meetingsToIcsFeed(meetings, {
    name: t("venueCalendarName", { venue: venue.name }),
    description: t("venueCalendarDescription", { venue: venue.name }),
    feedUrl: absoluteUrl(venueCalendarPath(venue.slug, locale)),
    pageUrl: absoluteUrl(pagePath("/", locale)),
    locale,
    meetingPageUrl: meetingUrlIn(locale),
  });
  return { body };
}

/** Upcoming sessions of the current series as RSS 2.0; an empty feed when no series is announced. */
export async function upcomingRssFeed(locale: Locale, now: Date): Promise<BuiltFeed> {
  const series = await getCurrentSeries(zonedDateKey(now), locale);
  const meetings = series ? await listUpcomingMeetings(series.id, locale, now) : [];
  const body = upcomingMeetingsToRss(meetings, {
    locale,
    feedUrl: absoluteUrl(upcomingRssPath(locale)),
    listingUrl: absoluteUrl(pagePath("/", locale)),
    meetingPageUrl: meetingUrlIn(locale),
    now,
  });
  return { body };
}
