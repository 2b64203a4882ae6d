import { Feed } from "feed";
import { createTranslator } from "use-intl/core";
import { calendarEventText } from "@/lib/calendar/calendar-text";
import { meetingUid } from "@/lib/calendar/ics";
import { escapeHtml } from "@/lib/html/escape";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import type { PublicMeeting } from "@/lib/meetings/public-meeting";
import { publicText } from "@/lib/text/plain-text";
import { formatMeetingWhen } from "@/lib/time/format";

export type UpcomingRssOptions = {
  locale: Locale;
  feedUrl: string;
  listingUrl: string;
  meetingPageUrl: (meeting: PublicMeeting) => string;
  /** Shown as lastBuildDate when there is no session to date the feed by. */
  now: Date;
};

/**
 * `feed` writes an item's title and description as CDATA sections through
 * xml-js, which splits only the first "]]>" of a section
 * (xml-js/lib/js2xml.js writeCdata: `cdata.replace(']]>', …)`): a second
 * one ended the section and let the rest of a title be read as markup (a
 * second <link>, a second title). So each "]]>" goes in as a NUL, which
 * publicText guarantees no text carries, and every NUL of the written feed
 * comes out as that end split across two sections ("]]" then ">").
 */
const CDATA_END_MARK = "\u0000";
const inCdata = (text: string) => publicText(text).replaceAll("]]>", CDATA_END_MARK);
const withCdataEnds = (xml: string) => xml.replaceAll(CDATA_END_MARK, "]]]]><![CDATA[>");

/** One session as a feed item's HTML description: when (Central time), where, then any note. */
function itemDescription(meeting: PublicMeeting, locale: Locale, pageUrl: string): string {
  const t = createTranslator({ locale, messages: messagesFor(locale) });
  const place = calendarEventText(meeting, locale, pageUrl).location;
  const paragraphs = [
    t("Feeds.itemWhen", { when: formatMeetingWhen(meeting.startsAt, meeting.endsAt, locale) }),
    t("Feeds.itemWhere", { place }),
    meeting.status === "CANCELLED" ? t("Calendar.cancelled") : null,
    meeting.status === "POSTPONED" ? t("Calendar.postponed") : null,
    meeting.status !== "SCHEDULED" && meeting.statusNote ? `${t("Meeting.statusNote")}: ${meeting.statusNote}` : null,
    meeting.description || null,
  ];
  return paragraphs
    .filter((text): text is string => text !== null)
    .map((text) => `<p>${escapeHtml(text)}</p>`)
    .join("");
}

/**
 * Upcoming sessions as RSS 2.0 in one language. The guid is the meeting's
 * calendar UID, so an edited or cancelled session stays the same item; its
 * pubDate is the last change, so readers notice it.
 */
export function upcomingMeetingsToRss(meetings: PublicMeeting[], options: UpcomingRssOptions): string {
  const { locale } = options;
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Feeds" });
  const newest = Math.max(...meetings.map((meeting) => meeting.updatedAt.getTime()));
  const feed = new Feed({
    id: options.feedUrl,
    title: t("rssTitle"),
    description: t("rssDescription"),
    link: options.listingUrl,
    language: locale,
    updated: Number.isFinite(newest) ? new Date(newest) : options.now,
    ttl: 60,
    generator: "Encuentros",
    feedLinks: { rss: options.feedUrl },
  });
  for (const meeting of meetings) {
    const pageUrl = options.meetingPageUrl(meeting);
    feed.addItem({
      id: meetingUid(meeting),
      title: inCdata(calendarEventText(meeting, locale, pageUrl).title),
      link: pageUrl,
      date: meeting.updatedAt,
      description: inCdata(itemDescription(meeting, locale, pageUrl)),
    });
  }
  return withCdataEnds(feed.rss2());
}
