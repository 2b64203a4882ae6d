import "server-only";
import type { Tx } from "@/lib/db/write-transaction";
import type { FieldErrors } from "@/lib/forms/form-state";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formTexts } from "@/lib/i18n/translation";
import type { MeetingWithText } from "@/lib/meetings/admin-data";
import { missingTranslationErrors } from "@/lib/meetings/schema";
import { seriesWindowError } from "@/lib/meetings/scheduling";
import { dbDateToDateKey, zonedDateKey } from "@/lib/time/central-time";

type Reader = PrismaClient | Tx;

/** What the person publishing is warned about (publishing still goes ahead). */
export const PUBLISH_WARNINGS = [
  "outsideSeries",
  "venueOverlap",
  "venueWithoutAddress",
  "interpreterNotNoted",
] as const;
export type PublishWarning = (typeof PUBLISH_WARNINGS)[number];

export type PublishChecks = { blocking: FieldErrors; warnings: PublishWarning[] };

/** The texts of a saved meeting as the form names them. */
function textsOf(meeting: MeetingWithText) {
  return {
    ...formTexts(meeting.translations, "title"),
    ...formTexts(meeting.translations, "description"),
    notes: Object.values(formTexts(meeting.translations, "accessibilityNotes")).join("").trim(),
  };
}

/**
 * The checks before a meeting goes public, in the order they are shown: a
 * title or description missing in a language blocks; a date outside the
 * series, another session at the venue at that time, a venue without a
 * street address, or interpretation offered with nobody noted to give it
 * warns.
 */
export async function publishChecks(db: Reader, meeting: MeetingWithText): Promise<PublishChecks> {
  const texts = textsOf(meeting);
  const blocking = missingTranslationErrors(texts);
  const [series, venue, overlapping] = await Promise.all([
    db.series.findUnique({ where: { id: meeting.seriesId }, select: { startsOn: true, endsOn: true } }),
    db.venue.findUnique({ where: { id: meeting.venueId }, select: { street: true, postalCode: true } }),
    db.meeting.count({
      where: {
        id: { not: meeting.id },
        venueId: meeting.venueId,
        status: { not: "CANCELLED" },
        startsAt: { lt: meeting.endsAt },
        endsAt: { gt: meeting.startsAt },
      },
    }),
  ]);
  const warnings: PublishWarning[] = [];
  if (
    series &&
    seriesWindowError(zonedDateKey(meeting.startsAt), {
      startDate: dbDateToDateKey(series.startsOn),
      endDate: dbDateToDateKey(series.endsOn),
    })
  ) {
    warnings.push("outsideSeries");
  }
  if (overlapping > 0) warnings.push("venueOverlap");
  if (!venue?.street.trim() || !venue.postalCode.trim()) warnings.push("venueWithoutAddress");
  if (meeting.interpretation.length > 0 && !texts.notes) warnings.push("interpreterNotNoted");
  return { blocking, warnings };
}
