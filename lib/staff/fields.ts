import { StaffRole } from "@/lib/generated/prisma/enums";

// What the staff form in the browser needs, apart from schema.ts, whose
// password check reads the common-password list from disk on the server.
export const STAFF_LIMITS = { name: 120, email: 254 } as const;

export const STAFF_ROLES = Object.values(StaffRole);

export const NEW_STAFF_FIELDS = ["name", "email", "role", "password"] as const;

export type NewStaffField = (typeof NEW_STAFF_FIELDS)[number];
