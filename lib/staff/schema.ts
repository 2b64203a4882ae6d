import { z } from "zod";
import { newPasswordField } from "@/lib/auth/schema";
import { isRecordId } from "@/lib/db/record-id";
import { isPlainText } from "@/lib/text/plain-text";
import { STAFF_LIMITS, STAFF_ROLES } from "./fields";

/** A new staff account as an admin types it; the password must pass the same policy as a change. */
export const newStaffSchema = z.object({
  name: z.string().trim().min(1, "required").max(STAFF_LIMITS.name, "tooLong").refine(isPlainText, "invalid"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "required")
    .max(STAFF_LIMITS.email, "tooLong")
    .pipe(z.email("invalidEmail")),
  role: z.enum(STAFF_ROLES, "required"),
  password: newPasswordField,
});

export type NewStaffInput = z.infer<typeof newStaffSchema>;

const userId = z.string().refine(isRecordId);

export const staffRoleSchema = z.object({ userId, role: z.enum(STAFF_ROLES) });

export const staffActiveSchema = z.object({
  userId,
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});
