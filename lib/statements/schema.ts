import { z } from "zod";
import { StatementSection } from "@/lib/generated/prisma/enums";
import { isPlainText } from "@/lib/text/plain-text";

/** Length limits, shared by the form and the server check (and the columns). */
export const STATEMENT_LIMITS = { text: 1000, source: 300, sourceUrl: 500, position: 99 } as const;

export const STATEMENT_SECTIONS = Object.values(StatementSection);

export const STATEMENT_FIELDS = [
  "section",
  "position",
  "statedOn",
  "textEn",
  "textEs",
  "sourceEn",
  "sourceEs",
  "sourceUrl",
  "dateChoice",
] as const;

export type StatementField = (typeof STATEMENT_FIELDS)[number];

const required = (max: number) =>
  z.string().trim().min(1, "required").max(max, "tooLong").refine(isPlainText, "invalid");

/** A calendar day as the date input sends it (YYYY-MM-DD), a real date not in the far past or future. */
const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return (
      !Number.isNaN(date.getTime()) &&
      date.toISOString().startsWith(value) &&
      value >= "2000-01-01" &&
      value <= "2100-12-31"
    );
  }, "invalidDate");

/** What every statement form sends besides its date. */
const statementFields = {
  section: z.enum(STATEMENT_SECTIONS, "required"),
  position: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, "invalidPosition")
    .transform(Number)
    .refine((value) => value >= 1 && value <= STATEMENT_LIMITS.position, "invalidPosition"),
  textEn: required(STATEMENT_LIMITS.text),
  textEs: required(STATEMENT_LIMITS.text),
  sourceEn: required(STATEMENT_LIMITS.source),
  sourceEs: required(STATEMENT_LIMITS.source),
  // Optional public link: http(s) only, so it can never run script.
  sourceUrl: z
    .string()
    .trim()
    .max(STATEMENT_LIMITS.sourceUrl, "tooLong")
    .refine((value) => value === "" || (/^https?:\/\/[^\s<>"]+$/i.test(value) && URL.canParse(value)), "invalidUrl")
    .optional()
    .transform((value) => value || null),
};

/** A new statement as the form sends it, with the day the department stated it; the same schema checks it on the server. */
export const statementInputSchema = z.object({ ...statementFields, statedOn: day });

export type StatementInput = z.output<typeof statementInputSchema>;

/**
 * Saving a change asks, every time, whether the department confirmed the
 * statement again: "keep" leaves "last confirmed on" as it is (a wording
 * correction, say, which the public page then dates apart), "restated" sets
 * the day it was confirmed. Never a pre-filled date that an edit of the
 * words would carry over unnoticed.
 */
export const STATEMENT_DATE_CHOICES = ["keep", "restated"] as const;

/** A change to a statement, as the edit form sends it; statedOn counts only when it was restated. */
export const statementEditSchema = z
  .object({
    ...statementFields,
    dateChoice: z.enum(STATEMENT_DATE_CHOICES, "chooseConfirmation"),
    statedOn: z.string().trim().prefault(""),
  })
  .superRefine((value, ctx) => {
    if (value.dateChoice === "restated" && !day.safeParse(value.statedOn).success)
      ctx.addIssue({ code: "custom", path: ["statedOn"], message: "invalidDate" });
  });

export type StatementEdit = z.output<typeof statementEditSchema>;

/** An admin's decision on a proposed statement change: approve it, or send it back with a comment. */
export const statementReviewSchema = z
  .object({
    decision: z.enum(["approve", "sendBack"], "invalid"),
    comment: z.string().trim().max(1000, "tooLong").refine(isPlainText, "invalid").prefault(""),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "sendBack" && !value.comment)
      ctx.addIssue({ code: "custom", path: ["comment"], message: "commentRequired" });
  });
export type StatementReviewInput = z.output<typeof statementReviewSchema>;

/** The admin-only setting: whether statement changes wait for a second admin. */
export const statementReviewSettingSchema = z.object({ statementChangesNeedReview: z.boolean() });
export const STATEMENT_REVIEW_SETTING_SHAPE = { checkboxes: ["statementChangesNeedReview"] } as const;
