import "server-only";
import { personOf } from "@/lib/audit/events";
import { auditedTransaction, recordAudit } from "@/lib/audit/record";
import { can, type StaffUser } from "@/lib/auth/roles";
import { insertStaffAccount } from "@/lib/auth/staff-accounts";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { NewStaffInput } from "./schema";

export type StaffMutationResult =
  | { ok: true; id: string }
  | { ok: false; reason: "forbidden" | "notFound" | "emailTaken" | "self" };

// What the audit log keeps of an account: never the password hash.
const auditedFields = { name: true, email: true, role: true, active: true } as const;

type Tx = Prisma.TransactionClient;

/** Creates a staff account with the initial password the admin chose (to be passed on and changed). */
export async function createStaffMember(actor: StaffUser, input: NewStaffInput): Promise<StaffMutationResult> {
  if (!can(actor.role, "manageStaff")) return { ok: false, reason: "forbidden" };
  return auditedTransaction(getDb(), { action: "user.create", actor }, async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      return { ok: false, reason: "emailTaken" } as const;
    }
    const user = await insertStaffAccount(tx, input);
    await recordAudit(tx, actor, {
      action: "CREATE", entityType: "user", entityId: user.id, event: { code: "user.details", params: { person: personOf(user) } },
      after: { name: user.name, email: user.email, role: user.role, active: user.active },
    });
    return { ok: true, id: user.id };
  });
}

async function changeAccount(
  actor: StaffUser,
  userId: string,
  change: (tx: Tx) => Promise<{ role?: StaffRole; active?: boolean }>,
  action: "UPDATE" | "ACTIVATE" | "DEACTIVATE",
): Promise<StaffMutationResult> {
  if (!can(actor.role, "manageStaff")) return { ok: false, reason: "forbidden" };
  // An admin never demotes or deactivates themselves, so there is always an active admin.
  if (userId === actor.id) return { ok: false, reason: "self" };
  return auditedTransaction(getDb(), { action: `user.${action.toLowerCase()}`, actor, entityId: userId }, async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: auditedFields });
    if (!before) return { ok: false, reason: "notFound" } as const;
    const data = await change(tx);
    const after = await tx.user.update({ where: { id: userId }, data, select: auditedFields });
    await recordAudit(tx, actor, { action, entityType: "user", entityId: userId, event: { code: "user.details", params: { person: personOf(after) } }, before, after });
    return { ok: true, id: userId };
  });
}

export async function changeStaffRole(actor: StaffUser, userId: string, role: StaffRole): Promise<StaffMutationResult> {
  return changeAccount(actor, userId, async () => ({ role }), "UPDATE");
}

/** Deactivating deletes the account's sessions in the same transaction: they are signed out at once. */
export async function setStaffActive(actor: StaffUser, userId: string, active: boolean): Promise<StaffMutationResult> {
  return changeAccount(
    actor,
    userId,
    async (tx) => {
      if (!active) await tx.session.deleteMany({ where: { userId } });
      return { active };
    },
    active ? "ACTIVATE" : "DEACTIVATE",
  );
}
