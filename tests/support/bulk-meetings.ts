import type { PrismaClient } from "@/lib/generated/prisma/client";

export type BulkMeetingsOptions = {
  /** Meetings in all, upcoming ones included. */
  meetings: number;
  /** How many of them start after `now` (the rest have ended). */
  upcoming: number;
  now?: Date;
};

export type BulkMeetingsSample = {
  /** An upcoming meeting of the current series. */
  meetingSlug: string;
  /** A partner venue with upcoming meetings. */
  partnerSlug: string;
  partnerId: string;
  /** The series still running at `now`: the one the public listing shows. */
  seriesSlug: string;
  seriesId: string;
  /** Part of a few meeting titles, as staff type when they look for one session. */
  searchTerm: string;
  /** An area (neighborhood) the listing filter offers. */
  area: string;
};

const VENUES = 8;
const SERIES = 5;
// Past sessions one every 90 minutes going back from two hours before now
// (100 000 reach back about 17 years); upcoming ones every 11 hours.
const PAST_SPACING_MINUTES = 90;
const UPCOMING_SPACING_HOURS = 11;
const SESSION_MINUTES = 90;

/**
 * Loads a large, valid data set with a few set-based statements (INSERT ...
 * SELECT generate_series), then VACUUM ANALYZE, for query-plan tests and the
 * benchmark. Rows satisfy what the pages rely on: unique slugs, English and
 * Spanish text, ends after starts, series dates covering their sessions.
 * Series 1 is the current one: the newest fifth of past sessions plus every
 * upcoming one; series 2-5 have ended. Every 20th session is cancelled and
 * every 50th postponed; every third has "I plan to come" taps. Meant for an
 * otherwise empty, migrated database.
 */
export async function seedBulkMeetings(
  db: PrismaClient,
  { meetings, upcoming, now = new Date() }: BulkMeetingsOptions,
): Promise<BulkMeetingsSample> {
  if (!Number.isInteger(meetings) || !Number.isInteger(upcoming) || upcoming < 0 || upcoming > meetings) {
    throw new Error(`seedBulkMeetings needs 0 <= upcoming <= meetings, got ${upcoming} of ${meetings}`);
  }
  const past = meetings - upcoming;

  await db.$executeRaw`
    INSERT INTO "Venue" ("id", "slug", "kind", "name", "street", "city", "postalCode", "neighborhood", "policeDivision", "isPartner", "isDemo", "updatedAt")
    SELECT 'bulk-venue-' || v, 'bulk-venue-' || v,
      (ARRAY['CHURCH','SCHOOL','COMMUNITY_CENTER','LIBRARY']::"VenueKind"[])[1 + v % 4],
      'Bulk Venue ' || v, v || '00 Demo Street', 'Dallas', '752' || lpad(v::text, 2, '0'),
      (ARRAY['Oak Cliff','Pleasant Grove','Vickery Meadow','Bachman Lake'])[1 + v % 4],
      (ARRAY['Southwest','Southeast','Northeast','Northwest'])[1 + v % 4],
      v % 2 = 1, true, ${now}
    FROM generate_series(1, ${VENUES}::int) AS v`;
  await db.$executeRaw`
    INSERT INTO "VenueTranslation" ("venueId", "locale", "description")
    SELECT 'bulk-venue-' || v, locale, CASE locale WHEN 'en' THEN 'A partner venue in Dallas.' ELSE 'Un lugar aliado en Dallas.' END
    FROM generate_series(1, ${VENUES}::int) AS v, unnest(ARRAY['en', 'es']) AS locale`;

  // Dates are placeholders until the meetings exist (updated below).
  await db.$executeRaw`
    INSERT INTO "Series" ("id", "slug", "organizer", "startsOn", "endsOn", "updatedAt")
    SELECT 'bulk-series-' || s, 'bulk-series-' || s, 'Dallas Police Department', DATE '2000-01-01', DATE '2000-01-01', ${now}
    FROM generate_series(1, ${SERIES}::int) AS s`;
  await db.$executeRaw`
    INSERT INTO "SeriesTranslation" ("seriesId", "locale", "title", "description")
    SELECT 'bulk-series-' || s, locale,
      CASE locale WHEN 'en' THEN 'Community meetings, series ' || s ELSE 'Reuniones comunitarias, serie ' || s END,
      CASE locale WHEN 'en' THEN 'Questions and answers with the Dallas Police.' ELSE 'Preguntas y respuestas con la Policía de Dallas.' END
    FROM generate_series(1, ${SERIES}::int) AS s, unnest(ARRAY['en', 'es']) AS locale`;

  // n <= upcoming: upcoming session n; otherwise past session k = n - upcoming, newest first.
  await db.$executeRaw`
    INSERT INTO "Meeting" ("id", "slug", "seriesId", "venueId", "startsAt", "endsAt", "previousStartsAt", "spokenLanguages", "interpretation",
      "hostName", "wheelchairAccessible", "parkingAvailable", "transitNearby", "childcareProvided", "status", "updatedAt")
    SELECT 'bulk-meeting-' || n, 'reunion-comunitaria-bulk-' || n,
      'bulk-series-' || CASE WHEN n <= ${upcoming}::int THEN 1 ELSE 1 + ((n - ${upcoming}::int - 1) * ${SERIES}::int) / GREATEST(${past}::int, 1) END,
      'bulk-venue-' || (1 + n % ${VENUES}::int),
      starts, starts + make_interval(mins => ${SESSION_MINUTES}::int),
      CASE WHEN n % 50 = 13 THEN starts - interval '7 days' END,
      CASE n % 3 WHEN 0 THEN ARRAY['es'] WHEN 1 THEN ARRAY['es', 'en'] ELSE ARRAY['en'] END,
      CASE n % 3 WHEN 0 THEN ARRAY['en'] WHEN 1 THEN ARRAY[]::varchar[] ELSE ARRAY['es'] END,
      (ARRAY['Lt. Ana Ramírez', 'Sgt. Luis Ortega', 'Officer Mary Chen'])[1 + n % 3],
      n % 2 = 0, n % 3 <> 0, n % 4 = 0, n % 5 = 0,
      (CASE WHEN n % 20 = 7 THEN 'CANCELLED' WHEN n % 50 = 13 THEN 'POSTPONED' ELSE 'SCHEDULED' END)::"MeetingStatus",
      ${now}
    FROM generate_series(1, ${meetings}::int) AS n,
      LATERAL (SELECT CASE WHEN n <= ${upcoming}::int
        THEN date_trunc('hour', ${now}::timestamptz) + make_interval(hours => n * ${UPCOMING_SPACING_HOURS}::int)
        ELSE date_trunc('hour', ${now}::timestamptz) - interval '2 hours' - make_interval(mins => (n - ${upcoming}::int) * ${PAST_SPACING_MINUTES}::int)
      END AS starts) AS times`;
  await db.$executeRaw`
    INSERT INTO "MeetingTranslation" ("meetingId", "locale", "title", "description", "hostTitle", "accessibilityNotes", "statusNote")
    SELECT m."id", locale,
      CASE locale WHEN 'en' THEN (ARRAY['Community meeting', 'Know your rights', 'Coffee with a cop'])[1 + n % 3] || ' #' || n
        ELSE (ARRAY['Reunión comunitaria', 'Conozca sus derechos', 'Café con la policía'])[1 + n % 3] || ' #' || n END,
      CASE locale WHEN 'en' THEN 'What the Dallas Police will and will not do: questions and answers, in a safe place.'
        ELSE 'Lo que la Policía de Dallas hará y no hará: preguntas y respuestas, en un lugar seguro.' END,
      CASE locale WHEN 'en' THEN 'Community liaison officer' ELSE 'Oficial de enlace comunitario' END,
      CASE WHEN n % 2 = 0 THEN CASE locale WHEN 'en' THEN 'Step-free entrance.' ELSE 'Entrada sin escalones.' END END,
      CASE m."status"
        WHEN 'CANCELLED' THEN CASE locale WHEN 'en' THEN 'This session is cancelled.' ELSE 'Esta sesión se canceló.' END
        WHEN 'POSTPONED' THEN CASE locale WHEN 'en' THEN 'This session moved by a week.' ELSE 'Esta sesión se movió una semana.' END
      END
    FROM generate_series(1, ${meetings}::int) AS n
      JOIN "Meeting" m ON m."id" = 'bulk-meeting-' || n,
      unnest(ARRAY['en', 'es']) AS locale`;

  // Residents' taps (the outreach report's figures): "I plan to come" on
  // every third session, interpretation into Vietnamese asked on every tenth.
  await db.$executeRaw`
    INSERT INTO "TallyCount" ("meetingId", "kind", "language", "count")
    SELECT 'bulk-meeting-' || n, 'PLAN_TO_COME'::"TallyKind", '', 1 + n % 40 FROM generate_series(3, ${meetings}::int, 3) AS n
    UNION ALL
    SELECT 'bulk-meeting-' || n, 'INTERPRETATION'::"TallyKind", 'vi', 1 + n % 7 FROM generate_series(10, ${meetings}::int, 10) AS n`;

  // Series dates cover their sessions, as Central calendar dates.
  await db.$executeRaw`
    UPDATE "Series" s SET "startsOn" = span.first, "endsOn" = span.last
    FROM (SELECT "seriesId",
        min(("startsAt" AT TIME ZONE 'America/Chicago')::date) AS first,
        max(("startsAt" AT TIME ZONE 'America/Chicago')::date) AS last
      FROM "Meeting" WHERE "id" LIKE 'bulk-meeting-%' GROUP BY "seriesId") AS span
    WHERE s."id" = span."seriesId"`;
  // What autovacuum would soon do on a live database: statistics for the
  // planner, and the visibility map that lets it answer from an index alone.
  await db.$executeRawUnsafe("VACUUM ANALYZE");

  return {
    meetingSlug: `reunion-comunitaria-bulk-${Math.min(1, upcoming) || meetings}`,
    partnerSlug: "bulk-venue-1",
    partnerId: "bulk-venue-1",
    seriesSlug: "bulk-series-1",
    seriesId: "bulk-series-1",
    searchTerm: "#4242",
    area: "Oak Cliff",
  };
}
