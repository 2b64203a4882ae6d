import { z } from "zod";
import { isPlainText } from "@/lib/text/plain-text";
import { isDateKey } from "@/lib/time/central-time";

/**
 * The publishing forms (publish or ask for review; approve or send back):
 * one schema each for the browser and the server. An empty publish date
 * means "now"; a date and time (Central) schedule it.
 */

export const REVIEW_COMMENT_LIMIT = 1000;

const optionalDate = z
  .string()
  .trim()
  .refine((value) => value === "" || isDateKey(value), "invalidDate")
  .prefault("");
const optionalTime = z
  .string()
  .trim()
  .regex(/^$|^([01]\d|2[0-3]):[0-5]\d$/, "invalidTime")
  .prefault("");
const comment = z.string().trim().max(REVIEW_COMMENT_LIMIT, "tooLong").refine(isPlainText, "invalid").prefault("");

function checkWhen(value: { publishDate: string; publishTime: string }, ctx: z.RefinementCtx) {
  if (value.publishDate && !value.publishTime)
    ctx.addIssue({ code: "custom", path: ["publishTime"], message: "required" });
  if (value.publishTime && !value.publishDate)
    ctx.addIssue({ code: "custom", path: ["publishDate"], message: "required" });
}

export const publishFormSchema = z
  .object({ version: z.coerce.number().int().positive(), publishDate: optionalDate, publishTime: optionalTime })
  .superRefine(checkWhen);
export type PublishInput = z.infer<typeof publishFormSchema>;

export const REVIEW_DECISIONS = ["approve", "sendBack"] as const;

export const reviewFormSchema = z
  .object({
    version: z.coerce.number().int().positive(),
    decision: z.enum(REVIEW_DECISIONS, "invalid"),
    comment,
    publishDate: optionalDate,
    publishTime: optionalTime,
  })
  .superRefine((value, ctx) => {
    checkWhen(value, ctx);
    if (value.decision === "sendBack" && !value.comment)
      ctx.addIssue({ code: "custom", path: ["comment"], message: "commentRequired" });
  });
export type ReviewInput = z.infer<typeof reviewFormSchema>;

/** Confirming an editor's cancellation or postponement, already live (lib/publishing/review-rule.ts): the meeting's version as shown. */
export const confirmStatusFormSchema = z.object({ version: z.coerce.number().int().positive() });
export type ConfirmStatusInput = z.infer<typeof confirmStatusFormSchema>;
