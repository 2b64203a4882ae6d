"use server";

import { APIError } from "better-auth/api";
import { cookies, headers } from "next/headers";
import { redirect as redirectTo } from "next/navigation";
import { getDb } from "@/lib/db/client";
import type { FieldError, FormState } from "@/lib/forms/form-state";
import { formWithErrors } from "@/lib/commands/outcome";
import { runFormAction } from "@/lib/forms/form-action";
import { type Locale, safeLocale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { logStaffAction } from "@/lib/logging/staff-action";
import { CODE_SHAPE, codeSchema, passkeyResponseSchema } from "@/lib/second-factor/schema";
import { getAuth } from "./auth";
import { clientIp } from "./client-ip";
import {
  challengeCookie,
  newPasskeyChallenge,
  preparePasskeyAnswer,
  type PasskeyRequestOptions,
} from "./passkey-challenge";
import { safeReturnPath } from "./return-path";
import { credentialError, ownPasswordIsRight, throttledOwnCredential, waitFor } from "./own-credential";
import { emailDelivery } from "@/lib/email/delivery";
import { requestPasswordReset, resetPasswordWithLink } from "./password-reset";
import {
  CHANGE_PASSWORD_SHAPE,
  changePasswordSchema,
  forgotPasswordSchema,
  RESET_PASSWORD_SHAPE,
  resetPasswordSchema,
  SIGN_IN_SHAPE,
  signInSchema,
} from "./schema";
import { signInStaff } from "./sign-in";
import { verifySignInCode } from "./sign-in-code";
import { addressWait, PASSKEY_ACCOUNT, signInCompleted, throttledCredentialCheck } from "./throttle";
import { setStaffPassword } from "./staff-accounts";

/** Where a finished sign-in goes: back to the staff page the sign-in page was given (`next`), or the dashboard. */
function intoStaffArea(locale: Locale, next: string | null): never {
  return next ? redirectTo(next) : redirect({ href: "/admin", locale });
}

/** The sign-in page again (the code step, or the start when it ran out), still knowing where to go after. */
function backToSignIn(locale: Locale, query: Record<string, string>, next: string | null): never {
  return redirect({ href: { pathname: "/admin/login", query: { ...query, ...(next ? { next } : {}) } }, locale });
}

export async function signInAction(locale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const options = { action: "auth.sign-in", permission: null, schema: signInSchema, shape: SIGN_IN_SHAPE } as const;
  return runFormAction(locale, formData, options, async (form) => {
    const requestHeaders = await headers();
    const next = safeReturnPath(form.values.next, form.locale);
    const result = await signInStaff(form.input.email, form.input.password, clientIp(requestHeaders), requestHeaders);
    if (result.ok && result.needsCode) return backToSignIn(form.locale, { step: "code" }, next);
    if (result.ok) return intoStaffArea(form.locale, next);
    const error =
      result.reason === "throttled"
        ? { key: "signInThrottled" as const, values: waitFor(result.retryAfterSeconds) }
        : { key: "signInRefused" as const };
    return formWithErrors(form.values, "refused", { form: error });
  });
}

/** The second step of signing in: a code from the authenticator app or a backup code. */
export async function verifySignInCodeAction(
  locale: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const options = { action: "auth.sign-in-code", permission: null, schema: codeSchema, shape: CODE_SHAPE } as const;
  return runFormAction(locale, formData, options, async (form) => {
    const requestHeaders = await headers();
    const next = safeReturnPath(form.values.next, form.locale);
    const result = await verifySignInCode(form.input.code, clientIp(requestHeaders), requestHeaders);
    if (result.ok) return intoStaffArea(form.locale, next);
    if (result.reason === "expired") return backToSignIn(form.locale, { expired: "1" }, next);
    const error =
      result.reason === "throttled"
        ? { key: "signInThrottled" as const, values: waitFor(result.retryAfterSeconds) }
        : { key: result.reason === "alreadyUsed" ? ("codeAlreadyUsed" as const) : ("wrongCode" as const) };
    return formWithErrors(form.values, "refused", { code: error });
  });
}

export type PasskeyOptionsAnswer = { ok: true; options: PasskeyRequestOptions } | { ok: false; error: FieldError };

/**
 * Passkey sign-in, first half: the challenge for the browser's passkey
 * prompt, in a signed cookie and nowhere else (lib/auth/passkey-challenge.ts),
 * refused while the client's address must wait (lib/auth/throttle.ts).
 */
export async function passkeySignInOptionsAction(): Promise<PasskeyOptionsAnswer> {
  const wait = await addressWait(getDb(), clientIp(await headers()));
  if (wait > 0) return { ok: false, error: { key: "signInThrottled", values: waitFor(wait) } };
  const { options, cookieValue } = await newPasskeyChallenge();
  const cookie = await challengeCookie();
  (await cookies()).set(cookie.name, cookieValue, cookie.attributes);
  return { ok: true, options };
}

/**
 * Passkey sign-in, second half: the browser's signed answer, counted on the
 * client's address like a password (a refused passkey is a failure there).
 * A passkey is itself two factors (the device, and its PIN or fingerprint),
 * so no code follows and the sign-in is complete. Answers with a redirect,
 * or false when the passkey was not accepted or the address must wait.
 */
export async function passkeySignInAction(locale: string, next: string | null, response: unknown): Promise<false> {
  const parsed = passkeyResponseSchema.safeParse(response);
  if (!parsed.success) return false;
  const requestHeaders = await headers();
  const address = clientIp(requestHeaders);
  const db = getDb();
  let userId: string | null = null;
  const result = await throttledCredentialCheck(db, { account: PASSKEY_ACCOUNT, address }, async () => {
    const cookie = await challengeCookie();
    if (!(await preparePasskeyAnswer((await cookies()).get(cookie.name)?.value))) return false;
    try {
      // The plugin checks the signature, challenge, origin and counter; the schema only keeps out what is not a WebAuthn answer at all.
      const body = { response: parsed.data as never };
      userId = (await getAuth().api.verifyPasskeyAuthentication({ body, headers: requestHeaders })).session.userId;
      return true;
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
      return false;
    }
  });
  if (!result.ok || !userId) {
    logStaffAction({
      action: "auth.sign-in-passkey",
      staffUserId: null,
      outcome: "refused",
      reason: result.ok ? "invalid" : result.reason === "tooManyAttempts" ? "throttled" : "invalid",
    });
    return false;
  }
  // The account's password typos from this address stop counting against its neighbours, as after any completed sign-in.
  const account = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (account) await signInCompleted(db, { account: account.email, address });
  // A deactivated account's new session is deleted on its first use (lib/auth/session.ts).
  logStaffAction({ action: "auth.sign-in", staffUserId: userId, outcome: "ok" });
  return intoStaffArea(safeLocale(locale), safeReturnPath(next, safeLocale(locale)));
}

export async function signOutAction(locale: Locale): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect({ href: { pathname: "/admin/login", query: { signedOut: "1" } }, locale: safeLocale(locale) });
}

export async function changePasswordAction(
  locale: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const options = {
    action: "auth.change-password",
    permission: "manageOwnAccount",
    schema: changePasswordSchema,
    shape: CHANGE_PASSWORD_SHAPE,
  } as const;
  return runFormAction(locale, formData, options, async ({ user, input, values }) => {
    // The current password is this change's own proof that it is really them.
    const proof = await throttledOwnCredential(user, () => ownPasswordIsRight(user.id, input.currentPassword));
    if (!proof.ok)
      return formWithErrors(values, "invalid", { currentPassword: credentialError(proof, { key: "wrongPassword" }) });
    await setStaffPassword(getDb(), user.id, input.newPassword);
    // Every session was revoked, this one included: sign in again with the new password.
    const requestHeaders = await headers();
    await getAuth().api.signInEmail({
      body: { email: user.email, password: input.newPassword, rememberMe: false },
      headers: requestHeaders,
    });
    return { status: "done", values: {}, errors: {}, done: "passwordChanged" };
  });
}

/**
 * "Forgot your password?": the same answer (a page saying a link was sent
 * if the address has an account) whether or not it has one, in the same
 * time; only a throttled address is told to wait, as on the sign-in form.
 */
export async function requestPasswordResetAction(
  locale: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const options = { action: "auth.request-password-reset", permission: null, schema: forgotPasswordSchema } as const;
  return runFormAction(locale, formData, options, async (form) => {
    if (emailDelivery().mode === "off")
      return formWithErrors(form.values, "refused", { form: { key: "resetUnavailable" } });
    const result = await requestPasswordReset(form.input.email, form.locale, clientIp(await headers()));
    if (!result.ok)
      return formWithErrors(form.values, "refused", {
        form: { key: "signInThrottled", values: waitFor(result.retryAfterSeconds) },
      });
    return redirect({ href: { pathname: "/admin/forgot-password", query: { sent: "1" } }, locale: form.locale });
  });
}

/** The new password, through a reset link: then to the sign-in page (the second factor is still asked for). */
export async function resetPasswordAction(
  locale: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const options = {
    action: "auth.password-reset",
    permission: null,
    schema: resetPasswordSchema,
    shape: RESET_PASSWORD_SHAPE,
  } as const;
  return runFormAction(locale, formData, options, async (form) => {
    const result = await resetPasswordWithLink(form.input.token, form.input.newPassword, clientIp(await headers()));
    if (result.ok)
      return redirect({ href: { pathname: "/admin/login", query: { passwordReset: "1" } }, locale: form.locale });
    if (result.reason === "invalidLink")
      return redirect({ href: { pathname: "/admin/forgot-password", query: { expired: "1" } }, locale: form.locale });
    return formWithErrors(form.values, "refused", {
      form: { key: "signInThrottled", values: waitFor(result.retryAfterSeconds) },
    });
  });
}
