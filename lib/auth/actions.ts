"use server";

import { verifyPassword } from "better-auth/crypto";
import { headers } from "next/headers";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";
import { formRefusal, runStaffForm } from "@/lib/forms/staff-form-action";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { getAuth } from "./auth";
import { clientIp } from "./client-ip";
import { CHANGE_PASSWORD_SHAPE, changePasswordSchema, SIGN_IN_SHAPE, signInSchema } from "./schema";
import { signInStaff } from "./sign-in";
import { setStaffPassword } from "./staff-accounts";

function safeLocale(locale: unknown): Locale {
  return isLocale(locale) ? locale : "es";
}

/** Under a minute in seconds, otherwise in whole minutes (rounded up). */
function waitFor(seconds: number): { unit: "second" | "minute"; count: number } {
  return seconds < 60 ? { unit: "second", count: seconds } : { unit: "minute", count: Math.ceil(seconds / 60) };
}

export async function signInAction(locale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const options = { action: "auth.sign-in", permission: null, schema: signInSchema, shape: SIGN_IN_SHAPE } as const;
  return runStaffForm(locale, formData, options, async (form) => {
    const requestHeaders = await headers();
    const result = await signInStaff(form.input.email, form.input.password, clientIp(requestHeaders), requestHeaders);
    if (result.ok) return redirect({ href: "/admin", locale: form.locale });
    const error = result.reason === "throttled"
      ? { key: "signInThrottled" as const, values: waitFor(result.retryAfterSeconds) }
      : { key: "signInRefused" as const };
    return formRefusal(form.values, "refused", { form: error });
  });
}

export async function signOutAction(locale: Locale): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect({ href: { pathname: "/admin/login", query: { signedOut: "1" } }, locale: safeLocale(locale) });
}

export async function changePasswordAction(locale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const options = { action: "auth.change-password", permission: "changeOwnPassword", schema: changePasswordSchema, shape: CHANGE_PASSWORD_SHAPE } as const;
  return runStaffForm(locale, formData, options, async ({ user, input, values }) => {
    const account = await getDb().account.findFirst({ where: { userId: user.id, providerId: "credential" }, select: { password: true } });
    if (!account?.password || !(await verifyPassword({ hash: account.password, password: input.currentPassword }))) {
      return formRefusal(values, "invalid", { currentPassword: { key: "wrongPassword" } });
    }
    await setStaffPassword(getDb(), user.id, input.newPassword);
    // Every session was revoked, this one included: sign in again with the new password.
    const requestHeaders = await headers();
    await getAuth().api.signInEmail({ body: { email: user.email, password: input.newPassword, rememberMe: false }, headers: requestHeaders });
    return { status: "done", values: {}, errors: {}, done: "passwordChanged" };
  });
}
