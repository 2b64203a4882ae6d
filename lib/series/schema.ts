import { z } from "zod";
import type { FormShape } from "@/lib/forms/form-state";
import { isPlainText } from "@/lib/text/plain-text";
import { isDateKey } from "@/lib/time/central-time";

export const SERIES_LIMITS = { organizer: 200, title: 200, description: 4000 } as const;

export const SERIES_FIELDS = [
  "organizer",
  "startsOn",
  "endsOn",
  "titleEn",
  "titleEs",
  "descriptionEn",
  "descriptionEs",
] as const;

export type SeriesField = (typeof SERIES_FIELDS)[number];

const required = (max: number) =>
  z.string().trim().min(1, "required").max(max, "tooLong").refine(isPlainText, "invalid");

/** A calendar date typed as YYYY-MM-DD (what <input type="date"> sends) that exists. */
const calendarDate = z.string().trim().min(1, "required").refine(isDateKey, "invalidDate");

/** One series as the form sends it; the same schema checks it on the server. */
export const seriesInputSchema = z
  .object({
    organizer: required(SERIES_LIMITS.organizer),
    startsOn: calendarDate,
    endsOn: calendarDate,
    titleEn: required(SERIES_LIMITS.title),
    titleEs: required(SERIES_LIMITS.title),
    descriptionEn: required(SERIES_LIMITS.description),
    descriptionEs: required(SERIES_LIMITS.description),
    // Review before publishing (lib/publishing): off unless chosen.
    requiresReview: z.boolean().default(false),
    editorsMayReview: z.boolean().default(false),
  })
  .refine((series) => series.endsOn >= series.startsOn, { path: ["endsOn"], message: "lastDayBeforeFirst" });

export type SeriesInput = z.infer<typeof seriesInputSchema>;

/** The review settings are single checkboxes. */
export const SERIES_SHAPE = { checkboxes: ["requiresReview", "editorsMayReview"] } as const satisfies FormShape;
