import type { z } from "zod";
import { toFieldErrors, type FieldErrors } from "@/lib/forms/form-state";

/** What a form's schema says of posted values, as the form would show it: the errors, or null when they pass. */
export function schemaErrors(schema: z.ZodType, values: unknown): FieldErrors | null {
  const parsed = schema.safeParse(values);
  return parsed.success ? null : toFieldErrors(parsed.error);
}
