import type { FormShape } from "@/lib/forms/form-state";
import { StaffRole } from "@/lib/generated/prisma/enums";

export const STAFF_LIMITS = { name: 120, email: 254 } as const;

export const STAFF_ROLES = Object.values(StaffRole);

export const NEW_STAFF_FIELDS = ["name", "email", "role", "password"] as const;

export type NewStaffField = (typeof NEW_STAFF_FIELDS)[number];

/** The password typed is never sent back to the page. */
export const NEW_STAFF_SHAPE = { secret: ["password"] } as const satisfies FormShape;
