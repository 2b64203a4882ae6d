import { getAuth } from "@/lib/auth/auth";
import type { StaffUser } from "@/lib/auth/roles";
import { hashPassword, makeSignature } from "better-auth/crypto";
import { insertHashedStaffAccount } from "@/lib/auth/staff-accounts";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";

export const TEST_PASSWORD = "correct-horse-battery-2027";

// Hashed once: scrypt takes a tenth of a second, and the authorization table alone makes hundreds of accounts.
let testPasswordHash: Promise<string> | undefined;

/** A staff account whose password is TEST_PASSWORD, written as `createStaffAccount` does. */
export async function testStaffAccount(db: PrismaClient, account: { email: string; name: string; role: StaffRole }) {
  const password = await (testPasswordHash ??= hashPassword(TEST_PASSWORD));
  return db.$transaction((tx) => insertHashedStaffAccount(tx, account, password));
}

/**
 * A staff account and the Cookie header of a fresh session for it, made
 * by better-auth's own session store and signed as its sign-in signs it
 * (without a password check: scrypt takes a tenth of a second, and the
 * authorization table signs in hundreds of accounts; sign-in itself is
 * tested in sign-in.test.ts and login-throttle.test.ts). It has a passkey on
 * record (a second factor, which admins need before any action) unless
 * `secondFactor` is false.
 */
export async function signedInStaff(
  db: PrismaClient,
  role: StaffRole,
  email: string,
  { secondFactor = true } = {},
): Promise<{ user: StaffUser; cookie: string }> {
  const created = await testStaffAccount(db, { email, name: `${role.toLowerCase()} ${email}`, role });
  if (secondFactor) {
    const id = `test-passkey-${created.id}`;
    await db.passkey.create({
      data: {
        id,
        userId: created.id,
        name: "Test key",
        publicKey: "unused",
        credentialID: id,
        counter: 0,
        deviceType: "singleDevice",
        backedUp: false,
      },
    });
  }
  const context = await getAuth().$context;
  const { token } = await context.internalAdapter.createSession(created.id);
  const signed = encodeURIComponent(`${token}.${await makeSignature(token, context.secret)}`);
  const cookie = `${context.authCookies.sessionToken.name}=${signed}`;
  return { user: { id: created.id, email: created.email, name: created.name, role: created.role }, cookie };
}

/** What a server action ended with: its return value, or the redirect it threw. */
export type ActionOutcome = { redirect: string | null; value: unknown };

export async function settle(run: () => Promise<unknown>): Promise<ActionOutcome> {
  try {
    return { redirect: null, value: await run() };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) {
      return { redirect: digest.split(";")[2] ?? "", value: undefined };
    }
    throw error;
  }
}
