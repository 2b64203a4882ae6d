import type { StaffRole } from "@/lib/generated/prisma/enums";

/** What each role may do. Checked on the server for every page, action and route. */
const PERMISSIONS = {
  manageMeetings: ["ADMIN", "EDITOR"],
  manageVenues: ["ADMIN", "EDITOR"],
  manageSeries: ["ADMIN", "EDITOR"],
  // The department's public commitments: admins change them, and review proposed changes.
  manageStatements: ["ADMIN"],
  // Editors (and admins) may propose a change while "statement changes need review" is on (lib/statements).
  proposeStatements: ["ADMIN", "EDITOR"],
  // Session requests, contact details included; accepting one also needs manageMeetings.
  manageRequests: ["ADMIN", "EDITOR"],
  // Residents' anonymous questions: answer, publish, unpublish, delete.
  answerQuestions: ["ADMIN", "EDITOR"],
  manageStaff: ["ADMIN"],
  viewAudit: ["ADMIN"],
  // The outreach report: counts only, for the people who lead the series.
  viewReport: ["ADMIN"],
  // The email outbox: every message with its recipient, and sending a failed one again.
  viewOutbox: ["ADMIN"],
  // The staff member's own account: password, authenticator app, passkeys, signed-in devices.
  manageOwnAccount: ["ADMIN", "EDITOR"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: StaffRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
}

export type StaffUser = { id: string; email: string; name: string; role: StaffRole };

/** The roles that hold a permission: whom a staff notice about it goes to (lib/notices). */
export function rolesWith(permission: Permission): StaffRole[] {
  return [...PERMISSIONS[permission]];
}
