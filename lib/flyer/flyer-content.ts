import "server-only";
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { getMeetingBySlug, listUpcomingMeetingsAtVenue } from "@/lib/meetings/data";
import { meetingLanguagesText } from "@/lib/meetings/languages-text";
import { meetingPageUrl } from "@/lib/meetings/meeting-urls";
import { formatVenueAddress, type PublicMeeting } from "@/lib/meetings/public-meeting";
import { partnerPageUrl, type SharedKind } from "@/lib/sharing/sharing-paths";
import { listPublicStatements } from "@/lib/statements/data";
import { formatMeetingDay, formatMeetingWhen, formatTimeRange } from "@/lib/time/format";
import { getPartnerBySlug, type PublicPartner } from "@/lib/venues/data";

/** Spanish on the left, English on the right: most readers look for Spanish first. */
export const FLYER_LOCALES: readonly Locale[] = ["es", "en"];

// What fits in one column of a letter page next to the QR code and the
// promises, after the next meeting; the flyer says how many more there are.
const PARTNER_FLYER_SESSIONS = 4;
// Counted, not printed: "12 more meetings are announced".
const PARTNER_COUNT_LIMIT = 200;

export type FlyerFact = { label: string; lines: string[] };

/** The date and time, printed largest after the title. */
export type FlyerWhen = { label: string; day: string; time: string; title: string | null };

/** One language's half of the flyer. */
export type FlyerColumn = {
  locale: Locale;
  heading: string;
  title: string;
  cancelled: { label: string; note: string | null } | null;
  /** The meeting's (or for a partner, the next meeting's) date and time; null when none is announced. */
  when: FlyerWhen | null;
  facts: FlyerFact[];
  sessions: {
    heading: string;
    items: { when: string; title: string; cancelled: boolean }[];
    emptyText: string;
    /** "3 more meetings are announced: …", when the flyer could not list them all. */
    more: string | null;
  } | null;
  promisesHeading: string;
  promises: string[];
  free: string;
  scan: string;
  /** The page in this language: the QR code opens it. */
  url: string;
};

export type FlyerContent = { kind: SharedKind; slug: string; documentTitle: string; columns: FlyerColumn[] };

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale) });
}

/** What the department will not do, as the statements (edited by admins) say it today. */
async function promisesIn(locale: Locale): Promise<string[]> {
  const statements = await listPublicStatements(locale);
  return statements.filter((statement) => statement.section === "WILL_NOT").map((statement) => statement.text);
}

function sharedParts(locale: Locale, url: string, promises: string[]) {
  const t = translator(locale);
  return {
    promisesHeading: t("Flyer.promisesHeading"),
    promises,
    free: t("Flyer.free"),
    scan: t("Flyer.scan"),
    url,
  };
}

function addressLine(venue: Parameters<typeof formatVenueAddress>[0] & { isDemo: boolean }, locale: Locale): string {
  return `${formatVenueAddress(venue)}${venue.isDemo ? ` (${translator(locale)("Flyer.demoAddress")})` : ""}`;
}

function meetingColumn(meeting: PublicMeeting, locale: Locale, promises: string[]): FlyerColumn {
  const t = translator(locale);
  const cancelled = meeting.status === "CANCELLED";
  return {
    locale,
    heading: t("Flyer.heading"),
    title: meeting.title,
    cancelled: cancelled ? { label: t("Flyer.cancelled"), note: meeting.statusNote } : null,
    when: whenOf(meeting, t("Flyer.when"), null, locale),
    facts: [
      { label: t("Flyer.where"), lines: [meeting.venue.name, addressLine(meeting.venue, locale)] },
      {
        label: t("Flyer.language"),
        lines: [meetingLanguagesText(meeting.spokenLanguages, meeting.interpretation, locale)],
      },
    ],
    sessions: null,
    ...sharedParts(locale, meetingPageUrl(meeting.slug, locale), promises),
  };
}

/** "(hora del centro)", kept on one line when a time wraps. */
function centralTime(locale: Locale): string {
  return `(${translator(locale)("Flyer.centralTime").replace(/ /g, "\u00a0")})`;
}

function whenOf(meeting: PublicMeeting, label: string, title: string | null, locale: Locale): FlyerWhen {
  return {
    label,
    day: formatMeetingDay(meeting.startsAt, locale),
    time: `${formatTimeRange(meeting.startsAt, meeting.endsAt, locale)} ${centralTime(locale)}`,
    title,
  };
}

/** The partner's flyer: its next meeting large, the following ones listed, and how many more there are. */
function partnerColumn(
  partner: PublicPartner,
  meetings: PublicMeeting[],
  locale: Locale,
  promises: string[],
): FlyerColumn {
  const t = translator(locale);
  const next = meetings.find((meeting) => meeting.status === "SCHEDULED");
  const rest = meetings.filter((meeting) => meeting !== next);
  const listed = rest.slice(0, PARTNER_FLYER_SESSIONS);
  const unlisted = rest.length - listed.length;
  return {
    locale,
    heading: t("Flyer.partnerHeading"),
    title: partner.name,
    cancelled: null,
    when: next ? whenOf(next, t("Flyer.nextMeeting"), next.title, locale) : null,
    facts: [{ label: t("Flyer.where"), lines: [addressLine(partner, locale)] }],
    sessions: {
      heading: t(next ? "Flyer.later" : "Flyer.upcoming"),
      items: listed.map((meeting) => ({
        when: `${formatMeetingWhen(meeting.startsAt, meeting.endsAt, locale)} ${centralTime(locale)}`,
        title: meeting.status === "CANCELLED" ? `${t("Flyer.cancelled")}: ${meeting.title}` : meeting.title,
        cancelled: meeting.status === "CANCELLED",
      })),
      emptyText: t(next ? "Flyer.noneLater" : "Flyer.none"),
      more: unlisted > 0 ? t("Flyer.more", { count: unlisted }) : null,
    },
    ...sharedParts(locale, partnerPageUrl(partner.slug, locale), promises),
  };
}

function documentTitle(titles: string[]): string {
  return FLYER_LOCALES.map((locale, index) => translator(locale)("Flyer.title", { title: titles[index]! })).join(" / ");
}

/** Both languages of one meeting's flyer, or null for an unknown slug. */
export async function loadMeetingFlyer(slug: string): Promise<FlyerContent | null> {
  const meetings = await Promise.all(FLYER_LOCALES.map((locale) => getMeetingBySlug(slug, locale)));
  if (meetings.some((meeting) => !meeting)) return null;
  const promises = await Promise.all(FLYER_LOCALES.map(promisesIn));
  const columns = FLYER_LOCALES.map((locale, index) => meetingColumn(meetings[index]!, locale, promises[index]!));
  return { kind: "meeting", slug, documentTitle: documentTitle(columns.map((column) => column.title)), columns };
}

/** Both languages of a partner's flyer (its next sessions), or null when the venue is not a partner. */
export async function loadPartnerFlyer(slug: string, now: Date): Promise<FlyerContent | null> {
  const columns: FlyerColumn[] = [];
  for (const locale of FLYER_LOCALES) {
    const partner = await getPartnerBySlug(slug, locale);
    if (!partner) return null;
    const meetings = await listUpcomingMeetingsAtVenue(partner.id, locale, now, PARTNER_COUNT_LIMIT);
    columns.push(partnerColumn(partner, meetings, locale, await promisesIn(locale)));
  }
  return { kind: "partner", slug, documentTitle: documentTitle(columns.map((column) => column.title)), columns };
}
