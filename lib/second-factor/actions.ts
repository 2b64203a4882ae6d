"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { getAuth } from "@/lib/auth/auth";
import type { StaffUser } from "@/lib/auth/roles";
import { type Authorization, authorize, getCurrentSessionId } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";
import { formRefusal, runStaffForm } from "@/lib/forms/staff-form-action";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { logStaffAction } from "@/lib/logging/staff-action";
import { allowBackupCodesOnce } from "./data";
import { recordSecondFactorEvent } from "./events";
import { resetSecondFactor, setEditorsNeedSecondFactor } from "./mutations";
import {
  CODE_SHAPE, codeSchema, EDITORS_SETTING_SHAPE, editorsSettingSchema, PASSWORD_AGAIN_SHAPE, passkeyIdSchema, passkeyNameSchema,
  passkeyResponseSchema, passwordAgainSchema, resetSecondFactorSchema, sessionIdSchema,
} from "./schema";

function safeLocale(locale: unknown): Locale {
  return isLocale(locale) ? locale : "es";
}

const who = (user: StaffUser) => `${user.name} <${user.email}>`;

/** Back to the account page with a notice or an error code: the row buttons are plain forms. */
function backToAccount(locale: unknown, query: Record<string, string>): never {
  return redirect({ href: { pathname: "/admin/account", query }, locale: safeLocale(locale) });
}

/** For the plain-form buttons: the signed-in staff member, or off to the sign-in page. */
async function signedInOrLeave(locale: unknown, permission: "changeOwnPassword" | "manageStaff"): Promise<StaffUser | { refused: true }> {
  const authorization = await authorize(permission);
  if (authorization.ok) return authorization.user;
  if (authorization.reason === "unauthenticated") return redirect({ href: "/admin/login", locale: safeLocale(locale) });
  return { refused: true };
}

/** Step 1 of the authenticator app: the password again, then the page shows the QR code and key. */
export async function startTotpAction(locale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const options = { action: "secondFactor.start", permission: "changeOwnPassword", schema: passwordAgainSchema, shape: PASSWORD_AGAIN_SHAPE } as const;
  return runStaffForm(locale, formData, options, async (form) => {
    try {
      await getAuth().api.enableTwoFactor({ body: { password: form.input.password }, headers: await headers() });
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
      return formRefusal(form.values, "invalid", { password: { key: "wrongPassword" } });
    }
    return backToAccount(form.locale, { step: "scan" });
  });
}

/**
 * Step 2: the first code confirms the app. The page then shows the 10
 * backup codes once (lib/second-factor/data.ts, takeBackupCodesToShow):
 * a redirect rather than this answer, because confirming replaces the
 * session cookie and the page is drawn afresh.
 */
export async function confirmTotpAction(locale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const options = { action: "secondFactor.confirm", permission: "changeOwnPassword", schema: codeSchema, shape: CODE_SHAPE } as const;
  return runStaffForm(locale, formData, options, async (form) => {
    const pending = await getDb().twoFactor.findFirst({ where: { userId: form.user.id, verified: false }, select: { id: true } });
    if (!pending) return formRefusal(form.values, "refused", { form: { key: "notFound" } });
    try {
      await getAuth().api.verifyTOTP({ body: { code: form.input.code }, headers: await headers() });
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
      return formRefusal(form.values, "invalid", { code: { key: "wrongCode" } });
    }
    await recordSecondFactorEvent(form.user, { action: "CREATE", entityType: "secondFactor", summary: `Authenticator app turned on: ${who(form.user)}` });
    await allowBackupCodesOnce(form.user.id);
    return backToAccount(form.locale, { step: "codes" });
  });
}

/** Turns the authenticator app off (password again); its backup codes go with it. */
export async function disableTotpAction(locale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const options = { action: "secondFactor.disable", permission: "changeOwnPassword", schema: passwordAgainSchema, shape: PASSWORD_AGAIN_SHAPE } as const;
  return runStaffForm(locale, formData, options, async (form) => {
    const row = await getDb().twoFactor.findFirst({ where: { userId: form.user.id }, select: { id: true } });
    if (!row) return backToAccount(form.locale, { notice: "totpOff" });
    try {
      await getAuth().api.disableTwoFactor({ body: { password: form.input.password }, headers: await headers() });
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
      return formRefusal(form.values, "invalid", { password: { key: "wrongPassword" } });
    }
    await recordSecondFactorEvent(form.user, { action: "DELETE", entityType: "secondFactor", summary: `Authenticator app turned off: ${who(form.user)}` });
    return backToAccount(form.locale, { notice: "totpOff" });
  });
}

/** Adding a passkey, first half: the challenge for the browser (needs JavaScript, like every passkey). */
export async function passkeyRegistrationOptionsAction(): Promise<unknown> {
  const authorization = await authorize("changeOwnPassword");
  if (!authorization.ok) return null;
  return getAuth().api.generatePasskeyRegistrationOptions({ headers: await headers() });
}

export type PasskeyRegistrationResult = { ok: true } | { ok: false; reason: Exclude<Authorization, { ok: true }>["reason"] | "invalid" | "refused" };

/** Adding a passkey, second half: the browser's answer, checked and stored by the passkey plugin under the name given. */
export async function registerPasskeyAction(name: unknown, response: unknown): Promise<PasskeyRegistrationResult> {
  const authorization = await authorize("changeOwnPassword");
  if (!authorization.ok) return { ok: false, reason: authorization.reason };
  const named = passkeyNameSchema.safeParse({ name });
  const answer = passkeyResponseSchema.safeParse(response);
  if (!named.success || !answer.success) return { ok: false, reason: "invalid" };
  let passkeyId: string;
  try {
    const passkey = await getAuth().api.verifyPasskeyRegistration({ body: { response: answer.data, name: named.data.name }, headers: await headers() });
    passkeyId = passkey.id;
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    logStaffAction({ action: "passkey.create", staffUserId: authorization.user.id, outcome: "refused", reason: "invalid" });
    return { ok: false, reason: "refused" };
  }
  await recordSecondFactorEvent(authorization.user, {
    action: "CREATE", entityType: "passkey", entityId: passkeyId, summary: `Passkey “${named.data.name}” added: ${who(authorization.user)}`,
  });
  return { ok: true };
}

export async function removePasskeyAction(locale: Locale, formData: FormData): Promise<void> {
  const user = await signedInOrLeave(locale, "changeOwnPassword");
  if ("refused" in user) return backToAccount(locale, { error: "forbidden" });
  const parsed = passkeyIdSchema.safeParse({ passkeyId: formData.get("passkeyId") });
  if (!parsed.success) return backToAccount(locale, { error: "invalid" });
  const db = getDb();
  const passkey = await db.passkey.findFirst({ where: { id: parsed.data.passkeyId, userId: user.id }, select: { id: true, name: true } });
  if (!passkey) return backToAccount(locale, { error: "notFound" });
  await db.passkey.deleteMany({ where: { id: passkey.id, userId: user.id } });
  await recordSecondFactorEvent(user, { action: "DELETE", entityType: "passkey", entityId: passkey.id, summary: `Passkey “${passkey.name ?? ""}” removed: ${who(user)}` });
  return backToAccount(locale, { notice: "passkeyRemoved" });
}

/** Signs one of the staff member's other sessions out (this one is signed out with "Sign out"). */
export async function revokeSessionAction(locale: Locale, formData: FormData): Promise<void> {
  const user = await signedInOrLeave(locale, "changeOwnPassword");
  if ("refused" in user) return backToAccount(locale, { error: "forbidden" });
  const parsed = sessionIdSchema.safeParse({ sessionId: formData.get("sessionId") });
  if (!parsed.success) return backToAccount(locale, { error: "invalid" });
  const current = await getCurrentSessionId();
  const { count } = await getDb().session.deleteMany({ where: { id: parsed.data.sessionId, userId: user.id, NOT: { id: current ?? "" } } });
  logStaffAction({ action: "session.revoke", staffUserId: user.id, entityId: parsed.data.sessionId, outcome: count ? "ok" : "refused", ...(count ? {} : { reason: "notFound" }) });
  return backToAccount(locale, count ? { notice: "sessionEnded" } : { error: "notFound" });
}

export async function revokeOtherSessionsAction(locale: Locale): Promise<void> {
  const user = await signedInOrLeave(locale, "changeOwnPassword");
  if ("refused" in user) return backToAccount(locale, { error: "forbidden" });
  const current = await getCurrentSessionId();
  await getDb().session.deleteMany({ where: { userId: user.id, NOT: { id: current ?? "" } } });
  logStaffAction({ action: "session.revoke-others", staffUserId: user.id, outcome: "ok" });
  return backToAccount(locale, { notice: "othersEnded" });
}

/** Admins only, never for themselves: see resetSecondFactor. */
export async function resetSecondFactorAction(locale: Locale, formData: FormData): Promise<void> {
  const user = await signedInOrLeave(locale, "manageStaff");
  const back = (query: Record<string, string>) => redirect({ href: { pathname: "/admin/staff", query }, locale: safeLocale(locale) });
  if ("refused" in user) return back({ error: "forbidden" });
  const parsed = resetSecondFactorSchema.safeParse({ userId: formData.get("userId") });
  if (!parsed.success) return back({ error: "invalid" });
  const result = await resetSecondFactor(user, parsed.data.userId);
  return back(result.ok ? { notice: "secondFactorReset" } : { error: result.reason });
}

export async function saveEditorsSettingAction(locale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const options = { action: "staffSettings.update", permission: "manageStaff", schema: editorsSettingSchema, shape: EDITORS_SETTING_SHAPE } as const;
  return runStaffForm(locale, formData, options, async (form) => {
    const result = await setEditorsNeedSecondFactor(form.user, form.input.requireSecondFactorForEditors);
    if (!result.ok) return formRefusal(form.values, "refused", { form: { key: "notAllowed" } });
    return { status: "done", values: form.values, errors: {}, done: "settingSaved" };
  });
}
