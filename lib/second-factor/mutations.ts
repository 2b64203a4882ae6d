import "server-only";
import { symmetricEncrypt } from "better-auth/crypto";
import { personOf } from "@/lib/audit/events";
import { auditedTransaction, recordAudit } from "@/lib/audit/record";
import { getAuth } from "@/lib/auth/auth";
import { can, type StaffUser } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { noticeAccountSecurity } from "@/lib/notices/account-security";
import { newBackupCodes } from "./backup-codes";

export type SecondFactorMutationResult = { ok: true } | { ok: false; reason: "forbidden" | "notFound" | "self" };

/**
 * The staff member turns their own authenticator app off; its backup codes
 * go with it. The action asks for a recent proof first (lib/auth/recent-proof.ts).
 */
export async function turnOffAuthenticatorApp(actor: StaffUser): Promise<SecondFactorMutationResult> {
  return auditedTransaction(getDb(), { action: "secondFactor.delete", actor, entityId: actor.id }, async (tx) => {
    const { count } = await tx.twoFactor.deleteMany({ where: { userId: actor.id } });
    if (!count) return { ok: false, reason: "notFound" } as const;
    await tx.user.update({ where: { id: actor.id }, data: { twoFactorEnabled: false } });
    await recordAudit(tx, actor, { action: "DELETE", entityType: "secondFactor", entityId: actor.id, event: { code: "secondFactor.appOff", params: { person: personOf(actor) } } });
    await noticeAccountSecurity(tx, actor.id, "authenticatorOff");
    return { ok: true } as const;
  });
}

/**
 * New backup codes for the staff member's own authenticator app: the old
 * ones stop working. Stored encrypted, as the twoFactor plugin stores them;
 * the account page shows the new ones once (allowBackupCodesOnce). The
 * action asks for a recent proof first.
 */
export async function replaceBackupCodes(actor: StaffUser): Promise<SecondFactorMutationResult> {
  const { secretConfig } = await getAuth().$context;
  const backupCodes = await symmetricEncrypt({ key: secretConfig, data: JSON.stringify(newBackupCodes()) });
  return auditedTransaction(getDb(), { action: "secondFactor.update", actor, entityId: actor.id }, async (tx) => {
    const { count } = await tx.twoFactor.updateMany({ where: { userId: actor.id, verified: true }, data: { backupCodes } });
    if (!count) return { ok: false, reason: "notFound" } as const;
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "secondFactor", entityId: actor.id, event: { code: "secondFactor.backupCodesReplaced", params: { person: personOf(actor) } } });
    await noticeAccountSecurity(tx, actor.id, "backupCodesReplaced");
    return { ok: true } as const;
  });
}

/**
 * An admin clears another staff member's second factors (authenticator app,
 * backup codes, passkeys) and signs them out: at their next sign-in they
 * enter their password only and, if their role needs one, set up a second
 * factor before anything else. Nobody resets their own: a lost phone is
 * another admin's call, and a stolen session cannot strip the factor.
 */
export async function resetSecondFactor(actor: StaffUser, userId: string): Promise<SecondFactorMutationResult> {
  if (!can(actor.role, "manageStaff")) return { ok: false, reason: "forbidden" };
  if (userId === actor.id) return { ok: false, reason: "self" };
  return auditedTransaction(getDb(), { action: "secondFactor.reset", actor, entityId: userId }, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true, twoFactorEnabled: true, _count: { select: { passkeys: true } } } });
    if (!user) return { ok: false, reason: "notFound" } as const;
    await tx.twoFactor.deleteMany({ where: { userId } });
    await tx.passkey.deleteMany({ where: { userId } });
    await tx.user.update({ where: { id: userId }, data: { twoFactorEnabled: false } });
    await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, actor, {
      action: "DELETE", entityType: "secondFactor", entityId: userId, event: { code: "secondFactor.reset", params: { person: personOf(user) } },
      before: { authenticatorApp: user.twoFactorEnabled, passkeys: user._count.passkeys },
      after: { authenticatorApp: false, passkeys: 0 },
    });
    await noticeAccountSecurity(tx, userId, "secondFactorReset");
    return { ok: true } as const;
  });
}

/** The one setting: whether editors, like admins, must have a second factor. */
export async function setEditorsNeedSecondFactor(actor: StaffUser, required: boolean): Promise<SecondFactorMutationResult> {
  if (!can(actor.role, "manageStaff")) return { ok: false, reason: "forbidden" };
  return auditedTransaction(getDb(), { action: "staffSettings.update", actor, entityId: "1" }, async (tx) => {
    const before = await tx.staffSettings.findUnique({ where: { id: 1 } });
    await tx.staffSettings.upsert({ where: { id: 1 }, create: { id: 1, requireSecondFactorForEditors: required }, update: { requireSecondFactorForEditors: required } });
    await recordAudit(tx, actor, {
      action: "UPDATE", entityType: "staffSettings", entityId: "1", event: { code: "secondFactor.editorsSetting", params: { required } },
      before: { requireSecondFactorForEditors: before?.requireSecondFactorForEditors ?? false },
      after: { requireSecondFactorForEditors: required },
    });
    return { ok: true } as const;
  });
}
