import { z } from "zod";
import type { FieldErrors, FormShape, ValidationKey } from "@/lib/forms/form-state";
import { isPlainText } from "@/lib/text/plain-text";
import { VENUE_KINDS } from "@/lib/venues/schema";
import { isDateKey, zonedDateTimeToInstant } from "@/lib/time/central-time";

/**
 * The meeting form: one schema for the browser (instant errors) and the
 * server (the real check). Values travel as the form posts them (strings,
 * string arrays, booleans), so a refused form can be shown again as typed.
 */

export const LIMITS = {
  title: 200,
  description: 5000,
  hostName: 200,
  hostTitle: 200,
  accessibilityNotes: 1000,
  statusNote: 1000,
  venueName: 200,
  venueStreet: 200,
  venueCity: 100,
  venueNeighborhood: 120,
} as const;

export const SPOKEN_LANGUAGES = ["es", "en", "vi"] as const;
// Also what residents may ask interpretation into (lib/attendance), "other" aside.
export const INTERPRETATION_LANGUAGES = ["en", "es", "asl", "vi", "ar", "ko", "zh"] as const;
export const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "0"] as const;

// prefault: a field the form did not send counts as empty and is still checked.
const text = (max: number) => z.string().trim().max(max, "tooLong").refine(isPlainText, "invalid").prefault("");
const requiredText = (max: number, requiredKey: ValidationKey = "required") =>
  z.string().trim().max(max, "tooLong").min(1, requiredKey).refine(isPlainText, "invalid").prefault("");
const checkbox = z.boolean().default(false);
const dateField = z.string().trim().min(1, "required").refine(isDateKey, "invalidDate").prefault("");
const timeField = z
  .string()
  .trim()
  .min(1, "required")
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "invalidTime")
  .prefault("");

const venueFields = {
  seriesId: z.string().trim().min(1, "required").max(64, "invalid").refine(isPlainText, "invalid").prefault(""),
  venueMode: z.enum(["existing", "new"]).default("existing"),
  venueId: text(64),
  venueKind: z.enum(VENUE_KINDS).default("CHURCH"),
  venueName: text(LIMITS.venueName),
  venueStreet: text(LIMITS.venueStreet),
  venueCity: text(LIMITS.venueCity),
  venuePostalCode: text(10),
  venueNeighborhood: text(LIMITS.venueNeighborhood),
};

const timeFields = {
  startTime: timeField,
  endTime: timeField,
};

const contentFields = {
  spokenLanguages: z.array(z.enum(SPOKEN_LANGUAGES)).min(1, "chooseLanguage"),
  interpretation: z.array(z.enum(INTERPRETATION_LANGUAGES)).default([]),
  titleEn: requiredText(LIMITS.title),
  titleEs: requiredText(LIMITS.title),
  descriptionEn: requiredText(LIMITS.description),
  descriptionEs: requiredText(LIMITS.description),
  hostName: requiredText(LIMITS.hostName),
  hostTitleEn: text(LIMITS.hostTitle),
  hostTitleEs: text(LIMITS.hostTitle),
  wheelchairAccessible: checkbox,
  parkingAvailable: checkbox,
  transitNearby: checkbox,
  childcareProvided: checkbox,
  accessibilityNotesEn: text(LIMITS.accessibilityNotes),
  accessibilityNotesEs: text(LIMITS.accessibilityNotes),
};

type Refinable = {
  venueMode?: "existing" | "new";
  venueId?: string;
  venueName?: string;
  venueStreet?: string;
  venueCity?: string;
  venuePostalCode?: string;
  startTime: string;
  endTime: string;
};

function checkVenue(value: Refinable, ctx: z.RefinementCtx) {
  if (value.venueMode === "new") {
    for (const field of ["venueName", "venueStreet", "venueCity"] as const) {
      if (!value[field]) ctx.addIssue({ code: "custom", path: [field], message: "required" });
    }
    if (!/^\d{5}$/.test(value.venuePostalCode ?? "")) {
      ctx.addIssue({
        code: "custom",
        path: ["venuePostalCode"],
        message: value.venuePostalCode ? "postalCode" : "required",
      });
    }
  } else if (!value.venueId) {
    ctx.addIssue({ code: "custom", path: ["venueId"], message: "required" });
  }
}

function checkTimes(value: Refinable, ctx: z.RefinementCtx, date?: string) {
  if (value.endTime <= value.startTime) {
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "endBeforeStart" });
  }
  if (!date) return;
  for (const field of ["startTime", "endTime"] as const) {
    const result = zonedDateTimeToInstant(date, value[field]);
    if (!result.ok && result.reason === "nonexistent-time") {
      ctx.addIssue({ code: "custom", path: [field], message: "nonexistentTime" });
    } else if (!result.ok && result.reason === "invalid-date" && field === "startTime") {
      ctx.addIssue({ code: "custom", path: ["date"], message: "invalidDate" });
    }
  }
}

export const meetingFormSchema = z
  .object({ ...venueFields, date: dateField, ...timeFields, ...contentFields })
  .superRefine((value, ctx) => {
    checkVenue(value, ctx);
    checkTimes(value, ctx, value.date);
  });

/**
 * A draft may still lack a title or description in one language (at least
 * one title is needed, for its address); publishing refuses until both
 * languages are there (missingTranslationErrors).
 */
export const meetingDraftSchema = z
  .object({
    ...venueFields,
    date: dateField,
    ...timeFields,
    ...contentFields,
    titleEn: text(LIMITS.title),
    titleEs: text(LIMITS.title),
    descriptionEn: text(LIMITS.description),
    descriptionEs: text(LIMITS.description),
  })
  .superRefine((value, ctx) => {
    checkVenue(value, ctx);
    checkTimes(value, ctx, value.date);
    if (!value.titleEn && !value.titleEs) ctx.addIssue({ code: "custom", path: ["titleEs"], message: "required" });
  });

const TRANSLATED_FIELDS = ["titleEn", "titleEs", "descriptionEn", "descriptionEs"] as const;

/** The texts residents need in both languages: what is missing blocks publishing. */
export function missingTranslationErrors(text: Record<(typeof TRANSLATED_FIELDS)[number], string>): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of TRANSLATED_FIELDS) if (!text[field].trim()) errors[field] = { key: "missingTranslation" };
  return errors;
}

/**
 * What meetingFormSchema asks beyond meetingDraftSchema, on input already
 * parsed as a draft: every text in both languages, with the same errors.
 */
export function untranslatedErrors(input: Record<(typeof TRANSLATED_FIELDS)[number], string>): FieldErrors | null {
  const errors: FieldErrors = {};
  for (const field of TRANSLATED_FIELDS) if (!input[field]) errors[field] = { key: "required" };
  return Object.keys(errors).length ? errors : null;
}

export type MeetingInput = z.infer<typeof meetingFormSchema>;
/** What the form holds: every field as typed, before validation. */
export type MeetingFormValues = z.input<typeof meetingFormSchema>;

/** How a recurring set ends: with the series, on a chosen date, or after a chosen number of sessions. */
export const RECURRENCE_ENDS = ["seriesEnd", "date", "count"] as const;
export const MAX_SESSIONS = 200;

function checkRecurrenceEnd(
  value: { endMode: string; fromDate: string; untilDate: string; sessionCount: string },
  ctx: z.RefinementCtx,
) {
  if (value.endMode === "date") {
    const problem: ValidationKey | null = !value.untilDate
      ? "required"
      : !isDateKey(value.untilDate)
        ? "invalidDate"
        : value.untilDate < value.fromDate
          ? "lastDayBeforeFirst"
          : null;
    if (problem) ctx.addIssue({ code: "custom", path: ["untilDate"], message: problem });
  }
  if (value.endMode === "count") {
    const count = Number(value.sessionCount);
    if (!value.sessionCount) ctx.addIssue({ code: "custom", path: ["sessionCount"], message: "required" });
    else if (!/^\d+$/.test(value.sessionCount) || count < 1 || count > MAX_SESSIONS) {
      ctx.addIssue({ code: "custom", path: ["sessionCount"], message: "tooManySessions" });
    }
  }
}

export const recurringFormSchema = z
  .object({
    ...venueFields,
    fromDate: dateField,
    weekdays: z.array(z.enum(WEEKDAYS)).min(1, "chooseWeekday"),
    endMode: z.enum(RECURRENCE_ENDS, "chooseEnd").default("seriesEnd"),
    untilDate: z.string().trim().prefault(""),
    sessionCount: z.string().trim().prefault(""),
    ...timeFields,
    ...contentFields,
  })
  .superRefine((value, ctx) => {
    checkVenue(value, ctx);
    checkTimes(value, ctx);
    checkRecurrenceEnd(value, ctx);
  });

export type RecurringInput = z.infer<typeof recurringFormSchema>;
export type RecurringFormValues = z.input<typeof recurringFormSchema>;
/** The name of a field of the meeting forms (single or recurring): the form, the schema and the server use the same names. */
export type MeetingField = keyof MeetingFormValues | keyof RecurringFormValues;

const statusNotes = {
  statusNoteEn: requiredText(LIMITS.statusNote, "noteRequired"),
  statusNoteEs: requiredText(LIMITS.statusNote, "noteRequired"),
};

export const cancelFormSchema = z.object({ version: z.coerce.number().int().positive(), ...statusNotes });
export type CancelInput = z.infer<typeof cancelFormSchema>;

/** Deleting asks for a ticked box, so a slip of the finger loses nothing. */
export const deleteMeetingSchema = z.object({
  version: z.coerce.number("invalid").int("invalid").positive("invalid"),
  confirm: z
    .string()
    .prefault("")
    .refine((value) => value === "yes", "confirmDelete"),
});
export type DeleteMeetingInput = z.infer<typeof deleteMeetingSchema>;

export const postponeFormSchema = z
  .object({ version: z.coerce.number().int().positive(), date: dateField, ...timeFields, ...statusNotes })
  .superRefine((value, ctx) => checkTimes(value, ctx, value.date));
export type PostponeInput = z.infer<typeof postponeFormSchema>;

/** What the meeting forms post beyond plain text. */
export const MEETING_SHAPE = {
  arrays: ["spokenLanguages", "interpretation", "weekdays"],
  checkboxes: ["wheelchairAccessible", "parkingAvailable", "transitNearby", "childcareProvided"],
} as const satisfies FormShape;

export const EMPTY_MEETING_VALUES: MeetingFormValues = {
  seriesId: "",
  venueMode: "existing",
  venueId: "",
  venueKind: "CHURCH",
  venueName: "",
  venueStreet: "",
  venueCity: "Dallas",
  venuePostalCode: "",
  venueNeighborhood: "",
  date: "",
  startTime: "18:00",
  endTime: "19:30",
  spokenLanguages: ["es"],
  interpretation: [],
  titleEn: "",
  titleEs: "",
  descriptionEn: "",
  descriptionEs: "",
  hostName: "",
  hostTitleEn: "",
  hostTitleEs: "",
  wheelchairAccessible: false,
  parkingAvailable: false,
  transitNearby: false,
  childcareProvided: false,
  accessibilityNotesEn: "",
  accessibilityNotesEs: "",
};
