import type { MeetingFormValues } from "@/lib/meetings/schema";

/**
 * What a draft change would change for residents: the published meeting's
 * form values beside the change's, field by field, for the reviewer's
 * side-by-side view. Date and times are one row ("when"), as residents read
 * them; the new-place fields never appear (a draft change names a saved
 * place).
 */

export const COMPARED_FIELDS = [
  "when",
  "seriesId",
  "venueId",
  "titleEn",
  "titleEs",
  "descriptionEn",
  "descriptionEs",
  "spokenLanguages",
  "interpretation",
  "hostName",
  "hostTitleEn",
  "hostTitleEs",
  "wheelchairAccessible",
  "parkingAvailable",
  "transitNearby",
  "childcareProvided",
  "accessibilityNotesEn",
  "accessibilityNotesEs",
] as const;

export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** A field's value as compared: text, a set of codes, a yes/no, or a Central date and times. */
export type ComparedValue = string | string[] | boolean | { date: string; startTime: string; endTime: string };

export type FieldComparison = { field: ComparedField; before: ComparedValue; after: ComparedValue; changed: boolean };

type Values = Partial<MeetingFormValues>;

const YES_NO = new Set<ComparedField>([
  "wheelchairAccessible",
  "parkingAvailable",
  "transitNearby",
  "childcareProvided",
]);

function valueOf(values: Values, field: ComparedField): ComparedValue {
  if (field === "when")
    return {
      date: (values.date ?? "").trim(),
      startTime: (values.startTime ?? "").trim(),
      endTime: (values.endTime ?? "").trim(),
    };
  const value = values[field];
  if (YES_NO.has(field)) return value === true;
  if (Array.isArray(value)) return [...new Set(value.map(String))].sort();
  return typeof value === "string" ? value.trim() : "";
}

/** Every compared field, in the form's order, with whether the change alters it (white space at the ends and the order of languages do not count). */
export function compareRevision(published: Values, change: Values): FieldComparison[] {
  return COMPARED_FIELDS.map((field) => {
    const before = valueOf(published, field);
    const after = valueOf(change, field);
    return { field, before, after, changed: JSON.stringify(before) !== JSON.stringify(after) };
  });
}
