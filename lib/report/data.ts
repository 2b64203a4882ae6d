import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { translationFor } from "@/lib/i18n/translation";
import { getCurrentSeries } from "@/lib/meetings/data";
import { addDaysToDateKey, MEETING_TIME_ZONE, zonedDateKey } from "@/lib/time/central-time";
import { type ReportWindow, type ScopeDefaults, weeksOf } from "./scope";

/**
 * The outreach report's figures. Every number is counted by PostgreSQL
 * (COUNT, SUM, percentile_cont) through the meetings' start-time index;
 * only counts and the names of places and meetings leave the database,
 * never a question's text, a tap or a request's contact.
 *
 * "Public" is what residents were shown: published meetings (a scheduled
 * one becomes published at its time). A meeting counts in the week and
 * period it was to start in, Dallas time.
 */

export type WeekRow = { week: string; held: number; upcoming: number; cancelled: number; postponed: number };
export type MeetingTapsRow = { slug: string; title: string; place: string; startsAt: Date; taps: number };
export type AreaTapsRow = { area: string; meetings: number; taps: number };
export type InterpretationRow = {
  language: string;
  taps: number;
  meetingsAsked: number;
  meetingsAskedAndArranged: number;
  meetingsOffering: number;
};
export type QuestionFigures = {
  received: number;
  answered: number;
  published: number;
  medianHoursToPublished: number | null;
};
export type RequestFigures = {
  received: number;
  accepted: number;
  declined: number;
  waiting: number;
  medianHoursToFirstResponse: number | null;
};
export type PlaceRow = { name: string; isPartner: boolean; held: number; isNew: boolean };

export type OutreachReport = {
  weeks: WeekRow[];
  meetingTaps: MeetingTapsRow[];
  areaTaps: AreaTapsRow[];
  interpretation: InterpretationRow[];
  questions: QuestionFigures;
  requests: RequestFigures;
  places: PlaceRow[];
};

const held = (window: ReportWindow) => Prisma.sql`m.status = 'SCHEDULED' AND m."endsAt" <= ${window.now}`;

/** The meetings a report covers, as a condition on `m` (Meeting) joined with `v` (Venue). */
function meetingsIn(window: ReportWindow): Prisma.Sql {
  return Prisma.sql`m."startsAt" >= ${window.start} AND m."startsAt" < ${window.end} AND m.publication = 'PUBLISHED'
    ${window.seriesId ? Prisma.sql`AND m."seriesId" = ${window.seriesId}` : Prisma.empty}
    ${window.area ? Prisma.sql`AND (v.neighborhood = ${window.area} OR v."policeDivision" = ${window.area})` : Prisma.empty}`;
}

const hours = (seconds: number | null) => (seconds === null ? null : Math.round((seconds / 3600) * 10) / 10);

/** Meetings per Dallas week (weeks start on Monday), every week of the period, empty ones too. */
export async function meetingsPerWeek(window: ReportWindow): Promise<WeekRow[]> {
  const rows = await getDb().$queryRaw<WeekRow[]>`
    SELECT to_char(date_trunc('week', m."startsAt" AT TIME ZONE ${MEETING_TIME_ZONE}), 'YYYY-MM-DD') AS week,
      COUNT(*) FILTER (WHERE ${held(window)})::int AS held,
      COUNT(*) FILTER (WHERE m.status = 'SCHEDULED' AND m."endsAt" > ${window.now})::int AS upcoming,
      COUNT(*) FILTER (WHERE m.status = 'CANCELLED')::int AS cancelled,
      COUNT(*) FILTER (WHERE m.status = 'POSTPONED')::int AS postponed
    FROM "Meeting" m JOIN "Venue" v ON v.id = m."venueId"
    WHERE ${meetingsIn(window)}
    GROUP BY 1 ORDER BY 1`;
  const counted = new Map(rows.map((row) => [row.week, row]));
  return weeksOf(window.from, window.to).map(
    (week) => counted.get(week) ?? { week, held: 0, upcoming: 0, cancelled: 0, postponed: 0 },
  );
}

/** "I plan to come" taps per meeting, most first; `limit` null for every meeting with at least one. */
export async function tapsPerMeeting(
  window: ReportWindow,
  locale: Locale,
  limit: number | null,
): Promise<MeetingTapsRow[]> {
  return getDb().$queryRaw<MeetingTapsRow[]>`
    SELECT m.slug, COALESCE(own.title, other.title, m.slug) AS title, v.name AS place, m."startsAt", t.count AS taps
    FROM "Meeting" m
    JOIN "Venue" v ON v.id = m."venueId"
    JOIN "TallyCount" t ON t."meetingId" = m.id AND t.kind = 'PLAN_TO_COME' AND t.language = ''
    LEFT JOIN "MeetingTranslation" own ON own."meetingId" = m.id AND own.locale = ${locale}
    LEFT JOIN "MeetingTranslation" other ON other."meetingId" = m.id AND other.locale <> ${locale}
    WHERE ${meetingsIn(window)} AND t.count > 0
    ORDER BY t.count DESC, m."startsAt"
    ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`;
}

/** Taps per area (the place's neighborhood; "" for places without one). */
export async function tapsPerArea(window: ReportWindow): Promise<AreaTapsRow[]> {
  return getDb().$queryRaw<AreaTapsRow[]>`
    SELECT COALESCE(v.neighborhood, '') AS area, COUNT(DISTINCT m.id)::int AS meetings, COALESCE(SUM(t.count), 0)::int AS taps
    FROM "Meeting" m
    JOIN "Venue" v ON v.id = m."venueId"
    LEFT JOIN "TallyCount" t ON t."meetingId" = m.id AND t.kind = 'PLAN_TO_COME' AND t.language = ''
    WHERE ${meetingsIn(window)}
    GROUP BY 1 ORDER BY 3 DESC, 1`;
}

/** Interpretation residents asked for, by language, beside the meetings that offered it. */
export async function interpretationByLanguage(window: ReportWindow): Promise<InterpretationRow[]> {
  const [asked, offered] = await Promise.all([
    getDb().$queryRaw<{ language: string; taps: number; meetingsAsked: number; meetingsAskedAndArranged: number }[]>`
      SELECT t.language, SUM(t.count)::int AS taps, COUNT(*)::int AS "meetingsAsked",
        COUNT(*) FILTER (WHERE t.language = ANY (m.interpretation))::int AS "meetingsAskedAndArranged"
      FROM "Meeting" m
      JOIN "Venue" v ON v.id = m."venueId"
      JOIN "TallyCount" t ON t."meetingId" = m.id AND t.kind = 'INTERPRETATION'
      WHERE ${meetingsIn(window)} AND t.count > 0
      GROUP BY 1`,
    getDb().$queryRaw<{ language: string; meetings: number }[]>`
      SELECT offered.language, COUNT(*)::int AS meetings
      FROM "Meeting" m JOIN "Venue" v ON v.id = m."venueId", unnest(m.interpretation) AS offered(language)
      WHERE ${meetingsIn(window)}
      GROUP BY 1`,
  ]);
  const rows = new Map<string, InterpretationRow>();
  for (const row of asked) rows.set(row.language, { ...row, meetingsOffering: 0 });
  for (const row of offered) {
    const known = rows.get(row.language) ?? {
      language: row.language,
      taps: 0,
      meetingsAsked: 0,
      meetingsAskedAndArranged: 0,
      meetingsOffering: 0,
    };
    rows.set(row.language, { ...known, meetingsOffering: row.meetings });
  }
  return [...rows.values()].sort(
    (a, b) => b.taps - a.taps || b.meetingsOffering - a.meetingsOffering || a.language.localeCompare(b.language),
  );
}

/**
 * Residents' questions asked in the period. Questions asked about a
 * meeting follow its series and area; general ones (asked on "What to
 * know") count only in a report for every series and area.
 */
export async function questionFigures(window: ReportWindow): Promise<QuestionFigures> {
  const narrowed = Boolean(window.seriesId || window.area);
  const [row] = await getDb().$queryRaw<
    (Omit<QuestionFigures, "medianHoursToPublished"> & { medianSeconds: number | null })[]
  >`
    SELECT COUNT(*)::int AS received,
      COUNT(*) FILTER (WHERE q.status <> 'NEW')::int AS answered,
      COUNT(*) FILTER (WHERE q.status = 'PUBLISHED')::int AS published,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM q."publishedAt" - q."createdAt")) FILTER (WHERE q.status = 'PUBLISHED'))::float8 AS "medianSeconds"
    FROM "Question" q
    LEFT JOIN "Meeting" m ON m.id = q."meetingId"
    LEFT JOIN "Venue" v ON v.id = m."venueId"
    WHERE q."createdAt" >= ${window.start} AND q."createdAt" < ${window.end}
      ${window.seriesId ? Prisma.sql`AND m."seriesId" = ${window.seriesId}` : Prisma.empty}
      ${window.area ? Prisma.sql`AND (v.neighborhood = ${window.area} OR v."policeDivision" = ${window.area})` : Prisma.empty}
      ${narrowed ? Prisma.sql`AND q."meetingId" IS NOT NULL` : Prisma.empty}`;
  const { medianSeconds, ...counts } = row!;
  return { ...counts, medianHoursToPublished: hours(medianSeconds) };
}

/**
 * Partners' session requests received in the period (they belong to no
 * series or area yet). The first response is the first thing a staff
 * member did with the request, read from the audit log (an entry whose
 * actor is staff, not the public form or the automatic deletion): marked
 * in progress, a note, accepted or declined.
 */
export async function requestFigures(window: ReportWindow): Promise<RequestFigures> {
  const [row] = await getDb().$queryRaw<
    (Omit<RequestFigures, "medianHoursToFirstResponse"> & { medianSeconds: number | null })[]
  >`
    SELECT COUNT(*)::int AS received,
      COUNT(*) FILTER (WHERE r.status = 'ACCEPTED')::int AS accepted,
      COUNT(*) FILTER (WHERE r.status = 'DECLINED')::int AS declined,
      COUNT(*) FILTER (WHERE first_response.at IS NULL)::int AS waiting,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM first_response.at - r."createdAt")))::float8 AS "medianSeconds"
    FROM "SessionRequest" r
    LEFT JOIN LATERAL (
      SELECT MIN(a."createdAt") AS at FROM "AuditEntry" a
      WHERE a."entityType" = 'sessionRequest' AND a."entityId" = r.id AND a."actorKind" = 'STAFF'
    ) first_response ON true
    WHERE r."createdAt" >= ${window.start} AND r."createdAt" < ${window.end}`;
  const { medianSeconds, ...counts } = row!;
  return { ...counts, medianHoursToFirstResponse: hours(medianSeconds) };
}

/** Places where at least one meeting was held in the period; new when none had been held there before. */
export async function placesVisited(window: ReportWindow): Promise<PlaceRow[]> {
  // "Held here before?" is one backward step along (venueId, startsAt) per place, whatever the table's size.
  return getDb().$queryRaw<PlaceRow[]>`
    SELECT visited.name, visited."isPartner", visited.held, earlier.id IS NULL AS "isNew"
    FROM (
      SELECT v.id, v.name, v."isPartner", COUNT(*)::int AS held
      FROM "Meeting" m JOIN "Venue" v ON v.id = m."venueId"
      WHERE ${meetingsIn(window)} AND ${held(window)}
      GROUP BY v.id
    ) visited
    LEFT JOIN LATERAL (
      SELECT before.id FROM "Meeting" before
      WHERE before."venueId" = visited.id AND before."startsAt" < ${window.start}
        AND before.publication = 'PUBLISHED' AND before.status = 'SCHEDULED' AND before."endsAt" <= ${window.now}
      ORDER BY before."startsAt" DESC LIMIT 1
    ) earlier ON true
    ORDER BY visited.held DESC, visited.name`;
}

/** The whole report, its queries side by side; the meeting list is the top `meetingLimit`. */
export async function outreachReport(
  window: ReportWindow,
  locale: Locale,
  meetingLimit: number | null = 12,
): Promise<OutreachReport> {
  const [weeks, meetingTaps, areaTaps, interpretation, questions, requests, places] = await Promise.all([
    meetingsPerWeek(window),
    tapsPerMeeting(window, locale, meetingLimit),
    tapsPerArea(window),
    interpretationByLanguage(window),
    questionFigures(window),
    requestFigures(window),
    placesVisited(window),
  ]);
  return { weeks, meetingTaps, areaTaps, interpretation, questions, requests, places };
}

/** The choices of the report's form: every series (newest first) and every area a place is in. */
export async function reportChoices(
  locale: Locale,
): Promise<{ series: { id: string; title: string }[]; areas: string[] }> {
  const [series, venues] = await Promise.all([
    getDb().series.findMany({
      orderBy: { startsOn: "desc" },
      select: { id: true, slug: true, translations: { select: { locale: true, title: true } } },
    }),
    getDb().venue.findMany({ select: { neighborhood: true, policeDivision: true } }),
  ]);
  const areas = new Set<string>();
  for (const venue of venues) for (const area of [venue.neighborhood, venue.policeDivision]) if (area) areas.add(area);
  return {
    series: series.map((row) => ({ id: row.id, title: translationFor(row.translations, locale)?.title ?? row.slug })),
    areas: [...areas].sort((a, b) => a.localeCompare(b, locale)),
  };
}

export type PublicFigures = {
  meetingsHeld: number;
  placesVisited: number;
  questionsPublished: number;
  interpretationLanguages: string[];
};

/**
 * What "What we have done" shows residents about one series: counts only.
 * General questions (asked on "What to know") count when they were
 * answered publicly while the series ran.
 * Whether a count is too small to show is the page's decision
 * (lib/report/small-counts.ts).
 */
export async function publicFigures(
  series: { id: string; start: Date; end: Date },
  now = new Date(),
): Promise<PublicFigures> {
  const seriesId = series.id;
  const [meetings, questions, languages] = await Promise.all([
    getDb().$queryRaw<{ meetingsHeld: number; placesVisited: number }[]>`
      SELECT COUNT(*)::int AS "meetingsHeld", COUNT(DISTINCT m."venueId")::int AS "placesVisited"
      FROM "Meeting" m
      WHERE m."seriesId" = ${seriesId} AND m."startsAt" >= ${series.start} AND m."startsAt" < ${series.end}
        AND m.publication = 'PUBLISHED' AND m.status = 'SCHEDULED' AND m."endsAt" <= ${now}`,
    getDb().$queryRaw<{ published: number }[]>`
      SELECT COUNT(*)::int AS published
      FROM "Question" q LEFT JOIN "Meeting" m ON m.id = q."meetingId"
      WHERE q.status = 'PUBLISHED' AND (
        (m."seriesId" = ${seriesId} AND m.publication = 'PUBLISHED')
        OR (q."meetingId" IS NULL AND q."publishedAt" >= ${series.start} AND q."publishedAt" < ${series.end}))`,
    getDb().$queryRaw<{ language: string }[]>`
      SELECT DISTINCT offered.language
      FROM "Meeting" m, unnest(m.interpretation) AS offered(language)
      WHERE m."seriesId" = ${seriesId} AND m."startsAt" >= ${series.start} AND m."startsAt" < ${series.end}
        AND m.publication = 'PUBLISHED' AND m.status <> 'CANCELLED'
      ORDER BY 1`,
  ]);
  return {
    ...meetings[0]!,
    questionsPublished: questions[0]!.published,
    interpretationLanguages: languages.map((row) => row.language),
  };
}

// Without a series to default to, the report covers the last 90 days.
const DEFAULT_DAYS = 90;

/** What the report covers when nothing is asked: the current series (the one residents see), else the last 90 days. */
export async function defaultReportScope(now = new Date()): Promise<ScopeDefaults> {
  const today = zonedDateKey(now);
  const series = await getCurrentSeries(today, "en");
  if (series) return { from: series.startsOn, to: series.endsOn, seriesId: series.id };
  return { from: addDaysToDateKey(today, -DEFAULT_DAYS), to: today, seriesId: null };
}
