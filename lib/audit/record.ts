import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/generated/prisma/enums";
import type { StaffUser } from "@/lib/auth/roles";

type Tx = Prisma.TransactionClient;

export type AuditRecord = {
  action: AuditAction;
  entityType: "meeting" | "venue" | "series" | "user";
  entityId: string;
  /** A short human label, e.g. the meeting title and date. */
  summary: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

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
}
