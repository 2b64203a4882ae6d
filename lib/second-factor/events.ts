import "server-only";
import { recordAudit, type AuditRecord } from "@/lib/audit/record";
import { writeTransaction } from "@/lib/db/write-transaction";
import type { StaffUser } from "@/lib/auth/roles";
import { noticeAccountSecurityEvent } from "@/lib/notices/account-security";

/**
 * A staff member's own second-factor event (turning the authenticator app
 * on or off, adding or removing a passkey, using a backup code) for the
 * audit log and the staff-action log. better-auth has already made the
 * change; this records who and when.
 */
export async function recordSecondFactorEvent(
  actor: StaffUser,
  record: Omit<AuditRecord, "entityId"> & { entityId?: string },
): Promise<void> {
  const entityId = record.entityId ?? actor.id;
  await writeTransaction(
    { action: `${record.entityType}.${record.action.toLowerCase()}`, actor, entityId },
    async (tx) => {
      await recordAudit(tx, actor, { ...record, entityId });
      await noticeAccountSecurityEvent(tx, actor.id, record.event.code);
    },
  );
}
