import "server-only";
import { personOf } from "@/lib/audit/events";
import { getDb } from "@/lib/db/client";
import { logStaffAction } from "@/lib/logging/staff-action";
import { recordSecondFactorEvent } from "@/lib/second-factor/events";
import { codeKind } from "@/lib/second-factor/schema";
import { getAuth } from "./auth";
import { readCookie, unsignedPart } from "./request-cookie";
import { checkSecondFactorCode, type CodeCheck } from "./second-factor-code";
import { throttledCredentialCheck } from "./throttle";

export type CodeResult =
  | { ok: true }
  | { ok: false; reason: "invalid" | "expired" | "alreadyUsed" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Whose password was just accepted, from the twoFactor plugin's sign-in
 * cookie (a signed random identifier of a verification row that holds the
 * account id). Only read here to count wrong codes on the account's
 * throttle row; the plugin checks the signature itself before accepting a code.
 */
export async function pendingSignInAccount(
  requestHeaders: Headers,
): Promise<{ id: string; email: string; name: string; role: "ADMIN" | "EDITOR" } | null> {
  const context = await getAuth().$context;
  const identifier = unsignedPart(readCookie(requestHeaders, context.createAuthCookie("two_factor").name));
  if (!identifier) return null;
  const db = getDb();
  const pending = await db.verification.findFirst({
    where: { identifier, expiresAt: { gt: new Date() } },
    select: { value: true },
  });
  if (!pending) return null;
  return db.user.findFirst({
    where: { id: pending.value, active: true },
    select: { id: true, email: true, name: true, role: true },
  });
}

/**
 * The second step of signing in: a code from the authenticator app or a
 * backup code. A wrong code counts on the same throttle rows as a wrong
 * password (the account's email at this address, and the address); the
 * plugin also ends the sign-in after 5 wrong codes, so the password must be
 * typed again. Each code works once (checkSecondFactorCode): a right code
 * from the app typed again is answered "already used", so its owner knows
 * to wait for the next one. A backup code's use goes to the audit log.
 */
export async function verifySignInCode(rawCode: string, ip: string, requestHeaders: Headers): Promise<CodeResult> {
  const account = await pendingSignInAccount(requestHeaders);
  if (!account) return { ok: false, reason: "expired" };
  let check = "wrong" as CodeCheck;
  const result = await throttledCredentialCheck(getDb(), { account: account.email, address: ip }, async () => {
    check = await checkSecondFactorCode(account.id, rawCode, requestHeaders);
    return check === "right";
  });
  if (!result.ok && result.reason === "tooManyAttempts") {
    logStaffAction({ action: "auth.sign-in-code", staffUserId: account.id, outcome: "refused", reason: "throttled" });
    return { ok: false, reason: "throttled", retryAfterSeconds: result.retryAfterSeconds };
  }
  if (!result.ok) {
    const reason = check === "alreadyUsed" ? "alreadyUsed" : "invalid";
    logStaffAction({ action: "auth.sign-in-code", staffUserId: account.id, outcome: "refused", reason });
    return { ok: false, reason };
  }
  if (codeKind(rawCode).kind === "backup") {
    await recordSecondFactorEvent(account, {
      action: "UPDATE",
      entityType: "secondFactor",
      event: { code: "secondFactor.backupCodeSignIn", params: { person: personOf(account) } },
    });
  }
  logStaffAction({ action: "auth.sign-in", staffUserId: account.id, outcome: "ok" });
  return { ok: true };
}
