import type { Publication } from "@/lib/generated/prisma/enums";
import { isPubliclyVisible } from "./visibility";

/** The edit page's notice after "Save changes": the MeetingForm message `saved_<notice>`. */
export type EditNotice = "updated" | "updatedDraft" | "updatedInReview" | "updatedScheduled" | "backToDraft";

/**
 * What a saved edit did for residents, so the notice says what happened
 * rather than always "the public site shows them now": live now (a public
 * meeting), still a draft, still waiting for review, still scheduled, or
 * sent back to draft because the edit voided a review.
 */
export function editNotice(
  saved: { backToDraft?: boolean; publication: Publication; publishAt: Date | null },
  now: Date = new Date(),
): EditNotice {
  if (saved.backToDraft) return "backToDraft";
  if (isPubliclyVisible(saved, now)) return "updated";
  if (saved.publication === "IN_REVIEW") return "updatedInReview";
  if (saved.publication === "SCHEDULED") return "updatedScheduled";
  return "updatedDraft";
}
