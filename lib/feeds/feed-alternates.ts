import type { Metadata } from "next";
import { createTranslator } from "use-intl/core";
import { absoluteUrl } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { seriesCalendarPath, upcomingRssPath, venueCalendarPath } from "./feed-urls";

type AlternateTypes = NonNullable<NonNullable<Metadata["alternates"]>["types"]>;

type Feeds = {
  series?: { slug: string; title: string };
  venue?: { slug: string; name: string };
};

/**
 * `<link rel="alternate">` entries for a page's feeds: the calendars it
 * belongs to, and the RSS feed of upcoming sessions, in the page's language.
 */
export function feedAlternateTypes(locale: Locale, { series, venue }: Feeds): AlternateTypes {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Feeds" });
  const calendars = [
    series && {
      url: absoluteUrl(seriesCalendarPath(series.slug, locale)),
      title: t("seriesCalendarLinkTitle", { series: series.title }),
    },
    venue && {
      url: absoluteUrl(venueCalendarPath(venue.slug, locale)),
      title: t("venueCalendarLinkTitle", { venue: venue.name }),
    },
  ].filter((link) => link !== undefined);
  return {
    ...(calendars.length ? { "text/calendar": calendars } : {}),
    "application/rss+xml": [{ url: absoluteUrl(upcomingRssPath(locale)), title: t("rssTitle") }],
  };
}
