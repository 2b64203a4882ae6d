import type { z } from "zod";

/**
 * What a staff form action answers: the values typed (echoed back so the
 * form keeps them, with or without JavaScript), per-field error codes that
 * the form translates, and an optional form-level problem.
 */
export type FormState<Field extends string = string> = {
  status: "idle" | "invalid" | "refused" | "failed";
  values: Partial<Record<Field, string>>;
  errors: Partial<Record<Field, string>>;
  /** A form-level problem code, e.g. "unauthenticated", "forbidden", "notFound". */
  problem?: string;
  /** A number the problem message needs (e.g. how many sessions). */
  count?: number;
};

export const idleFormState: FormState = { status: "idle", values: {}, errors: {} };

/** The form's text fields as strings (checkboxes as "on" or absent); files are ignored. */
export function formValues<Field extends string>(formData: FormData, fields: readonly Field[]): Partial<Record<Field, string>> {
  const values: Partial<Record<Field, string>> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value;
  }
  return values;
}

/**
 * The first issue of each field, as the error code its schema set
 * ("required", "tooLong"…). Zod's own messages for unexpected shapes
 * become "invalid".
 */
export function fieldErrors<Field extends string>(error: z.ZodError): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form") as Field;
    if (errors[field]) continue;
    errors[field] = /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
  }
  return errors;
}
