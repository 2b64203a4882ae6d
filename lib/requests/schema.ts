import { z } from "zod";
import type { FormShape } from "@/lib/forms/form-state";
import { INTERPRETATION_LANGUAGES, SPOKEN_LANGUAGES } from "@/lib/meetings/schema";
import { isPlainText } from "@/lib/text/plain-text";
import { addDaysToDateKey, isDateKey } from "@/lib/time/central-time";
import { VENUE_KINDS } from "@/lib/venues/schema";

/** Length limits, shared by the form's maxLength attributes and the server check. */
export const REQUEST_LIMITS = {
  organization: 200,
  street: 200,
  city: 100,
  otherTimes: 1000,
  contactName: 200,
  contactPhone: 40,
  contactEmail: 200,
  notes: 4000,
  attendance: 5000,
} as const;

const text = (max: number) => z.string().trim().max(max, "tooLong").refine(isPlainText, "invalid").prefault("");
const requiredText = (max: number) =>
  z.string().trim().max(max, "tooLong").min(1, "required").refine(isPlainText, "invalid").prefault("");
const timeField = z
  .string()
  .trim()
  .min(1, "required")
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "invalidTime")
  .prefault("");

/** The public form, as posted; the same schema checks it on the server. */
export const sessionRequestSchema = z
  .object({
    organization: requiredText(REQUEST_LIMITS.organization),
    venueKind: z.enum(VENUE_KINDS, "required").default("CHURCH"),
    street: requiredText(REQUEST_LIMITS.street),
    city: requiredText(REQUEST_LIMITS.city),
    postalCode: z
      .string()
      .trim()
      .regex(/^\d{5}$/, "postalCode")
      .prefault(""),
    preferredDate: z.string().trim().min(1, "required").refine(isDateKey, "invalidDate").prefault(""),
    startTime: timeField,
    endTime: timeField,
    otherTimes: text(REQUEST_LIMITS.otherTimes),
    spokenLanguages: z.array(z.enum(SPOKEN_LANGUAGES)).min(1, "chooseLanguage").max(SPOKEN_LANGUAGES.length),
    interpretation: z.array(z.enum(INTERPRETATION_LANGUAGES)).max(INTERPRETATION_LANGUAGES.length).default([]),
    attendance: z.coerce
      .number({ message: "invalid" })
      .int("invalid")
      .min(1, "invalid")
      .max(REQUEST_LIMITS.attendance, "invalid"),
    contactName: requiredText(REQUEST_LIMITS.contactName),
    contactPhone: text(REQUEST_LIMITS.contactPhone),
    contactEmail: z
      .string()
      .trim()
      .max(REQUEST_LIMITS.contactEmail, "tooLong")
      .refine((value) => value === "" || z.email().safeParse(value).success, "invalidEmail")
      .prefault(""),
  })
  .superRefine((value, ctx) => {
    if (value.endTime <= value.startTime)
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "endBeforeStart" });
    if (!value.contactPhone && !value.contactEmail)
      ctx.addIssue({ code: "custom", path: ["contactEmail"], message: "contactRequired" });
  });

export type SessionRequestInput = z.infer<typeof sessionRequestSchema>;

/** Staff plan sessions up to a year ahead; a later wish goes under "other dates". */
export const REQUEST_HORIZON_DAYS = 365;

/** The preferred dates the form takes on `today` (a Central date key): the input's min and max, and the check. */
export function preferredDateRange(today: string): { first: string; last: string } {
  return { first: today, last: addDaysToDateKey(today, REQUEST_HORIZON_DAYS) };
}

/**
 * The public form's schema on a given day: a date already past (staff could
 * never accept it) or beyond what staff plan for is refused, in the page's
 * language, with everything typed kept. The page hands the browser the
 * server's range, so both check the same days.
 */
export function sessionRequestSchemaFor(range: { first: string; last: string }) {
  return sessionRequestSchema.superRefine((value, ctx) => {
    if (value.preferredDate < range.first)
      ctx.addIssue({ code: "custom", path: ["preferredDate"], message: "requestDatePast" });
    if (value.preferredDate > range.last)
      ctx.addIssue({ code: "custom", path: ["preferredDate"], message: "requestDateTooFar" });
  });
}

export const REQUEST_SHAPE = { arrays: ["spokenLanguages", "interpretation"] } as const satisfies FormShape;

export const REQUEST_STATUSES = ["NEW", "IN_PROGRESS", "ACCEPTED", "DECLINED"] as const;

/** Staff: notes, and moving a request between new and in progress (accept and decline have their own forms). */
export const requestNotesSchema = z.object({
  status: z.enum(["NEW", "IN_PROGRESS"], "invalid"),
  notes: text(REQUEST_LIMITS.notes),
});

export type RequestNotesInput = z.infer<typeof requestNotesSchema>;

export const declineRequestSchema = z.object({ notes: text(REQUEST_LIMITS.notes) });
export type DeclineRequestInput = z.infer<typeof declineRequestSchema>;

/**
 * Staff: accept, choosing the series and who hosts; the venue is an existing
 * one or (empty) a new one from the request. The date and times start as the
 * request's and may be changed (an old request's date may have passed); the
 * meeting command checks them like any new meeting's.
 */
export const acceptRequestSchema = z
  .object({
    seriesId: z.string().trim().min(1, "required").max(64, "invalid").refine(isPlainText, "invalid").prefault(""),
    venueId: text(64),
    hostName: requiredText(200),
    date: z.string().trim().min(1, "required").refine(isDateKey, "invalidDate").prefault(""),
    startTime: timeField,
    endTime: timeField,
  })
  .superRefine((value, ctx) => {
    if (value.endTime <= value.startTime)
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "endBeforeStart" });
  });
export type AcceptRequestInput = z.infer<typeof acceptRequestSchema>;
