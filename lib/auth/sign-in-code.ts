import "server-only";
import { APIError } from "better-auth/api";
import { getDb } from "@/lib/db/client";
import { logStaffAction } from "@/lib/logging/staff-action";
import { recordSecondFactorEvent } from "@/lib/second-factor/events";
import { codeKind } from "@/lib/second-factor/schema";
import { getAuth } from "./auth";
import { throttledCredentialCheck } from "./throttle";

export type CodeResult =
  | { ok: true }
  | { ok: false; reason: "invalid" | "expired" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

function readCookie(requestHeaders: Headers, name: string): string | null {
  for (const part of (requestHeaders.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

/**
 * Whose password was just accepted, from the twoFactor plugin's sign-in
 * cookie (a signed random identifier of a verification row that holds the
 * account id). Only read here to count wrong codes on the account's
 * throttle row; the plugin checks the signature itself before accepting a code.
 */
export async function pendingSignInAccount(requestHeaders: Headers): Promise<{ id: string; email: string; name: string; role: "ADMIN" | "EDITOR" } | null> {
  const context = await getAuth().$context;
  const signed = readCookie(requestHeaders, context.createAuthCookie("two_factor").name);
  const identifier = signed?.slice(0, signed.lastIndexOf("."));
  if (!identifier) return null;
  const db = getDb();
  const pending = await db.verification.findFirst({ where: { identifier, expiresAt: { gt: new Date() } }, select: { value: true } });
  if (!pending) return null;
  return db.user.findFirst({ where: { id: pending.value, active: true }, select: { id: true, email: true, name: true, role: true } });
}

// A code from the app is valid for its 30-second step and one step either side.
const CODE_LIFETIME_MS = 90_000;

/**
 * Takes a code from the app for this account, on every instance at once (one
 * conditional UPDATE): false when the same code was already tried while it
 * could still be valid, which is someone replaying a code they saw typed or
 * caught. better-auth's plugin accepts a code again within its window.
 */
async function claimAppCode(userId: string, code: string, now = new Date()): Promise<boolean> {
  const cutoff = new Date(now.getTime() - CODE_LIFETIME_MS);
  const { count } = await getDb().twoFactor.updateMany({
    where: { userId, OR: [{ lastCode: null }, { lastCode: { not: code } }, { lastCodeAt: null }, { lastCodeAt: { lte: cutoff } }] },
    data: { lastCode: code, lastCodeAt: now },
  });
  return count > 0;
}

/**
 * The second step of signing in: a code from the authenticator app or a
 * backup code. A wrong code counts on the same throttle rows as a wrong
 * password (the account's email at this address, and the address); the
 * plugin also ends the sign-in after 5 wrong codes, so the password must be
 * typed again. A code from the app works once (claimAppCode); a used backup
 * code is gone for good (the plugin removes it) and its use goes to the
 * audit log.
 */
export async function verifySignInCode(rawCode: string, ip: string, requestHeaders: Headers): Promise<CodeResult> {
  const account = await pendingSignInAccount(requestHeaders);
  if (!account) return { ok: false, reason: "expired" };
  const { kind, code } = codeKind(rawCode);
  const result = await throttledCredentialCheck(getDb(), { account: account.email, address: ip }, async () => {
    try {
      if (kind === "totp") {
        if (!(await claimAppCode(account.id, code))) return false;
        await getAuth().api.verifyTOTP({ body: { code }, headers: requestHeaders });
      }
      else await getAuth().api.verifyBackupCode({ body: { code }, headers: requestHeaders });
      return true;
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
      return false;
    }
  });
  if (!result.ok && result.reason === "tooManyAttempts") {
    logStaffAction({ action: "auth.sign-in-code", staffUserId: account.id, outcome: "refused", reason: "throttled" });
    return { ok: false, reason: "throttled", retryAfterSeconds: result.retryAfterSeconds };
  }
  if (!result.ok) {
    logStaffAction({ action: "auth.sign-in-code", staffUserId: account.id, outcome: "refused", reason: "invalid" });
    return { ok: false, reason: "invalid" };
  }
  if (kind === "backup") {
    await recordSecondFactorEvent(account, { action: "UPDATE", entityType: "secondFactor", summary: `Backup code used to sign in: ${account.name} <${account.email}>` });
  }
  logStaffAction({ action: "auth.sign-in", staffUserId: account.id, outcome: "ok" });
  return { ok: true };
}
