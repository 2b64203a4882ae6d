import "server-only";
import { symmetricEncrypt } from "better-auth/crypto";
import { personOf } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record";
import { writeTransaction } from "@/lib/db/write-transaction";
import { getAuth } from "@/lib/auth/auth";
import type { StaffUser } from "@/lib/auth/roles";
import { authorizeActor, type Denied, type NotFound } from "@/lib/commands/outcome";
import { noticeAccountSecurity } from "@/lib/notices/account-security";
import { newBackupCodes } from "./backup-codes";

/** `self`: nobody resets their own second factor. */
export type SecondFactorOutcome = { ok: true } | Denied | NotFound | { ok: false; reason: "self" };

/**
 * The staff member's own account (lib/auth/roles.ts manageOwnAccount):
 * every change here is to the actor's own factors and sessions. The
 * actions ask for a recent proof first where it matters (lib/auth/recent-proof.ts).
 */

/**
 * The staff member turns their own authenticator app off; its backup codes
 * go with it. The action asks for a recent proof first (lib/auth/recent-proof.ts).
 */
export async function turnOffAuthenticatorApp(actor: StaffUser | null): Promise<SecondFactorOutcome> {
  const access = authorizeActor(actor, "manageOwnAccount");
  if (!access.ok) return access;
  const staff = access.actor;
  return writeTransaction({ action: "secondFactor.delete", actor: staff, entityId: staff.id }, async (tx) => {
    const { count } = await tx.twoFactor.deleteMany({ where: { userId: staff.id } });
    if (!count) return { ok: false, reason: "notFound" } as const;
    await tx.user.update({ where: { id: staff.id }, data: { twoFactorEnabled: false } });
    await recordAudit(tx, staff, {
      action: "DELETE",
      entityType: "secondFactor",
      entityId: staff.id,
      event: { code: "secondFactor.appOff", params: { person: personOf(staff) } },
    });
    await noticeAccountSecurity(tx, staff.id, "authenticatorOff");
    return { ok: true } as const;
  });
}

/**
 * New backup codes for the staff member's own authenticator app: the old
 * ones stop working. Stored encrypted, as the twoFactor plugin stores them;
 * the account page shows the new ones once (allowBackupCodesOnce). The
 * action asks for a recent proof first.
 */
export async function replaceBackupCodes(actor: StaffUser | null): Promise<SecondFactorOutcome> {
  const access = authorizeActor(actor, "manageOwnAccount");
  if (!access.ok) return access;
  const staff = access.actor;
  const { secretConfig } = await getAuth().$context;
  const backupCodes = await symmetricEncrypt({ key: secretConfig, data: JSON.stringify(newBackupCodes()) });
  return writeTransaction({ action: "secondFactor.update", actor: staff, entityId: staff.id }, async (tx) => {
    const { count } = await tx.twoFactor.updateMany({
      where: { userId: staff.id, verified: true },
      data: { backupCodes },
    });
    if (!count) return { ok: false, reason: "notFound" } as const;
    await recordAudit(tx, staff, {
      action: "UPDATE",
      entityType: "secondFactor",
      entityId: staff.id,
      event: { code: "secondFactor.backupCodesReplaced", params: { person: personOf(staff) } },
    });
    await noticeAccountSecurity(tx, staff.id, "backupCodesReplaced");
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
export async function resetSecondFactor(actor: StaffUser | null, userId: string): Promise<SecondFactorOutcome> {
  const access = authorizeActor(actor, "manageStaff");
  if (!access.ok) return access;
  const staff = access.actor;
  if (userId === staff.id) return { ok: false, reason: "self" };
  return writeTransaction({ action: "secondFactor.reset", actor: staff, entityId: userId }, async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { name: true, email: true, twoFactorEnabled: true, _count: { select: { passkeys: true } } },
    });
    if (!user) return { ok: false, reason: "notFound" } as const;
    await tx.twoFactor.deleteMany({ where: { userId } });
    await tx.passkey.deleteMany({ where: { userId } });
    await tx.user.update({ where: { id: userId }, data: { twoFactorEnabled: false } });
    await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, staff, {
      action: "DELETE",
      entityType: "secondFactor",
      entityId: userId,
      event: { code: "secondFactor.reset", params: { person: personOf(user) } },
      before: { authenticatorApp: user.twoFactorEnabled, passkeys: user._count.passkeys },
      after: { authenticatorApp: false, passkeys: 0 },
    });
    await noticeAccountSecurity(tx, userId, "secondFactorReset");
    return { ok: true } as const;
  });
}

/** The one setting: whether editors, like admins, must have a second factor. */
export async function setEditorsNeedSecondFactor(
  actor: StaffUser | null,
  required: boolean,
): Promise<SecondFactorOutcome> {
  const access = authorizeActor(actor, "manageStaff");
  if (!access.ok) return access;
  const staff = access.actor;
  return writeTransaction({ action: "staffSettings.update", actor: staff, entityId: "1" }, async (tx) => {
    const before = await tx.staffSettings.findUnique({ where: { id: 1 } });
    await tx.staffSettings.upsert({
      where: { id: 1 },
      create: { id: 1, requireSecondFactorForEditors: required },
      update: { requireSecondFactorForEditors: required },
    });
    await recordAudit(tx, staff, {
      action: "UPDATE",
      entityType: "staffSettings",
      entityId: "1",
      event: { code: "secondFactor.editorsSetting", params: { required } },
      before: { requireSecondFactorForEditors: before?.requireSecondFactorForEditors ?? false },
      after: { requireSecondFactorForEditors: required },
    });
    return { ok: true } as const;
  });
}

/** Removes one of the staff member's own passkeys, and records it, in one transaction. */
export async function removePasskey(actor: StaffUser | null, passkeyId: string): Promise<SecondFactorOutcome> {
  const access = authorizeActor(actor, "manageOwnAccount");
  if (!access.ok) return access;
  const staff = access.actor;
  return writeTransaction({ action: "passkey.delete", actor: staff, entityId: passkeyId }, async (tx) => {
    const passkey = await tx.passkey.findFirst({
      where: { id: passkeyId, userId: staff.id },
      select: { id: true, name: true },
    });
    if (!passkey) return { ok: false, reason: "notFound" } as const;
    await tx.passkey.deleteMany({ where: { id: passkey.id, userId: staff.id } });
    await recordAudit(tx, staff, {
      action: "DELETE",
      entityType: "passkey",
      entityId: passkey.id,
      event: { code: "passkey.removed", params: { passkey: passkey.name ?? "", person: personOf(staff) } },
    });
    return { ok: true } as const;
  });
}

/** Signs one of the staff member's other sessions out; never `currentSessionId` (that is "Sign out"). */
export async function revokeSession(
  actor: StaffUser | null,
  sessionId: string,
  currentSessionId: string | null,
): Promise<SecondFactorOutcome> {
  const access = authorizeActor(actor, "manageOwnAccount");
  if (!access.ok) return access;
  const staff = access.actor;
  return writeTransaction({ action: "session.revoke", actor: staff, entityId: sessionId }, async (tx) => {
    const { count } = await tx.session.deleteMany({
      where: { id: sessionId, userId: staff.id, NOT: { id: currentSessionId ?? "" } },
    });
    return count ? ({ ok: true } as const) : ({ ok: false, reason: "notFound" } as const);
  });
}

/** Signs every other session of the staff member out: this one stays. */
export async function revokeOtherSessions(
  actor: StaffUser | null,
  currentSessionId: string | null,
): Promise<SecondFactorOutcome> {
  const access = authorizeActor(actor, "manageOwnAccount");
  if (!access.ok) return access;
  const staff = access.actor;
  return writeTransaction({ action: "session.revoke-others", actor: staff }, async (tx) => {
    await tx.session.deleteMany({ where: { userId: staff.id, NOT: { id: currentSessionId ?? "" } } });
    return { ok: true } as const;
  });
}
