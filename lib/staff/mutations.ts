import "server-only";
import { personOf } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record";
import type { StaffUser } from "@/lib/auth/roles";
import { insertStaffAccount } from "@/lib/auth/staff-accounts";
import { authorizeActor, type Denied, type NotFound } from "@/lib/commands/outcome";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { NewStaffInput } from "./schema";

/** `self`: an admin never demotes or deactivates themselves. */
export type StaffOutcome = { ok: true; id: string } | Denied | NotFound | { ok: false; reason: "emailTaken" | "self" };

// What the audit log keeps of an account: never the password hash.
const auditedFields = { name: true, email: true, role: true, active: true } as const;

/** Creates a staff account with the initial password the admin chose (to be passed on and changed). */
export async function createStaffMember(actor: StaffUser | null, input: NewStaffInput): Promise<StaffOutcome> {
  const access = authorizeActor(actor, "manageStaff");
  if (!access.ok) return access;
  return writeTransaction({ action: "user.create", actor: access.actor }, async (tx): Promise<StaffOutcome> => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))
      return { ok: false, reason: "emailTaken" };
    const user = await insertStaffAccount(tx, input);
    await recordAudit(tx, access.actor, {
      action: "CREATE",
      entityType: "user",
      entityId: user.id,
      event: { code: "user.details", params: { person: personOf(user) } },
      after: { name: user.name, email: user.email, role: user.role, active: user.active },
    });
    return { ok: true, id: user.id };
  });
}

async function changeAccount(
  actor: StaffUser | null,
  userId: string,
  change: (tx: Tx) => Promise<{ role?: StaffRole; active?: boolean }>,
  action: "UPDATE" | "ACTIVATE" | "DEACTIVATE",
): Promise<StaffOutcome> {
  const access = authorizeActor(actor, "manageStaff");
  if (!access.ok) return access;
  const staff = access.actor;
  // An admin never demotes or deactivates themselves, so there is always an active admin.
  if (userId === staff.id) return { ok: false, reason: "self" };
  return writeTransaction(
    { action: `user.${action.toLowerCase()}`, actor: staff, entityId: userId },
    async (tx): Promise<StaffOutcome> => {
      const before = await tx.user.findUnique({ where: { id: userId }, select: auditedFields });
      if (!before) return { ok: false, reason: "notFound" };
      const data = await change(tx);
      const after = await tx.user.update({ where: { id: userId }, data, select: auditedFields });
      await recordAudit(tx, staff, {
        action,
        entityType: "user",
        entityId: userId,
        event: { code: "user.details", params: { person: personOf(after) } },
        before,
        after,
      });
      return { ok: true, id: userId };
    },
  );
}

export async function changeStaffRole(actor: StaffUser | null, userId: string, role: StaffRole): Promise<StaffOutcome> {
  return changeAccount(actor, userId, async () => ({ role }), "UPDATE");
}

/** Deactivating deletes the account's sessions in the same transaction: they are signed out at once. */
export async function setStaffActive(actor: StaffUser | null, userId: string, active: boolean): Promise<StaffOutcome> {
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
