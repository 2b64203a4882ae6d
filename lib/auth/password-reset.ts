import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { APIError } from "better-auth/api";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { pagePath } from "@/lib/i18n/paths";
import { logStaffAction } from "@/lib/logging/staff-action";
import { getAuth } from "./auth";
import { RESET_TOKEN_SHAPE } from "./schema";
import { throttledCredentialCheck } from "./throttle";

/**
 * "Forgot your password?" through better-auth's own reset flow
 * (requestPasswordReset, resetPassword; lib/auth/reset-email.ts queues the
 * email). Both steps count on the sign-in throttle (lib/auth/throttle.ts).
 */

/** The throttle's "account" for a reset link tried (whose account it is, only a right one tells). */
export const RESET_LINK_ACCOUNT = "(reset link)";

/**
 * Every answer to a reset request takes at least this long, so that its
 * timing does not tell whether the address has an account (which writes a
 * link and queues an email) or not (which reads once). Unpadded, on this
 * project's 2-core machines, a known address took 58–114 ms and an unknown
 * one 27–64 ms (PGlite and PostgreSQL alike); padded, each answer takes
 * 400–402 ms (tests/integration/password-reset.test.ts checks it).
 */
export const RESET_ANSWER_MS = 400;

export type ResetRequestResult = { ok: true } | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Asks better-auth for a reset link for `email`. The answer is the same
 * whether or not an account has that address (or is deactivated), in the
 * same time. Each request counts on the throttle as a failed attempt on
 * that address (nothing was proved), so probing for staff addresses here is
 * slowed down exactly as on the sign-in form.
 */
export async function requestPasswordReset(
  email: string,
  locale: Locale,
  address: string,
): Promise<ResetRequestResult> {
  const started = Date.now();
  const normalized = email.trim().toLowerCase();
  const result = await throttledCredentialCheck(getDb(), { account: normalized, address }, async () => {
    // redirectTo names our reset page; its language comes back to lib/auth/reset-email.ts.
    await getAuth().api.requestPasswordReset({
      body: { email: normalized, redirectTo: pagePath("/admin/reset-password", locale) },
    });
    return false;
  });
  await sleep(Math.max(0, started + RESET_ANSWER_MS - Date.now()));
  if (!result.ok && result.reason === "tooManyAttempts") {
    logStaffAction({
      action: "auth.request-password-reset",
      staffUserId: null,
      outcome: "refused",
      reason: "throttled",
    });
    return { ok: false, reason: "throttled", retryAfterSeconds: result.retryAfterSeconds };
  }
  return { ok: true };
}

/** Whether a reset link's token is still good (not used, not expired): the reset page asks before showing its form. */
export async function resetLinkIsLive(token: string): Promise<boolean> {
  if (!RESET_TOKEN_SHAPE.test(token)) return false;
  const { internalAdapter } = await getAuth().$context;
  const verification = await internalAdapter.findVerificationValue(`reset-password:${token}`);
  return Boolean(verification && new Date(verification.expiresAt) > new Date());
}

export type ResetResult =
  { ok: true } | { ok: false; reason: "invalidLink" } | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Sets the new password through better-auth's resetPassword: the link works
 * once (its token is consumed in the same transaction as the password and
 * the end of every session). The new password has passed the password
 * policy already (lib/auth/schema.ts). A wrong or spent link counts on the
 * throttle like a wrong password.
 */
export async function resetPasswordWithLink(token: string, newPassword: string, address: string): Promise<ResetResult> {
  const result = await throttledCredentialCheck(getDb(), { account: RESET_LINK_ACCOUNT, address }, async () => {
    try {
      await getAuth().api.resetPassword({ body: { token, newPassword } });
      return true;
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
      return false;
    }
  });
  if (result.ok) return { ok: true };
  logStaffAction({
    action: "auth.password-reset",
    staffUserId: null,
    outcome: "refused",
    reason: result.reason === "tooManyAttempts" ? "throttled" : "invalidLink",
  });
  return result.reason === "tooManyAttempts"
    ? { ok: false, reason: "throttled", retryAfterSeconds: result.retryAfterSeconds }
    : { ok: false, reason: "invalidLink" };
}
