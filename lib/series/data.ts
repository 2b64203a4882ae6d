import "server-only";
import { getDb } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import type { Tx } from "@/lib/db/write-transaction";
import type { Locale } from "@/lib/i18n/locales";
import { formTexts, translationFor } from "@/lib/i18n/translation";
import { addDaysToDateKey, dbDateToDateKey, MEETING_TIME_ZONE, zonedDateTimeToInstant } from "@/lib/time/central-time";
import type { SeriesField } from "./schema";

export type SeriesListItem = {
  id: string;
  slug: string;
  title: string;
  organizer: string;
  startsOn: string;
  endsOn: string;
  meetingCount: number;
};

/** Every series for the staff list, latest first, titled in the staff member's language. */
export async function listSeriesForStaff(locale: Locale): Promise<SeriesListItem[]> {
  const series = await getDb().series.findMany({
    orderBy: [{ startsOn: "desc" }, { slug: "asc" }],
    include: { translations: true, _count: { select: { meetings: true } } },
  });
  return series.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: translationFor(row.translations, locale)?.title ?? row.slug,
    organizer: row.organizer,
    startsOn: dbDateToDateKey(row.startsOn),
    endsOn: dbDateToDateKey(row.endsOn),
    meetingCount: row._count.meetings,
  }));
}

export type SeriesForEdit = {
  id: string;
  slug: string;
  values: Record<SeriesField, string> & { requiresReview: boolean; editorsMayReview: boolean };
};

/** A series as the edit form shows it, or null. */
export async function getSeriesForEdit(id: string): Promise<SeriesForEdit | null> {
  if (!isRecordId(id)) return null;
  const series = await getDb().series.findUnique({ where: { id }, include: { translations: true } });
  if (!series) return null;
  return {
    id: series.id,
    slug: series.slug,
    values: {
      organizer: series.organizer,
      startsOn: dbDateToDateKey(series.startsOn),
      endsOn: dbDateToDateKey(series.endsOn),
      ...formTexts(series.translations, "title"),
      ...formTexts(series.translations, "description"),
      requiresReview: series.requiresReview,
      editorsMayReview: series.editorsMayReview,
    },
  };
}

/** Midnight in Dallas at the start of a calendar date, as an instant. */
function dallasMidnight(dateKey: string): Date {
  const result = zonedDateTimeToInstant(dateKey, "00:00", MEETING_TIME_ZONE);
  if (!result.ok) throw new Error(`Not a calendar date: ${dateKey}`);
  return result.instant;
}

/**
 * How many of a series' sessions would fall outside the given dates (Dallas
 * days): read inside updateSeries's transaction, after it locked the series.
 */
export async function countSessionsOutside(
  tx: Tx,
  seriesId: string,
  startsOn: string,
  endsOn: string,
): Promise<number> {
  return tx.meeting.count({
    where: {
      seriesId,
      OR: [
        { startsAt: { lt: dallasMidnight(startsOn) } },
        { startsAt: { gte: dallasMidnight(addDaysToDateKey(endsOn, 1)) } },
      ],
    },
  });
}
