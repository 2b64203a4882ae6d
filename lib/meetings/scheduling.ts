import "server-only";
import type { Tx } from "@/lib/db/write-transaction";
import type { FieldError, FieldErrors } from "@/lib/forms/form-state";
import { dbDateToDateKey, zonedDateTimeToInstant } from "@/lib/time/central-time";

/**
 * The scheduling rules every command that places a session applies: a time
 * that exists in Dallas that day (the spring-forward gap does not), inside
 * the series' dates, not in the past, and not overlapping another session
 * at the same place.
 */

/** The schema already refused impossible times; this only converts. */
export function instantsOf(date: string, startTime: string, endTime: string): { startsAt: Date; endsAt: Date } | null {
  const start = zonedDateTimeToInstant(date, startTime);
  const end = zonedDateTimeToInstant(date, endTime);
  return start.ok && end.ok ? { startsAt: start.instant, endsAt: end.instant } : null;
}

/**
 * Two sessions at one venue must not overlap. Serialised per venue so two
 * staff saving at once cannot both pass the check (PGlite has one
 * connection, where the lock is simply free).
 */
export async function lockVenue(tx: Tx, venueId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`meeting-venue:${venueId}`}))`;
}

export type Slot = { seriesId: string; venueId: string; date: string; startsAt: Date; endsAt: Date };

/** A Central calendar date outside the series' first and last day (both included) is refused, naming them. */
export function seriesWindowError(date: string, series: { startDate: string; endDate: string }): FieldError | null {
  return date < series.startDate || date > series.endDate ? { key: "outsideSeries", values: { ...series } } : null;
}

/** A session that has already started cannot be scheduled. */
export function pastError(startsAt: Date, now: Date): FieldError | null {
  return startsAt <= now ? { key: "inPast" } : null;
}

/** Series window, not in the past, no overlap: each as a field error, or null when all hold. */
export async function scheduleErrors(
  tx: Tx,
  slot: Slot,
  options: { ignoreId?: string; checkPast: boolean; checkWindow: boolean; checkOverlap?: boolean; now: Date },
): Promise<FieldErrors | null> {
  const errors: FieldErrors = {};
  if (options.checkWindow) {
    const series = await tx.series.findUnique({
      where: { id: slot.seriesId },
      select: { startsOn: true, endsOn: true },
    });
    if (!series) return { seriesId: { key: "unknownSeries" } };
    const windowError = seriesWindowError(slot.date, {
      startDate: dbDateToDateKey(series.startsOn),
      endDate: dbDateToDateKey(series.endsOn),
    });
    if (windowError) errors.date = windowError;
  }
  const past = options.checkPast ? pastError(slot.startsAt, options.now) : null;
  if (past) errors.date ??= past;
  // Overlap: each starts before the other ends (back-to-back sessions do not overlap).
  const overlapping =
    options.checkOverlap === false
      ? null
      : await tx.meeting.findFirst({
          where: {
            venueId: slot.venueId,
            status: { not: "CANCELLED" },
            startsAt: { lt: slot.endsAt },
            endsAt: { gt: slot.startsAt },
            ...(options.ignoreId ? { id: { not: options.ignoreId } } : {}),
          },
          select: { startsAt: true },
          orderBy: { startsAt: "asc" },
        });
  if (overlapping) errors.startTime = { key: "overlap", values: { conflictAt: overlapping.startsAt.toISOString() } };
  return Object.keys(errors).length ? errors : null;
}
