import "server-only";
import { randomBytes } from "node:crypto";
import { APIError } from "better-auth/api";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { getDb } from "@/lib/db/client";
import { logStaffAction } from "@/lib/logging/staff-action";
import { getAuth } from "./auth";
import { throttledCredentialCheck } from "./throttle";

export type SignInResult =
  | { ok: true; needsCode: boolean }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

// Verified against for a deactivated account, so that it takes as long to
// refuse as a wrong password: the answer's timing must not tell which staff
// addresses exist. Made once, from a password nobody knows.
const NO_ACCOUNT_HASH = hashPassword(randomBytes(32).toString("base64url"));

/**
 * Checks the throttle, then lets better-auth verify the password and set a
 * fresh session cookie (a new session on every sign-in: no fixation).
 * Unknown, deactivated and wrong-password accounts get the same answer, in
 * the same time.
 */
export async function signInStaff(
  email: string,
  password: string,
  ip: string,
  requestHeaders: Headers,
): Promise<SignInResult> {
  const db = getDb();
  const normalized = email.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email: normalized }, select: { id: true, active: true } });
  let needsCode = false;
  const result = await throttledCredentialCheck(db, { account: normalized, address: ip }, async () => {
    if (user && !user.active) {
      // Never a session, but the work of a real attempt: the reads better-auth makes, and a hash check.
      await db.user.findUnique({ where: { email: normalized }, include: { accounts: true } });
      await verifyPassword({ hash: await NO_ACCOUNT_HASH, password });
      return false;
    }
    // An unknown email goes through better-auth too: it makes the same reads and hashes the password anyway.
    try {
      const answer = await getAuth().api.signInEmail({
        body: { email: normalized, password, rememberMe: false },
        headers: requestHeaders,
      });
      // An account with an authenticator app gets no session yet: the
      // twoFactor plugin set a short-lived cookie for the code step instead.
      needsCode = "twoFactorRedirect" in answer && answer.twoFactorRedirect === true;
      // Only a completed sign-in takes the account's typos off its address's count (lib/auth/throttle.ts).
      return needsCode ? "secondFactorNext" : true;
    } catch (error) {
      // A wrong password; anything else (a database fault) is not a failed sign-in.
      if (!(error instanceof APIError)) throw error;
      return false;
    }
  });
  if (!result.ok && result.reason === "tooManyAttempts") {
    logStaffAction({ action: "auth.sign-in", staffUserId: null, outcome: "refused", reason: "throttled" });
    return { ok: false, reason: "throttled", retryAfterSeconds: result.retryAfterSeconds };
  }
  if (!result.ok) {
    // The account's id when there is one: repeated refusals show which account is being guessed.
    logStaffAction({
      action: "auth.sign-in",
      staffUserId: user?.id ?? null,
      outcome: "refused",
      reason: user ? "invalid" : "unknownAccount",
    });
    return { ok: false, reason: "invalid" };
  }
  if (!needsCode) logStaffAction({ action: "auth.sign-in", staffUserId: user!.id, outcome: "ok" });
  return { ok: true, needsCode };
}
