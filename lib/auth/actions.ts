"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect as redirectTo } from "next/navigation";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";
import { formRefusal, runStaffForm } from "@/lib/forms/staff-form-action";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { logStaffAction } from "@/lib/logging/staff-action";
import { CODE_SHAPE, codeSchema, passkeyResponseSchema } from "@/lib/second-factor/schema";
import { getAuth } from "./auth";
import { clientIp } from "./client-ip";
import { safeReturnPath } from "./return-path";
import { credentialError, ownPasswordIsRight, throttledOwnCredential, waitFor } from "./own-credential";
import { CHANGE_PASSWORD_SHAPE, changePasswordSchema, SIGN_IN_SHAPE, signInSchema } from "./schema";
import { signInStaff } from "./sign-in";
import { verifySignInCode } from "./sign-in-code";
import { setStaffPassword } from "./staff-accounts";

function safeLocale(locale: unknown): Locale {
  return isLocale(locale) ? locale : "es";
}

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
  return runStaffForm(locale, formData, options, async (form) => {
    const requestHeaders = await headers();
    const next = safeReturnPath(form.values.next, form.locale);
    const result = await signInStaff(form.input.email, form.input.password, clientIp(requestHeaders), requestHeaders);
    if (result.ok && result.needsCode) return backToSignIn(form.locale, { step: "code" }, next);
    if (result.ok) return intoStaffArea(form.locale, next);
    const error = result.reason === "throttled"
      ? { key: "signInThrottled" as const, values: waitFor(result.retryAfterSeconds) }
      : { key: "signInRefused" as const };
    return formRefusal(form.values, "refused", { form: error });
  });
}

/** The second step of signing in: a code from the authenticator app or a backup code. */
export async function verifySignInCodeAction(locale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const options = { action: "auth.sign-in-code", permission: null, schema: codeSchema, shape: CODE_SHAPE } as const;
  return runStaffForm(locale, formData, options, async (form) => {
    const requestHeaders = await headers();
    const next = safeReturnPath(form.values.next, form.locale);
    const result = await verifySignInCode(form.input.code, clientIp(requestHeaders), requestHeaders);
    if (result.ok) return intoStaffArea(form.locale, next);
    if (result.reason === "expired") return backToSignIn(form.locale, { expired: "1" }, next);
    const error = result.reason === "throttled"
      ? { key: "signInThrottled" as const, values: waitFor(result.retryAfterSeconds) }
      : { key: result.reason === "alreadyUsed" ? ("codeAlreadyUsed" as const) : ("wrongCode" as const) };
    return formRefusal(form.values, "refused", { code: error });
  });
}

/** Passkey sign-in, first half: the challenge for the browser's passkey prompt (kept in a signed cookie by the plugin). */
export async function passkeySignInOptionsAction(): Promise<unknown> {
  return getAuth().api.generatePasskeyAuthenticationOptions({ headers: await headers() });
}

/**
 * Passkey sign-in, second half: the browser's signed answer. A passkey is
 * itself two factors (the device, and its PIN or fingerprint), so no code
 * follows. Answers with a redirect, or false when the passkey was not accepted.
 */
export async function passkeySignInAction(locale: string, next: string | null, response: unknown): Promise<false> {
  const parsed = passkeyResponseSchema.safeParse(response);
  if (!parsed.success) return false;
  let userId: string;
  try {
    // The plugin checks the signature, challenge, origin and counter; the schema only keeps out what is not a WebAuthn answer at all.
    const body = { response: parsed.data as never };
    const result = await getAuth().api.verifyPasskeyAuthentication({ body, headers: await headers() });
    userId = result.session.userId;
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    logStaffAction({ action: "auth.sign-in-passkey", staffUserId: null, outcome: "refused", reason: "invalid" });
    return false;
  }
  // A deactivated account's new session is deleted on its first use (lib/auth/session.ts).
  logStaffAction({ action: "auth.sign-in", staffUserId: userId, outcome: "ok" });
  return intoStaffArea(safeLocale(locale), safeReturnPath(next, safeLocale(locale)));
}

export async function signOutAction(locale: Locale): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect({ href: { pathname: "/admin/login", query: { signedOut: "1" } }, locale: safeLocale(locale) });
}

export async function changePasswordAction(locale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const options = { action: "auth.change-password", permission: "changeOwnPassword", schema: changePasswordSchema, shape: CHANGE_PASSWORD_SHAPE } as const;
  return runStaffForm(locale, formData, options, async ({ user, input, values }) => {
    // The current password is this change's own proof that it is really them.
    const proof = await throttledOwnCredential(user, () => ownPasswordIsRight(user.id, input.currentPassword));
    if (!proof.ok) return formRefusal(values, "invalid", { currentPassword: credentialError(proof, { key: "wrongPassword" }) });
    await setStaffPassword(getDb(), user.id, input.newPassword);
    // Every session was revoked, this one included: sign in again with the new password.
    const requestHeaders = await headers();
    await getAuth().api.signInEmail({ body: { email: user.email, password: input.newPassword, rememberMe: false }, headers: requestHeaders });
    return { status: "done", values: {}, errors: {}, done: "passwordChanged" };
  });
}
