import { hashPassword } from "better-auth/crypto";
import type { Tx } from "@/lib/db/write-transaction";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { noticeAccountSecurity } from "@/lib/notices/account-security";

export type NewStaffAccount = { email: string; name: string; password: string; role: StaffRole; isDemo?: boolean };

/**
 * Writes a staff account the way better-auth's own sign-up would (a user
 * row and a "credential" account holding the scrypt hash) inside the
 * caller's transaction. Sign-up itself is disabled: accounts come from
 * admins and `npm run admin:create`.
 */
export async function insertStaffAccount(tx: Tx, account: NewStaffAccount) {
  return insertHashedStaffAccount(tx, account, await hashPassword(account.password));
}

/** As insertStaffAccount, with the password's hash made already (the tests make many accounts with one password). */
export async function insertHashedStaffAccount(tx: Tx, account: Omit<NewStaffAccount, "password">, password: string) {
  const email = account.email.trim().toLowerCase();
  const user = await tx.user.create({
    data: {
      email,
      name: account.name.trim(),
      role: account.role,
      isDemo: account.isDemo ?? false,
      emailVerified: true,
    },
  });
  await tx.account.create({
    data: { id: crypto.randomUUID(), accountId: user.id, providerId: "credential", userId: user.id, password },
  });
  return user;
}

export async function createStaffAccount(db: PrismaClient, account: NewStaffAccount) {
  return db.$transaction((tx) => insertStaffAccount(tx, account));
}

/** Sets a new password and signs the account out everywhere. */
export async function setStaffPassword(db: PrismaClient, userId: string, newPassword: string): Promise<void> {
  const password = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.account.updateMany({ where: { userId, providerId: "credential" }, data: { password } });
    await tx.session.deleteMany({ where: { userId } });
    await noticeAccountSecurity(tx, userId, "passwordChanged");
  });
}
