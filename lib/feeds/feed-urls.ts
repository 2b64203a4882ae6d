import { absoluteUrl } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Addresses of the feeds and the embeddable widget. They live outside the
 * localized page routing (no next-intl proxy, no cookies) and never change
 * once published: calendars, feed readers and partner websites keep them.
 */

/** Every session of a series: /ics/es/series/invierno-2027.ics */
export function seriesCalendarPath(seriesSlug: string, locale: Locale): string {
  return `/ics/${locale}/series/${encodeURIComponent(seriesSlug)}.ics`;
}

/** Every session at one venue (a partner church), whatever the series: /ics/es/venue/familia-bethel.ics */
export function venueCalendarPath(venueSlug: string, locale: Locale): string {
  return `/ics/${locale}/venue/${encodeURIComponent(venueSlug)}.ics`;
}

/** Upcoming sessions as RSS 2.0: /feeds/es/upcoming.xml */
export function upcomingRssPath(locale: Locale): string {
  return `/feeds/${locale}/upcoming.xml`;
}

/** The widget partners frame: the current series, or one venue's sessions. */
export function embedPath(locale: Locale, venueSlug?: string): string {
  return venueSlug ? `/embed/${locale}/venue/${encodeURIComponent(venueSlug)}` : `/embed/${locale}`;
}

/**
 * The same feed as webcal://, which phones and desktop calendar apps open as
 * "subscribe" rather than "download once".
 */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:/, "webcal:");
}

/** A calendar feed's address as the site serves it (https in production) and as webcal://. */
export function calendarFeedUrls(path: string): { url: string; webcal: string } {
  const url = absoluteUrl(path);
  return { url, webcal: webcalUrl(url) };
}
