import { LIMITS } from "@/lib/meetings/schema";
import { REVIEW_COMMENT_LIMIT } from "@/lib/publishing/schema";
import { QUESTION_LIMITS } from "@/lib/questions/schema";
import { REQUEST_LIMITS } from "@/lib/requests/schema";
import { SERIES_LIMITS } from "@/lib/series/schema";
import { STATEMENT_LIMITS } from "@/lib/statements/schema";
import { VENUE_LIMITS } from "@/lib/venues/schema";
import en from "@/messages/en.json";
import es from "@/messages/es.json";

/**
 * What every staff form must do with a hostile text (tests/support/hostile-inputs.ts):
 * the schema tests (tests/unit/hostile-staff-schemas.test.ts) check the
 * answer for every input, the storage test (tests/integration/hostile-staff-forms.test.ts)
 * stores the accepted ones on each database and reads them back.
 */

/** Characters no field may hold: PostgreSQL cannot store NUL, lone surrogates are not text, and feeds and calendars cannot carry control characters. */
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** What a form post carries: FormData, like a browser, turns half a surrogate pair into U+FFFD. */
export const posted = (input: string) => input.replace(LONE_SURROGATE, "\uFFFD");

export type Expectation = { stored: string | null } | { error: string };

export type FieldSpec = Record<string, { max: number; required: boolean; requiredKey?: string }>;

/** What a trimmed text field must do with `input` as posted: which error, or what is stored (null for an empty optional field). */
export function expectationFor(
  input: string,
  { max, required, requiredKey = "required" }: FieldSpec[string],
): Expectation {
  const value = posted(input).trim();
  if (!value) return required ? { error: requiredKey } : { stored: null };
  // Limits count characters (code points), as zod does: an emoji is one.
  if ([...value].length > max) return { error: "tooLong" };
  if (UNSTORABLE.test(value)) return { error: "invalid" };
  return { stored: value };
}

export function expectationsFor(input: string, fields: FieldSpec): Record<string, Expectation> {
  return Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, expectationFor(input, spec)]));
}

export const isAccepted = (expectations: Record<string, Expectation>) =>
  Object.values(expectations).every((expectation) => "stored" in expectation);

/** The form's fields, each holding `input`. */
export const fill = (input: string, fields: FieldSpec) =>
  Object.fromEntries(Object.keys(fields).map((name) => [name, input]));

export const label = (input: string) =>
  JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…(${input.length})` : input);

/** True when `namespace.key` is a message in both languages. */
export function messageExists(namespace: string[], key: string): boolean {
  const find = (messages: unknown) =>
    [...namespace, key].reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      messages,
    );
  return typeof find(en) === "string" && typeof find(es) === "string";
}

export const MEETING_CONTENT: FieldSpec = {
  titleEn: { max: LIMITS.title, required: true },
  titleEs: { max: LIMITS.title, required: true },
  descriptionEn: { max: LIMITS.description, required: true },
  descriptionEs: { max: LIMITS.description, required: true },
  hostName: { max: LIMITS.hostName, required: true },
  hostTitleEn: { max: LIMITS.hostTitle, required: false },
  hostTitleEs: { max: LIMITS.hostTitle, required: false },
  accessibilityNotesEn: { max: LIMITS.accessibilityNotes, required: false },
  accessibilityNotesEs: { max: LIMITS.accessibilityNotes, required: false },
};
/** A draft: the texts may wait for their translation (the English title is given apart: a draft needs one title). */
export const MEETING_DRAFT_CONTENT: FieldSpec = (() => {
  const rest = Object.fromEntries(Object.entries(MEETING_CONTENT).filter(([field]) => field !== "titleEn"));
  return {
    ...rest,
    titleEs: { max: LIMITS.title, required: false },
    descriptionEn: { max: LIMITS.description, required: false },
    descriptionEs: { max: LIMITS.description, required: false },
  };
})();
export const REVIEW_TEXT: FieldSpec = { comment: { max: REVIEW_COMMENT_LIMIT, required: false } };
export const MEETING_NEW_VENUE: FieldSpec = {
  venueName: { max: LIMITS.venueName, required: true },
  venueStreet: { max: LIMITS.venueStreet, required: true },
  venueCity: { max: LIMITS.venueCity, required: true },
  venueNeighborhood: { max: LIMITS.venueNeighborhood, required: false },
};
export const STATUS_NOTES: FieldSpec = {
  statusNoteEn: { max: LIMITS.statusNote, required: true, requiredKey: "noteRequired" },
  statusNoteEs: { max: LIMITS.statusNote, required: true, requiredKey: "noteRequired" },
};
export const VENUE_TEXT: FieldSpec = {
  name: { max: VENUE_LIMITS.name, required: true },
  street: { max: VENUE_LIMITS.street, required: true },
  city: { max: VENUE_LIMITS.city, required: true },
  region: { max: VENUE_LIMITS.region, required: true },
  neighborhood: { max: VENUE_LIMITS.neighborhood, required: false },
  policeDivision: { max: VENUE_LIMITS.policeDivision, required: false },
  contactName: { max: VENUE_LIMITS.contactName, required: false },
  contactPhone: { max: VENUE_LIMITS.contactPhone, required: false },
  descriptionEn: { max: VENUE_LIMITS.description, required: false },
  descriptionEs: { max: VENUE_LIMITS.description, required: false },
  directionsEn: { max: VENUE_LIMITS.directions, required: false },
  directionsEs: { max: VENUE_LIMITS.directions, required: false },
};
export const SERIES_TEXT: FieldSpec = {
  organizer: { max: SERIES_LIMITS.organizer, required: true },
  titleEn: { max: SERIES_LIMITS.title, required: true },
  titleEs: { max: SERIES_LIMITS.title, required: true },
  descriptionEn: { max: SERIES_LIMITS.description, required: true },
  descriptionEs: { max: SERIES_LIMITS.description, required: true },
};
export const STATEMENT_TEXT: FieldSpec = {
  textEn: { max: STATEMENT_LIMITS.text, required: true },
  textEs: { max: STATEMENT_LIMITS.text, required: true },
  sourceEn: { max: STATEMENT_LIMITS.source, required: true },
  sourceEs: { max: STATEMENT_LIMITS.source, required: true },
};
/** The public "request a meeting" form's text fields (the email has its own check). */
export const REQUEST_TEXT: FieldSpec = {
  organization: { max: REQUEST_LIMITS.organization, required: true },
  street: { max: REQUEST_LIMITS.street, required: true },
  city: { max: REQUEST_LIMITS.city, required: true },
  otherTimes: { max: REQUEST_LIMITS.otherTimes, required: false },
  contactName: { max: REQUEST_LIMITS.contactName, required: true },
  contactPhone: { max: REQUEST_LIMITS.contactPhone, required: false },
};
/** A resident's anonymous question, and the staff answer in both languages. */
export const QUESTION_TEXT: FieldSpec = { text: { max: QUESTION_LIMITS.text, required: true } };
export const ANSWER_TEXT: FieldSpec = {
  answerEn: { max: QUESTION_LIMITS.answer, required: true },
  answerEs: { max: QUESTION_LIMITS.answer, required: true },
};
export const REQUEST_NOTES: FieldSpec = { notes: { max: REQUEST_LIMITS.notes, required: false } };
export const REQUEST_ACCEPT_TEXT: FieldSpec = { hostName: { max: 200, required: true } };
