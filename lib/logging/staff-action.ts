import { writeLog } from "./log.mjs";

export type StaffActionOutcome = "ok" | "refused" | "failed";

/**
 * One staff action for the log: what, by whom (the account id, never the
 * e-mail), on what, and how it ended. Never form contents or passwords: the
 * audit log in the database keeps the values, for admins only.
 */
export type StaffAction = {
  /** "meeting.create", "auth.sign-in", "auth.authorize"… */
  action: string;
  staffUserId: string | null;
  /** For the app's own actors (no account): "SCHEDULER", "RETENTION", "PUBLIC_FORM". */
  actorKind?: string;
  entityId?: string | null;
  outcome: StaffActionOutcome;
  /** Why it was refused or failed, as a short code ("forbidden", "conflict"). */
  reason?: string;
};

const LEVEL = { ok: "info", refused: "warn", failed: "error" } as const;

export function logStaffAction({
  action,
  staffUserId,
  actorKind,
  entityId = null,
  outcome,
  reason,
}: StaffAction): void {
  writeLog(LEVEL[outcome], "staff.action", {
    action,
    staffUserId,
    ...(actorKind ? { actorKind } : {}),
    entityId,
    outcome,
    ...(reason ? { reason } : {}),
  });
}
