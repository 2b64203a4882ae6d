import type { StaffUser } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Whether saving an edit takes a meeting that waits for review, or was
 * approved and is scheduled, back to draft: when the person saving could
 * not have published it without someone else's review (an editor, in a
 * series that requires review). Otherwise a reviewer would approve one text
 * and residents would read another. An admin, or anyone in a series without
 * review, could publish it directly, so the meeting keeps its place.
 */
export async function editVoidsReview(
  db: Pick<Prisma.TransactionClient, "series">,
  staff: Pick<StaffUser, "role">,
  meeting: { publication: string; seriesId: string },
  newSeriesId = meeting.seriesId,
): Promise<boolean> {
  if (meeting.publication !== "IN_REVIEW" && meeting.publication !== "SCHEDULED") return false;
  if (staff.role === "ADMIN") return false;
  return (await db.series.count({ where: { id: { in: [meeting.seriesId, newSeriesId] }, requiresReview: true } })) > 0;
}

