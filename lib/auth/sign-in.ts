import "server-only";
import { APIError } from "better-auth/api";
import { getDb } from "@/lib/db/client";
import { logStaffAction } from "@/lib/logging/staff-action";
import { getAuth } from "./auth";
import { checkLoginThrottle, clearLoginFailures, recordLoginFailure } from "./throttle";

export type SignInResult = { ok: true } | { ok: false; reason: "invalid" } | { ok: false; reason: "throttled"; retryAfterMinutes: number };

/**
 * Checks the throttle, then lets better-auth verify the password and set a
 * fresh session cookie (a new session on every sign-in: no fixation).
 * Unknown, deactivated and wrong-password accounts get the same answer.
 */
export async function signInStaff(email: string, password: string, ip: string, requestHeaders: Headers): Promise<SignInResult> {
  const db = getDb();
  const normalized = email.trim().toLowerCase();
  const throttle = await checkLoginThrottle(db, normalized, ip);
  if (!throttle.ok) {
    logStaffAction({ action: "auth.sign-in", staffUserId: null, outcome: "refused", reason: "throttled" });
    return { ok: false, reason: "throttled", retryAfterMinutes: throttle.retryAfterMinutes };
  }

  const user = await db.user.findUnique({ where: { email: normalized }, select: { id: true, active: true } });
  let signedIn = false;
  if (user?.active) {
    try {
      await getAuth().api.signInEmail({ body: { email: normalized, password, rememberMe: false }, headers: requestHeaders });
      signedIn = true;
    } catch (error) {
      // A wrong password; anything else (a database fault) is not a failed sign-in.
      if (!(error instanceof APIError)) throw error;
    }
  }
  if (!signedIn) {
    await recordLoginFailure(db, normalized, ip);
    // The account's id when there is one: repeated refusals show which account is being guessed.
    logStaffAction({ action: "auth.sign-in", staffUserId: user?.id ?? null, outcome: "refused", reason: user ? "invalid" : "unknownAccount" });
    return { ok: false, reason: "invalid" };
  }
  await clearLoginFailures(db, normalized);
  logStaffAction({ action: "auth.sign-in", staffUserId: user!.id, outcome: "ok" });
  return { ok: true };
}
