import "server-only";
import { base32 } from "@better-auth/utils/base32";
import { createOTP } from "@better-auth/utils/otp";
import { symmetricDecrypt } from "better-auth/crypto";
import { getAuth } from "@/lib/auth/auth";
import type { StaffUser } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { qrSvg } from "@/lib/qr/qr-code";
import { normalizeCode } from "./schema";

export type StaffSettingsValues = { requireSecondFactorForEditors: boolean };

export async function readStaffSettings(db: PrismaClient = getDb()): Promise<StaffSettingsValues> {
  const row = await db.staffSettings.findUnique({ where: { id: 1 } });
  return { requireSecondFactorForEditors: row?.requireSecondFactorForEditors ?? false };
}

type Account = { id: string; role: StaffUser["role"]; isDemo: boolean; twoFactorEnabled: boolean; passkeys: number };

async function readAccount(db: PrismaClient, userId: string): Promise<Account | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, isDemo: true, twoFactorEnabled: true, _count: { select: { passkeys: true } } },
  });
  return (
    user && {
      id: user.id,
      role: user.role,
      isDemo: user.isDemo,
      twoFactorEnabled: user.twoFactorEnabled,
      passkeys: user._count.passkeys,
    }
  );
}

/**
 * Whether this account must have a second factor before any staff page
 * other than its account page opens: every admin, editors too when the
 * setting says so. The demo admin (local mode only: a real deployment
 * refuses to start while it exists) is exempt, so the demo stays one click.
 */
export async function secondFactorMissing(userId: string, db: PrismaClient = getDb()): Promise<boolean> {
  const account = await readAccount(db, userId);
  if (!account || account.isDemo) return false;
  if (account.twoFactorEnabled || account.passkeys > 0) return false;
  if (account.role === "ADMIN") return true;
  return (await readStaffSettings(db)).requireSecondFactorForEditors;
}

/** Whether the account's authenticator app is set up and confirmed (not just begun). */
export async function authenticatorAppIsOn(userId: string): Promise<boolean> {
  const on = await getDb().user.count({
    where: { id: userId, twoFactorEnabled: true, twoFactors: { some: { verified: true } } },
  });
  return on > 0;
}

/** Whether a code is one the account's confirmed authenticator app shows around now (its step and one either side). Checks only: nothing is used up. */
export async function appCodeIsRight(userId: string, code: string): Promise<boolean> {
  const row = await getDb().twoFactor.findFirst({ where: { userId, verified: true }, select: { secret: true } });
  return row !== null && (await createOTP(await decrypt(row.secret)).verify(code));
}

/**
 * The account's unused backup code that a typed one stands for, as stored
 * (the plugin compares exactly): typed in any case, with or without spaces
 * and dashes. Codes issued before they were all capitals match too. Null
 * when none does.
 */
export async function matchingBackupCode(userId: string, typed: string): Promise<string | null> {
  const row = await getDb().twoFactor.findFirst({ where: { userId }, select: { backupCodes: true } });
  if (!row) return null;
  const codes = JSON.parse(await decrypt(row.backupCodes)) as string[];
  return codes.find((code) => normalizeCode(code) === normalizeCode(typed)) ?? null;
}

export type PasskeyItem = { id: string; name: string | null; createdAt: Date | null };

export type TotpEnrolment =
  | { state: "off" }
  | { state: "on"; backupCodesLeft: number }
  /** Password given, waiting for the first code: the QR code and the same secret as a key to type. */
  | { state: "pending"; qrSvg: string; key: string };

export type SecondFactorStatus = { totp: TotpEnrolment; passkeys: PasskeyItem[] };

async function decrypt(data: string): Promise<string> {
  const context = await getAuth().$context;
  return symmetricDecrypt({ key: context.secretConfig, data });
}

/** What the account page shows of the staff member's own second factors. Secrets stay here except as the QR code and key of a pending enrolment. */
export async function readSecondFactorStatus(user: StaffUser): Promise<SecondFactorStatus> {
  const db = getDb();
  const [row, account, passkeys] = await Promise.all([
    db.twoFactor.findFirst({ where: { userId: user.id } }),
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { twoFactorEnabled: true } }),
    db.passkey.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, createdAt: true },
    }),
  ]);
  let totp: TotpEnrolment = { state: "off" };
  if (row && account.twoFactorEnabled && row.verified) {
    const codes = JSON.parse(await decrypt(row.backupCodes)) as string[];
    totp = { state: "on", backupCodesLeft: codes.length };
  } else if (row && !row.verified) {
    const secret = await decrypt(row.secret);
    const uri = createOTP(secret).url("Encuentros", user.email);
    totp = { state: "pending", qrSvg: await qrSvg(uri), key: base32.encode(secret, { padding: false }) };
  }
  return { totp, passkeys };
}

export type SessionItem = { id: string; userAgent: string | null; createdAt: Date; lastSeenAt: Date; current: boolean };

/** The staff member's sessions that have not expired, the current one first. */
export async function listOwnSessions(userId: string, currentSessionId: string | null): Promise<SessionItem[]> {
  const rows = await getDb().session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    orderBy: { updatedAt: "desc" },
    select: { id: true, userAgent: true, createdAt: true, updatedAt: true },
  });
  return rows
    .map((row) => ({
      id: row.id,
      userAgent: row.userAgent,
      createdAt: row.createdAt,
      lastSeenAt: row.updatedAt,
      current: row.id === currentSessionId,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

const showCodesIdentifier = (userId: string) => `backup-codes-to-show-${userId}`;

/** Right after the app is confirmed: the account page may show the backup codes, once, within 10 minutes. */
export async function allowBackupCodesOnce(userId: string): Promise<void> {
  const db = getDb();
  await db.verification.deleteMany({ where: { identifier: showCodesIdentifier(userId) } });
  await db.verification.create({
    data: {
      id: crypto.randomUUID(),
      identifier: showCodesIdentifier(userId),
      value: userId,
      expiresAt: new Date(Date.now() + 10 * 60 * 1000),
    },
  });
}

/** The backup codes, if they may still be shown (the first view uses that up), or null. */
export async function takeBackupCodesToShow(userId: string): Promise<string[] | null> {
  const { count } = await getDb().verification.deleteMany({
    where: { identifier: showCodesIdentifier(userId), expiresAt: { gt: new Date() } },
  });
  if (!count) return null;
  const { backupCodes } = await getAuth().api.viewBackupCodes({ body: { userId } });
  return backupCodes;
}
