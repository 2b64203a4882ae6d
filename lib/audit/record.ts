import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/generated/prisma/enums";
import type { StaffUser } from "@/lib/auth/roles";
import { logStaffAction, type StaffAction } from "@/lib/logging/staff-action";

type Tx = Prisma.TransactionClient;

export type AuditRecord = {
  action: AuditAction;
  entityType: "meeting" | "venue" | "series" | "user" | "secondFactor" | "passkey" | "staffSettings" | "statement" | "sessionRequest" | "question" | "meetingRevision" | "statementChange";
  entityId: string;
  /** A short human label, e.g. the meeting title and date. */
  summary: string;
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
export async function recordAudit(tx: Tx, actor: StaffUser, record: AuditRecord): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: actor.id,
      actorEmail: actor.email,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      summary: record.summary.slice(0, 300),
      before: record.before ?? undefined,
      after: record.after ?? undefined,
    },
  });
  const change = { action: `${record.entityType}.${record.action.toLowerCase()}`, staffUserId: actor.id, entityId: record.entityId };
  const changes = changesByTransaction.get(tx);
  if (changes) changes.push(change);
  else logStaffAction({ ...change, outcome: "ok" });
}

export type AuditedCommand = { action: string; actor: StaffUser; entityId?: string };

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
  const base = { action: command.action, staffUserId: command.actor.id, entityId: command.entityId ?? null };
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
