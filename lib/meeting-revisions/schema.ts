import { z } from "zod";
import { REVIEW_COMMENT_LIMIT, REVIEW_DECISIONS } from "@/lib/publishing/schema";
import { isPlainText } from "@/lib/text/plain-text";

/**
 * The forms of a draft change to a published meeting (its fields are the
 * meeting form's, lib/meetings/schema.ts): publish it or ask for review,
 * approve or send it back, discard it. Each names the draft change's
 * version, so a step taken on a stale page is refused.
 */

const version = z.coerce.number().int().positive();

export const revisionStepSchema = z.object({ version });
export type RevisionStepInput = z.infer<typeof revisionStepSchema>;

export const revisionReviewSchema = z
  .object({
    version,
    decision: z.enum(REVIEW_DECISIONS, "invalid"),
    comment: z.string().trim().max(REVIEW_COMMENT_LIMIT, "tooLong").refine(isPlainText, "invalid").prefault(""),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "sendBack" && !value.comment)
      ctx.addIssue({ code: "custom", path: ["comment"], message: "commentRequired" });
  });
export type RevisionReviewInput = z.infer<typeof revisionReviewSchema>;
