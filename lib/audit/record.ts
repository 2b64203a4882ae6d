import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/generated/prisma/enums";
import { logStaffAction, type StaffAction } from "@/lib/logging/staff-action";
import { isSystemActor, type AuditActor } from "./actors";
import type { AuditEvent } from "./events";

type Tx = Prisma.TransactionClient;

export type AuditRecord = {
  action: AuditAction;
  entityType: "meeting" | "venue" | "series" | "user" | "secondFactor" | "passkey" | "staffSettings" | "statement" | "sessionRequest" | "question" | "meetingRevision" | "statementChange";
  entityId: string;
  /** What happened, as a code and its parameters (lib/audit/events.ts): put into words when the log is read. */
  event: AuditEvent;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

type LoggedChange = Omit<StaffAction, "outcome">;

// Changes recorded in a transaction that auditedTransaction runs: logged
// only once it has committed, since a later step may still roll them back.
const changesByTransaction = new WeakMap<Tx, LoggedChange[]>();

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
  const change = { action: `${record.entityType}.${record.action.toLowerCase()}`, ...actorForLog(actor), entityId: record.entityId };
  const changes = changesByTransaction.get(tx);
  if (changes) changes.push(change);
  else logStaffAction({ ...change, outcome: "ok" });
}

/** Who a log line names: the account id, or for the app's own actors null and their kind. */
function actorForLog(actor: AuditActor): Pick<StaffAction, "staffUserId" | "actorKind"> {
  return isSystemActor(actor) ? { staffUserId: null, actorKind: actor.kind } : { staffUserId: actor.id };
}

export type AuditedCommand = { action: string; actor: AuditActor; entityId?: string };

type TransactionOptions = {
  timeout?: number;
  maxWait?: number;
  /** The refusal a thrown error stands for (a rollback on purpose), or null for a failure. */
  refusalReason?: (error: unknown) => string | null;
};

/**
 * Runs a staff command's transaction and logs how it ended: each recorded
 * change as "ok" after the commit; the command as "refused" when it returned
 * `{ ok: false, reason }` or threw a refusal, "failed" when it threw
 * anything else.
 */
export async function auditedTransaction<T>(
  db: PrismaClient,
  command: AuditedCommand,
  work: (tx: Tx) => Promise<T>,
  { refusalReason, ...options }: TransactionOptions = {},
): Promise<T> {
  const changes: LoggedChange[] = [];
  const base = { action: command.action, ...actorForLog(command.actor), entityId: command.entityId ?? null };
  let result: T;
  try {
    result = await db.$transaction(async (tx) => {
      changesByTransaction.set(tx, changes);
      return work(tx);
    }, options);
  } catch (error) {
    const reason = refusalReason?.(error) ?? null;
    logStaffAction(reason ? { ...base, outcome: "refused", reason } : { ...base, outcome: "failed", reason: "error" });
    throw error;
  }
  for (const change of changes) logStaffAction({ ...change, outcome: "ok" });
  const refused = result as { ok?: unknown; reason?: unknown } | null;
  if (refused && typeof refused === "object" && refused.ok === false) {
    logStaffAction({ ...base, outcome: "refused", reason: String(refused.reason) });
  }
  return result;
}
