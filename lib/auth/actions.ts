"use server";

import { verifyPassword } from "better-auth/crypto";
import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { isPlainText } from "@/lib/text/plain-text";
import { getAuth } from "./auth";
import { clientIp } from "./client-ip";
import { passwordProblem, PASSWORD_MAX_LENGTH, type PasswordProblem } from "./password-policy";
import { getStaffUser } from "./session";
import { signInStaff } from "./sign-in";
import { setStaffPassword } from "./staff-accounts";

export type SignInState = { email: string; error?: "invalid" | "missing" | "throttled"; retryAfterSeconds?: number };

const signInSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

function safeLocale(locale: unknown): Locale {
  return isLocale(locale) ? locale : "es";
}

export async function signInAction(locale: Locale, _previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  const email = String(formData.get("email") ?? "").slice(0, 254);
  if (!parsed.success) return { email, error: "missing" };
  // No account has such an address, and the database cannot even look one up.
  if (!isPlainText(parsed.data.email)) return { email, error: "invalid" };
  const requestHeaders = await headers();
  const result = await signInStaff(parsed.data.email, parsed.data.password, clientIp(requestHeaders), requestHeaders);
  if (!result.ok) {
    return result.reason === "throttled"
      ? { email, error: "throttled", retryAfterSeconds: result.retryAfterSeconds }
      : { email, error: "invalid" };
  }
  return redirect({ href: "/admin", locale: safeLocale(locale) });
}

export async function signOutAction(locale: Locale): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect({ href: { pathname: "/admin/login", query: { signedOut: "1" } }, locale: safeLocale(locale) });
}

export type ChangePasswordState = {
  status: "idle" | "changed" | "error";
  error?: PasswordProblem | "wrongCurrent" | "mismatch" | "failed";
};

export async function changePasswordAction(
  _previous: ChangePasswordState,
  formData: FormData,
): Promise<ChangePasswordState> {
  const user = await getStaffUser();
  if (!user) return { status: "error", error: "failed" };
  const current = String(formData.get("currentPassword") ?? "");
  const next = String(formData.get("newPassword") ?? "");
  if (next !== String(formData.get("confirmPassword") ?? "")) return { status: "error", error: "mismatch" };
  const problem = passwordProblem(next);
  if (problem) return { status: "error", error: problem };

  const account = await getDb().account.findFirst({ where: { userId: user.id, providerId: "credential" }, select: { password: true } });
  if (!account?.password || !(await verifyPassword({ hash: account.password, password: current }))) {
    return { status: "error", error: "wrongCurrent" };
  }
  await setStaffPassword(getDb(), user.id, next);
  // Every session was revoked, this one included: sign in again with the new password.
  const requestHeaders = await headers();
  await getAuth().api.signInEmail({ body: { email: user.email, password: next, rememberMe: false }, headers: requestHeaders });
  return { status: "changed" };
}
