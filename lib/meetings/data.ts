import "server-only";
import { getDb } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { translationFor, translationIn } from "@/lib/i18n/translation";
import { dbDateToDateKey } from "@/lib/time/central-time";
import type { RevisionValues } from "@/lib/meeting-revisions/revision-meeting";
import { meetingFields, translationRows } from "./meeting-rows";
import type { PublicMeeting } from "./public-meeting";
import { instantsOf } from "./scheduling";
import { endedAndPublic, isPubliclyVisible, visibleWhere } from "./visibility";

// Only public columns: the venue's partner contact never leaves the server.
const publicMeetingSelect = {
  id: true,
  slug: true,
  startsAt: true,
  endsAt: true,
  previousStartsAt: true,
  status: true,
  version: true,
  updatedAt: true,
  spokenLanguages: true,
  interpretation: true,
  hostName: true,
  wheelchairAccessible: true,
  parkingAvailable: true,
  transitNearby: true,
  childcareProvided: true,
  translations: true,
  venue: {
    select: {
      slug: true,
      kind: true,
      name: true,
      street: true,
      city: true,
      region: true,
      postalCode: true,
      neighborhood: true,
      policeDivision: true,
      isDemo: true,
      isPartner: true,
    },
  },
  series: { select: { slug: true, organizer: true, endsOn: true, translations: true } },
} satisfies Prisma.MeetingSelect;

type MeetingRow = Prisma.MeetingGetPayload<{ select: typeof publicMeetingSelect }>;

function toPublicMeeting(row: MeetingRow, locale: Locale): PublicMeeting {
  const text = translationFor(row.translations, locale);
  const seriesText = translationFor(row.series.translations, locale);
  return {
    id: row.id,
    slug: row.slug,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    previousStartsAt: row.previousStartsAt,
    status: row.status,
    version: row.version,
    updatedAt: row.updatedAt,
    spokenLanguages: row.spokenLanguages,
    interpretation: row.interpretation,
    hostName: row.hostName,
    hostTitle: text?.hostTitle ?? null,
    title: text?.title ?? row.slug,
    description: text?.description ?? "",
    accessibilityNotes: text?.accessibilityNotes ?? null,
    statusNote: text?.statusNote ?? null,
    wheelchairAccessible: row.wheelchairAccessible,
    parkingAvailable: row.parkingAvailable,
    transitNearby: row.transitNearby,
    childcareProvided: row.childcareProvided,
    venue: row.venue,
    series: {
      slug: row.series.slug,
      organizer: row.series.organizer,
      title: seriesText?.title ?? row.series.slug,
      endsOn: dbDateToDateKey(row.series.endsOn),
    },
  };
}

export type CurrentSeries = {
  id: string;
  slug: string;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  hasEnded: boolean;
};

/**
 * The series residents should see: the earliest one still running, or, once
 * all have ended, the one that ended last (so the page can say when).
 */
export async function getCurrentSeries(today: string, locale: Locale): Promise<CurrentSeries | null> {
  const db = getDb();
  const todayDate = new Date(`${today}T00:00:00.000Z`);
  const running = await db.series.findFirst({
    where: { endsOn: { gte: todayDate } },
    orderBy: { startsOn: "asc" },
    include: { translations: true },
  });
  const series =
    running ?? (await db.series.findFirst({ orderBy: { endsOn: "desc" }, include: { translations: true } }));
  if (!series) return null;
  const text = translationFor(series.translations, locale);
  return {
    id: series.id,
    slug: series.slug,
    title: text?.title ?? series.slug,
    description: text?.description ?? "",
    startsOn: dbDateToDateKey(series.startsOn),
    endsOn: dbDateToDateKey(series.endsOn),
    hasEnded: !running,
  };
}

export type UpcomingFilter = {
  from?: Date;
  to?: Date;
  area?: string;
  language?: string;
};

// Sessions last hours, not days: bounding startsAt keeps the query on the
// (seriesId, startsAt) index while still listing a session in progress.
export const LONGEST_SESSION_MS = 12 * 60 * 60 * 1000;

/** Upcoming and in-progress sessions of a series, soonest first, cancelled ones included. */
export async function listUpcomingMeetings(
  seriesId: string,
  locale: Locale,
  now: Date,
  filter: UpcomingFilter = {},
): Promise<PublicMeeting[]> {
  const earliestStart = new Date(now.getTime() - LONGEST_SESSION_MS);
  const from = filter.from && filter.from > earliestStart ? filter.from : earliestStart;
  const rows = await getDb().meeting.findMany({
    where: visibleWhere(
      {
        seriesId,
        startsAt: { gte: from, ...(filter.to ? { lt: filter.to } : {}) },
        endsAt: { gt: now },
        ...(filter.language ? { spokenLanguages: { has: filter.language } } : {}),
        ...(filter.area ? { venue: { OR: [{ neighborhood: filter.area }, { policeDivision: filter.area }] } } : {}),
      },
      now,
    ),
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: publicMeetingSelect,
  });
  return rows.map((row) => toPublicMeeting(row, locale));
}

export type FilterOptions = { areas: string[]; languages: string[]; startDates: Date[] };

/** What the filter form offers: only values that would match something. */
export async function listFilterOptions(seriesId: string, now: Date): Promise<FilterOptions> {
  const rows = await getDb().meeting.findMany({
    where: upcomingWhere({ seriesId }, now),
    select: {
      startsAt: true,
      spokenLanguages: true,
      venue: { select: { neighborhood: true, policeDivision: true } },
    },
    orderBy: { startsAt: "asc" },
  });
  const areas = new Set<string>();
  const languages = new Set<string>();
  for (const row of rows) {
    if (row.venue.neighborhood) areas.add(row.venue.neighborhood);
    if (row.venue.policeDivision) areas.add(row.venue.policeDivision);
    for (const language of row.spokenLanguages) languages.add(language);
  }
  return {
    areas: [...areas].sort((a, b) => a.localeCompare(b)),
    languages: [...languages].sort(),
    startDates: rows.map((row) => row.startsAt),
  };
}

export const ARCHIVE_PAGE_SIZE = 10;

/** Sessions that have ended, newest first, one page at a time. */
export async function listPastMeetings(
  locale: Locale,
  now: Date,
  page: number,
): Promise<{ meetings: PublicMeeting[]; total: number; pageCount: number }> {
  const db = getDb();
  const where = endedAndPublic(now);
  const [total, rows] = await Promise.all([
    db.meeting.count({ where }),
    db.meeting.findMany({
      where,
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * ARCHIVE_PAGE_SIZE,
      take: ARCHIVE_PAGE_SIZE,
      select: publicMeetingSelect,
    }),
  ]);
  return {
    meetings: rows.map((row) => toPublicMeeting(row, locale)),
    total,
    pageCount: Math.max(1, Math.ceil(total / ARCHIVE_PAGE_SIZE)),
  };
}

export async function getMeetingBySlug(slug: string, locale: Locale, now = new Date()): Promise<PublicMeeting | null> {
  const row = await getDb().meeting.findFirst({ where: visibleWhere({ slug }, now), select: publicMeetingSelect });
  return row ? toPublicMeeting(row, locale) : null;
}

/** Any meeting, whatever its publication, for the staff-only preview: never call from a public page. */
/** A meeting as its staff preview shows it, and whether residents can see it yet. */
export type PreviewMeeting = PublicMeeting & { isPublic: boolean };

export async function getMeetingForPreview(
  id: string,
  locale: Locale,
  now = new Date(),
): Promise<PreviewMeeting | null> {
  if (!isRecordId(id)) return null;
  const row = await getDb().meeting.findUnique({
    where: { id },
    select: { ...publicMeetingSelect, publication: true, publishAt: true },
  });
  return row ? { ...toPublicMeeting(row, locale), isPublic: isPubliclyVisible(row, now) } : null;
}

/**
 * A published meeting as its pending draft change would show it, for the
 * staff-only preview: the change's fields over the published row, with its
 * place and series. Null when the meeting has no draft change.
 */
export async function getRevisionForPreview(
  id: string,
  locale: Locale,
  now = new Date(),
): Promise<PreviewMeeting | null> {
  if (!isRecordId(id)) return null;
  const db = getDb();
  const [row, revision] = await Promise.all([
    db.meeting.findUnique({ where: { id }, select: { ...publicMeetingSelect, publication: true, publishAt: true } }),
    db.meetingRevision.findUnique({ where: { meetingId: id } }),
  ]);
  if (!row || !revision) return null;
  const values = revision.values as RevisionValues;
  const when = instantsOf(values.date, values.startTime, values.endTime);
  const [venue, series] = await Promise.all([
    db.venue.findUnique({ where: { id: values.venueId }, select: publicMeetingSelect.venue.select }),
    db.series.findUnique({ where: { id: values.seriesId }, select: publicMeetingSelect.series.select }),
  ]);
  const changed: MeetingRow = {
    ...row,
    ...meetingFields(values),
    ...(when ?? {}),
    venue: venue ?? row.venue,
    series: series ?? row.series,
    translations: translationRows(values).map((text) => ({
      meetingId: id,
      ...text,
      statusNote: translationIn(row.translations, text.locale)?.statusNote ?? null,
    })),
  };
  return { ...toPublicMeeting(changed, locale), isPublic: isPubliclyVisible(row, now) };
}

export type PublicSeries = { id: string; slug: string; title: string; description: string };

export async function getSeriesBySlug(slug: string, locale: Locale): Promise<PublicSeries | null> {
  const series = await getDb().series.findUnique({ where: { slug }, include: { translations: true } });
  if (!series) return null;
  const text = translationFor(series.translations, locale);
  return { id: series.id, slug: series.slug, title: text?.title ?? series.slug, description: text?.description ?? "" };
}

// A feed is bounded even if a series or a venue grows without end: a
// calendar app downloads it whole at every refresh, often on slow data.
const FEED_MEETING_LIMIT = 100;

/**
 * Every session of a series, in order, past and cancelled ones included: a
 * subscribed calendar keeps its history and sees cancellations as such.
 */
export async function listSeriesMeetings(
  seriesId: string,
  locale: Locale,
  window: FeedWindow,
): Promise<PublicMeeting[]> {
  return feedMeetings({ seriesId }, locale, window);
}

/** Sessions at one venue, whatever their series, in order, cancelled ones included. */
export async function listVenueMeetingsSince(
  venueId: string,
  locale: Locale,
  window: FeedWindow,
): Promise<PublicMeeting[]> {
  return feedMeetings({ venueId }, locale, window);
}

export type FeedWindow = { since: Date; now: Date };

/**
 * A feed's sessions in order: those to come first in line (nearest first),
 * then history back to `since`, newest first, up to FEED_MEETING_LIMIT in
 * all. When a feed must be cut, old history goes, never the next sessions.
 */
async function feedMeetings(
  where: Prisma.MeetingWhereInput,
  locale: Locale,
  { since, now }: FeedWindow,
): Promise<PublicMeeting[]> {
  const select = publicMeetingSelect;
  const upcoming = await getDb().meeting.findMany({
    where: visibleWhere({ ...where, endsAt: { gt: now } }, now),
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: FEED_MEETING_LIMIT,
    select,
  });
  const room = FEED_MEETING_LIMIT - upcoming.length;
  const past =
    room > 0
      ? await getDb().meeting.findMany({
          where: visibleWhere({ ...where, endsAt: { lte: now }, startsAt: { gte: since } }, now),
          orderBy: [{ startsAt: "desc" }, { id: "desc" }],
          take: room,
          select,
        })
      : [];
  return [...past.reverse(), ...upcoming].map((row) => toPublicMeeting(row, locale));
}

/** `where` narrowed to the upcoming and in-progress sessions residents may see, cancelled ones included. */
export function upcomingWhere(where: Prisma.MeetingWhereInput, now: Date): Prisma.MeetingWhereInput {
  return visibleWhere(
    { ...where, startsAt: { gte: new Date(now.getTime() - LONGEST_SESSION_MS) }, endsAt: { gt: now } },
    now,
  );
}

/** Upcoming and in-progress sessions at one venue, whatever their series, soonest first, cancelled ones included. */
export async function listUpcomingMeetingsAtVenue(
  venueId: string,
  locale: Locale,
  now: Date,
  limit: number,
): Promise<PublicMeeting[]> {
  const rows = await getDb().meeting.findMany({
    where: upcomingWhere({ venueId }, now),
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: limit,
    select: publicMeetingSelect,
  });
  return rows.map((row) => toPublicMeeting(row, locale));
}

/**
 * A meeting as residents see it, in each language, read inside the caller's
 * transaction whatever its publication: what a notice of its change says
 * (lib/notices/partner-notices.ts), as of that change.
 */
export async function meetingInBothLanguages(
  tx: Prisma.TransactionClient,
  id: string,
): Promise<Record<Locale, PublicMeeting>> {
  const row = await tx.meeting.findUniqueOrThrow({ where: { id }, select: publicMeetingSelect });
  return { es: toPublicMeeting(row, "es"), en: toPublicMeeting(row, "en") };
}
