import type { Tx } from "@/lib/db/write-transaction";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/generated/prisma/enums";
import { logStaffAction, type StaffAction } from "@/lib/logging/staff-action";
import { isSystemActor, type AuditActor } from "./actors";
import type { AuditEvent } from "./events";

export type { AuditActor } from "./actors";

export type AuditRecord = {
  action: AuditAction;
  entityType:
    | "meeting"
    | "venue"
    | "series"
    | "user"
    | "secondFactor"
    | "passkey"
    | "staffSettings"
    | "statement"
    | "sessionRequest"
    | "question"
    | "meetingRevision"
    | "statementChange";
  entityId: string;
  /** What happened, as a code and its parameters (lib/audit/events.ts): put into words when the log is read. */
  event: AuditEvent;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

type LoggedChange = Omit<StaffAction, "outcome">;

// Changes recorded in a transaction that writeTransaction runs: logged
// only once it has committed, since a later step may still roll them back.
const changesByTransaction = new WeakMap<Tx, LoggedChange[]>();

/** The changes recorded from now on in this transaction, to log once it commits (lib/db/write-transaction.ts). */
export function collectChangesToLog(tx: Tx): LoggedChange[] {
  const changes: LoggedChange[] = [];
  changesByTransaction.set(tx, changes);
  return changes;
}

/**
 * Writes one audit entry inside the caller's transaction, so a change and
 * its record are saved together or not at all. Never pass secrets
 * (password hashes, tokens) in before/after.
 */
export async function recordAudit(tx: Tx, actor: AuditActor, record: AuditRecord): Promise<void> {
  const system = isSystemActor(actor);
  await tx.auditEntry.create({
    data: {
      actorKind: system ? actor.kind : "STAFF",
      actorId: system ? null : actor.id,
      actorEmail: system ? null : actor.email,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      event: record.event.code,
      params: record.event.params as Prisma.InputJsonObject,
      before: record.before ?? undefined,
      after: record.after ?? undefined,
    },
  });
  const change = {
    action: `${record.entityType}.${record.action.toLowerCase()}`,
    ...actorForLog(actor),
    entityId: record.entityId,
  };
  const changes = changesByTransaction.get(tx);
  if (changes) changes.push(change);
  else logStaffAction({ ...change, outcome: "ok" });
}

/** Who a log line names: the account id, or for the app's own actors null and their kind. */
export function actorForLog(actor: AuditActor): Pick<StaffAction, "staffUserId" | "actorKind"> {
  return isSystemActor(actor) ? { staffUserId: null, actorKind: actor.kind } : { staffUserId: actor.id };
}
