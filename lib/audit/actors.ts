import type { StaffUser } from "@/lib/auth/roles";
import type { AuditActorKind } from "@/lib/generated/prisma/enums";

/**
 * The app's own actors: they change things with no staff account and no
 * role (nothing checks a permission for them), and the audit log names them
 * by their kind, translated.
 */
export type SystemActor = { kind: Exclude<AuditActorKind, "STAFF"> };

/** Who a change is recorded under: a staff member or one of the app's own actors. */
export type AuditActor = StaffUser | SystemActor;

/** Scheduled publishing: a meeting goes public at the time staff chose (lib/publishing/scheduler.ts). */
export const SCHEDULED_PUBLISHING: SystemActor = { kind: "SCHEDULER" };

/** The automatic deletion of what is kept only for a while (old questions, a closed request's contact details). */
export const RETENTION: SystemActor = { kind: "RETENTION" };

/** A residents' form sent without an account (a request for a meeting). */
export const PUBLIC_FORM: SystemActor = { kind: "PUBLIC_FORM" };

export function isSystemActor(actor: AuditActor): actor is SystemActor {
  return "kind" in actor;
}
