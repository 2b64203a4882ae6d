import type { StaffUser } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db/write-transaction";

/**
 * The one rule behind every "someone else must look at this" in meetings:
 * in a series that requires review, an editor may not change alone what
 * residents see. An admin may; so may anyone in a series without review.
 * Each function below applies it to one moment of a meeting's life.
 */

type SeriesReader = Pick<Tx, "series">;

/** Whether this staff member needs someone else's review for a meeting in these series (its own, and the one an edit moves it to). */
export async function needsReview(
  db: SeriesReader,
  staff: Pick<StaffUser, "role">,
  seriesIds: string[],
): Promise<boolean> {
  if (staff.role === "ADMIN") return false;
  return (await db.series.count({ where: { id: { in: seriesIds }, requiresReview: true } })) > 0;
}

/**
 * Whether saving an edit takes a meeting that waits for review, or was
 * approved and is scheduled, back to draft. Otherwise a reviewer would
 * approve one text and residents would read another.
 */
export async function editVoidsReview(
  db: SeriesReader,
  staff: Pick<StaffUser, "role">,
  meeting: { publication: string; seriesId: string },
  newSeriesId = meeting.seriesId,
): Promise<boolean> {
  if (meeting.publication !== "IN_REVIEW" && meeting.publication !== "SCHEDULED") return false;
  return needsReview(db, staff, [meeting.seriesId, newSeriesId]);
}

/**
 * Whether an edit of a published meeting must wait for review instead of
 * going live: it is kept as a draft change in review
 * (lib/meeting-revisions), and residents keep reading the published meeting
 * until someone else approves it. A time or place changed by one person, by
 * mistake or with a stolen session, never reaches residents on its own.
 */
export async function editOfPublishedNeedsReview(
  db: SeriesReader,
  staff: Pick<StaffUser, "role">,
  meeting: { publication: string; seriesId: string },
  newSeriesId = meeting.seriesId,
): Promise<boolean> {
  if (meeting.publication !== "PUBLISHED") return false;
  return needsReview(db, staff, [meeting.seriesId, newSeriesId]);
}

/**
 * Cancelling or postponing is the exception: it is urgent (people must know
 * not to come), so it goes live at once whoever does it. When the person
 * could not have published alone, it is recorded as theirs and listed for
 * review as "done, please confirm", so a wrong or malicious cancellation is
 * seen by someone else the same day.
 */
export async function statusChangeNeedsConfirmation(
  db: SeriesReader,
  staff: Pick<StaffUser, "role">,
  meeting: { seriesId: string },
): Promise<boolean> {
  return needsReview(db, staff, [meeting.seriesId]);
}

/**
 * Whether an edit of a place must be left to an admin: the place hosts an
 * upcoming meeting that residents can see (published, or waiting to be) in
 * a series that requires review. Its name, address, map location and texts
 * are part of those meetings' pages, calendar files and feeds, so an editor
 * moving a place would move a reviewed meeting without anyone else looking.
 */
export async function placeEditNeedsAdmin(
  db: Pick<Tx, "meeting">,
  staff: Pick<StaffUser, "role">,
  venueId: string,
  now = new Date(),
): Promise<boolean> {
  if (staff.role === "ADMIN") return false;
  const hosted = await db.meeting.count({
    where: {
      venueId,
      endsAt: { gt: now },
      publication: { in: ["PUBLISHED", "SCHEDULED", "IN_REVIEW"] },
      series: { requiresReview: true },
    },
  });
  return hosted > 0;
}
