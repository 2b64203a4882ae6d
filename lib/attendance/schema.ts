import { z } from "zod";
import type { INTERPRETATION_LANGUAGES } from "@/lib/meetings/schema";

/** What residents may ask interpretation into, in the order the page lists them. */
export const REQUESTABLE_LANGUAGES = ["vi", "ar", "asl", "ko", "zh", "other"] as const;
export type RequestableLanguage = (typeof REQUESTABLE_LANGUAGES)[number];

/**
 * What staff may mark "interpreter arranged": every named language above
 * ("other" names none). Marking adds it to the meeting's own interpretation
 * list (Meeting.interpretation), the one the meeting form edits.
 */
export const ARRANGEABLE_LANGUAGES = [
  "vi",
  "ar",
  "asl",
  "ko",
  "zh",
] as const satisfies readonly (typeof INTERPRETATION_LANGUAGES)[number][];

/** One tap on the meeting page: "I plan to come", or a language. */
export const TAP_CHOICES = ["plan", ...REQUESTABLE_LANGUAGES] as const;
export type TapChoice = (typeof TAP_CHOICES)[number];

export const tapSchema = z.object({ tap: z.enum(TAP_CHOICES) });

/** Staff: an interpreter arranged (or no longer) for one language of one meeting, at the version they saw. */
export const interpreterMarkSchema = z.object({
  language: z.enum(ARRANGEABLE_LANGUAGES),
  arranged: z.enum(["yes", "no"]).transform((value) => value === "yes"),
  version: z.coerce.number().int().min(1),
});
export type InterpreterMarkInput = z.output<typeof interpreterMarkSchema>;
