import type { z } from "zod";

/**
 * The one form state every staff form uses (meetings, venues, series, staff
 * accounts, sign-in, password change), on the server and in the browser:
 * the values as typed (echoed back so a refused or failed post loses
 * nothing, with or without JavaScript) and one translatable error per field.
 */

/** Keys of the "Validation" message namespace: every error a staff form can show. */
export const VALIDATION_KEYS = [
  "required",
  "tooLong",
  "invalid",
  "invalidDate",
  "invalidTime",
  "nonexistentTime",
  "endBeforeStart",
  "outsideSeries",
  "inPast",
  "overlap",
  "noteRequired",
  "chooseLanguage",
  "postalCode",
  "unknownSeries",
  "unknownVenue",
  "chooseWeekday",
  "noDates",
  "confirmDelete",
  "recurringConflicts",
  "notAllowed",
  "saveFailed",
  "unauthenticated",
  "notFound",
  "invalidCoordinate",
  "coordinatesPair",
  "invalidEmail",
  "emailTaken",
  "passwordTooShort",
  "passwordTooLong",
  "passwordTooCommon",
  "passwordMismatch",
  "wrongPassword",
  "signInRefused",
  "signInThrottled",
  "lastDayBeforeFirst",
  "sessionsOutside",
  "chooseEnd",
  "endAfterSeries",
  "tooManySessions",
  "editConflict",
  "staleForm",
  "wrongCode",
  "missingTranslation",
  "ownRequest",
  "notReviewer",
  "commentRequired",
  "notDraft",
  "notInReview",
  "invalidPosition",
  "invalidUrl",
  "contactRequired",
  "tooManyRequests",
  "requestClosed",
  "secondFactorRequired",
  "tooManyQuestions",
  "questionsClosed",
  "answerFirst",
  "noDraftChange",
  "draftChangeMoved",
  "draftChangeStale",
  "draftChangeExistingVenue",
  "draftChangeNotPublished",
  "proofRequired",
  "codeAlreadyUsed",
  "changeNeedsReview",
  "nothingToConfirm",
  "ownStatusChange",
  "deleteNeedsReview",
  "requestDatePast",
  "requestDateTooFar",
  "chooseConfirmation",
  "neverPublic",
  "setMeetingIncomplete",
  "resetLinkInvalid",
  "resetUnavailable",
  "placeEditNeedsAdmin",
  "contactListed",
  "notPartner",
] as const;

export type ValidationKey = (typeof VALIDATION_KEYS)[number];

/**
 * A field's problem as data, translated where it is shown. Values whose name
 * ends in "Date" are calendar dates, in "At" instants; the form formats them
 * in the staff member's language.
 */
export type FieldError = { key: ValidationKey; values?: Record<string, string | number> };

/** One error per field; "form" holds a problem of the whole form. */
export type FieldErrors<Field extends string = string> = Partial<Record<Field | "form", FieldError>>;

/** Any staff form as posted or shown again: text as strings, repeated checkboxes as arrays, single ones as booleans. */
export type FormValues = Record<string, string | string[] | boolean | undefined>;

export type FormStatus = "idle" | "invalid" | "refused" | "failed" | "done";

/** A date of a recurring set and the rule it breaks. */
export type DateConflict = { date: string; error: FieldError };

export type FormState<Field extends string = string> = {
  status: FormStatus;
  values: FormValues;
  errors: FieldErrors<Field>;
  /** Dates of a recurring set that break a rule. */
  conflicts?: DateConflict[];
  /** After an edit conflict: what is saved now, shown beside what this person typed. */
  current?: FormValues;
  /** A notice to show after a save that stays on the page (a changed password). */
  done?: string;
};

export function idleState(values: FormValues = {}): FormState {
  return { status: "idle", values, errors: {} };
}

const KNOWN_KEYS = new Set<string>(VALIDATION_KEYS);

/** zod issues → one translatable error per field (the first one found). */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (errors[field]) continue;
    // A limit with a key of its own (sign-in says only "refused") keeps it;
    // any other says which limit was passed.
    const ownKey = KNOWN_KEYS.has(issue.message) && issue.message !== "tooLong";
    if (issue.code === "too_big" && typeof issue.maximum === "number" && !ownKey) {
      errors[field] = { key: "tooLong", values: { max: issue.maximum } };
    } else if (KNOWN_KEYS.has(issue.message)) {
      errors[field] = { key: issue.message as ValidationKey };
    } else {
      errors[field] = { key: "invalid" };
    }
  }
  return errors;
}

/** What a form posts beyond plain text: repeated checkboxes (arrays) and single ones (booleans). */
export type FormShape = {
  arrays?: readonly string[];
  checkboxes?: readonly string[];
  /** Never echoed back (passwords). */ secret?: readonly string[];
};

/**
 * A posted form as plain values. Unknown fields are dropped by the schemas,
 * and nothing here trusts the browser.
 */
export function formDataToValues(formData: FormData, shape: FormShape = {}): FormValues {
  const arrays = new Set(shape.arrays);
  const checkboxes = new Set(shape.checkboxes);
  const values: FormValues = {};
  for (const field of arrays) values[field] = formData.getAll(field).map(String);
  for (const field of checkboxes) values[field] = formData.get(field) === "on";
  for (const [key, value] of formData.entries()) {
    if (arrays.has(key) || checkboxes.has(key) || key.startsWith("$ACTION")) continue;
    if (typeof value === "string") values[key] = value;
  }
  return values;
}

/** The values to send back to the page: everything typed except secrets. */
export function echoedValues(values: FormValues, shape: FormShape = {}): FormValues {
  const secret = new Set(shape.secret);
  return Object.fromEntries(Object.entries(values).filter(([key]) => !secret.has(key)));
}
