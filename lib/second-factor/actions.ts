"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { personOf } from "@/lib/audit/events";
import { getAuth } from "@/lib/auth/auth";
import { credentialError, ownPasswordIsRight, throttledOwnCredential } from "@/lib/auth/own-credential";
import { recordProof } from "@/lib/auth/recent-proof";
import type { StaffUser } from "@/lib/auth/roles";
import { checkSecondFactorCode, type CodeCheck } from "@/lib/auth/second-factor-code";
import { authorize, getCurrentSessionId, type AccessDenial } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";
import { signInAgain } from "@/lib/forms/signed-out";
import { formWithErrors, outcomeToFormState } from "@/lib/commands/outcome";
import { runFormAction } from "@/lib/forms/form-action";
import { type Locale, safeLocale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { logStaffAction } from "@/lib/logging/staff-action";
import { allowBackupCodesOnce, authenticatorAppIsOn } from "./data";
import { recordSecondFactorEvent } from "./events";
import {
  removePasskey,
  replaceBackupCodes,
  resetSecondFactor,
  revokeOtherSessions,
  revokeSession,
  setEditorsNeedSecondFactor,
  turnOffAuthenticatorApp,
} from "./mutations";
import {
  CODE_SHAPE,
  codeKind,
  codeSchema,
  EDITORS_SETTING_SHAPE,
  editorsSettingSchema,
  PASSWORD_AGAIN_SHAPE,
  passkeyIdSchema,
  passkeyNameSchema,
  passkeyResponseSchema,
  passwordAgainSchema,
  resetSecondFactorSchema,
  sessionIdSchema,
} from "./schema";

/** Back to the account page with a notice or an error code: the row buttons are plain forms. */
function backToAccount(locale: unknown, query: Record<string, string>): never {
  return redirect({ href: { pathname: "/admin/account", query }, locale: safeLocale(locale) });
}

/**
 * For the plain-form buttons: the signed-in staff member, or off to the
 * sign-in page; otherwise the refusal, for the page to show. With
 * `recentProof`, the session must have proved the password or a second
 * factor within the last few minutes (lib/auth/recent-proof.ts).
 */
async function signedInOrLeave(
  locale: unknown,
  permission: "manageOwnAccount" | "manageStaff",
  { recentProof = false } = {},
): Promise<StaffUser | { refused: "forbidden" | "proofRequired" }> {
  const authorization = await authorize(permission, { recentProof });
  if (authorization.ok) return authorization.user;
  if (authorization.reason === "unauthenticated") return signInAgain(safeLocale(locale));
  return { refused: authorization.reason === "proofRequired" ? "proofRequired" : "forbidden" };
}

/** The password or a code was just typed again, and was right: this session may change its second factors for a few minutes. */
async function proved(locale: Locale, query: Record<string, string>): Promise<never> {
  await recordProof((await getCurrentSessionId())!);
  return backToAccount(locale, query);
}

/** A change to the staff member's own second factors: only after a recent proof. */
const ownFactorChange = (locale: unknown) => signedInOrLeave(locale, "manageOwnAccount", { recentProof: true });

/** Confirming it is really them, by password: the session may change its second factors for a few minutes. */
export async function confirmWithPasswordAction(
  locale: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const options = {
    action: "auth.confirm-password",
    permission: "manageOwnAccount",
    schema: passwordAgainSchema,
    shape: PASSWORD_AGAIN_SHAPE,
  } as const;
  return runFormAction(locale, formData, options, async (form) => {
    const proof = await throttledOwnCredential(form.user, () => ownPasswordIsRight(form.user.id, form.input.password));
    if (!proof.ok)
      return formWithErrors(form.values, "invalid", { password: credentialError(proof, { key: "wrongPassword" }) });
    return proved(form.locale, { notice: "confirmed" });
  });
}

/** Confirming it is really them, by a code from the authenticator app or a backup code (which it uses up). */
export async function confirmWithCodeAction(
  locale: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const options = {
    action: "auth.confirm-code",
    permission: "manageOwnAccount",
    schema: codeSchema,
    shape: CODE_SHAPE,
  } as const;
  return runFormAction(locale, formData, options, async (form) => {
    // Only a confirmed app: the plugin would take a code for a pending one as its first, and turn it on.
    const appOn = await authenticatorAppIsOn(form.user.id);
    const requestHeaders = await headers();
    let check = "wrong" as CodeCheck;
    const proof = await throttledOwnCredential(form.user, async () => {
      if (appOn) check = await checkSecondFactorCode(form.user.id, form.input.code, requestHeaders);
      return check === "right";
    });
    if (!proof.ok) {
      logStaffAction({
        action: "auth.confirm-code",
        staffUserId: form.user.id,
        outcome: "refused",
        reason: check === "alreadyUsed" ? "alreadyUsed" : "invalid",
      });
      return formWithErrors(form.values, "invalid", {
        code: credentialError(proof, { key: check === "alreadyUsed" ? "codeAlreadyUsed" : "wrongCode" }),
      });
    }
    if (codeKind(form.input.code).kind === "backup") {
      await recordSecondFactorEvent(form.user, {
        action: "UPDATE",
        entityType: "secondFactor",
        event: { code: "secondFactor.backupCodeConfirm", params: { person: personOf(form.user) } },
      });
    }
    return proved(form.locale, { notice: "confirmed" });
  });
}

/** Step 1 of the authenticator app: the password again, then the page shows the QR code and key. */
export async function startTotpAction(locale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const options = {
    action: "secondFactor.start",
    permission: "manageOwnAccount",
    schema: passwordAgainSchema,
    shape: PASSWORD_AGAIN_SHAPE,
  } as const;
  return runFormAction(locale, formData, options, async (form) => {
    const requestHeaders = await headers();
    const proof = await throttledOwnCredential(form.user, async () => {
      try {
        await getAuth().api.enableTwoFactor({ body: { password: form.input.password }, headers: requestHeaders });
        return true;
      } catch (error) {
        if (!(error instanceof APIError)) throw error;
        return false;
      }
    });
    if (!proof.ok)
      return formWithErrors(form.values, "invalid", { password: credentialError(proof, { key: "wrongPassword" }) });
    return proved(form.locale, { step: "scan" });
  });
}

/**
 * Step 2: the first code confirms the app. The page then shows the 10
 * backup codes once (lib/second-factor/data.ts, takeBackupCodesToShow):
 * a redirect rather than this answer, because confirming replaces the
 * session cookie and the page is drawn afresh.
 */
export async function confirmTotpAction(locale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const options = {
    action: "secondFactor.confirm",
    permission: "manageOwnAccount",
    schema: codeSchema,
    shape: CODE_SHAPE,
  } as const;
  return runFormAction(locale, formData, options, async (form) => {
    const pending = await getDb().twoFactor.findFirst({
      where: { userId: form.user.id, verified: false },
      select: { id: true },
    });
    if (!pending) return formWithErrors(form.values, "refused", { form: { key: "notFound" } });
    try {
      await getAuth().api.verifyTOTP({ body: { code: form.input.code }, headers: await headers() });
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
      return formWithErrors(form.values, "invalid", { code: { key: "wrongCode" } });
    }
    await recordSecondFactorEvent(form.user, {
      action: "CREATE",
      entityType: "secondFactor",
      event: { code: "secondFactor.appOn", params: { person: personOf(form.user) } },
    });
    await allowBackupCodesOnce(form.user.id);
    return backToAccount(form.locale, { step: "codes" });
  });
}

/** Turns the authenticator app off (after a recent proof); its backup codes go with it. */
export async function disableTotpAction(locale: Locale): Promise<void> {
  const user = await ownFactorChange(locale);
  if ("refused" in user) return backToAccount(locale, { error: user.refused });
  const result = await turnOffAuthenticatorApp(user);
  return backToAccount(locale, result.ok ? { notice: "totpOff" } : { error: "notFound" });
}

/** New backup codes (after a recent proof): the old ones stop working, the page shows the new ones once. */
export async function newBackupCodesAction(locale: Locale): Promise<void> {
  const user = await ownFactorChange(locale);
  if ("refused" in user) return backToAccount(locale, { error: user.refused });
  const result = await replaceBackupCodes(user);
  if (!result.ok) return backToAccount(locale, { error: "notFound" });
  await allowBackupCodesOnce(user.id);
  return backToAccount(locale, { step: "newCodes" });
}

export type PasskeyFailure = AccessDenial | "invalid" | "refused";
export type PasskeyOptionsResult = { ok: true; options: unknown } | { ok: false; reason: PasskeyFailure };

/** Adding a passkey, first half (after a recent proof): the challenge for the browser (needs JavaScript, like every passkey). */
export async function passkeyRegistrationOptionsAction(): Promise<PasskeyOptionsResult> {
  const authorization = await authorize("manageOwnAccount", { recentProof: true });
  if (!authorization.ok) return { ok: false, reason: authorization.reason };
  return { ok: true, options: await getAuth().api.generatePasskeyRegistrationOptions({ headers: await headers() }) };
}

export type PasskeyRegistrationResult = { ok: true } | { ok: false; reason: PasskeyFailure };

/** Adding a passkey, second half: the browser's answer, checked and stored by the passkey plugin under the name given. */
export async function registerPasskeyAction(name: unknown, response: unknown): Promise<PasskeyRegistrationResult> {
  const authorization = await authorize("manageOwnAccount", { recentProof: true });
  if (!authorization.ok) return { ok: false, reason: authorization.reason };
  const named = passkeyNameSchema.safeParse({ name });
  const answer = passkeyResponseSchema.safeParse(response);
  if (!named.success || !answer.success) return { ok: false, reason: "invalid" };
  let passkeyId: string;
  try {
    const passkey = await getAuth().api.verifyPasskeyRegistration({
      body: { response: answer.data, name: named.data.name },
      headers: await headers(),
    });
    passkeyId = passkey.id;
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    logStaffAction({
      action: "passkey.create",
      staffUserId: authorization.user.id,
      outcome: "refused",
      reason: "invalid",
    });
    return { ok: false, reason: "refused" };
  }
  await recordSecondFactorEvent(authorization.user, {
    action: "CREATE",
    entityType: "passkey",
    entityId: passkeyId,
    event: { code: "passkey.added", params: { passkey: named.data.name, person: personOf(authorization.user) } },
  });
  return { ok: true };
}

export async function removePasskeyAction(locale: Locale, formData: FormData): Promise<void> {
  const user = await ownFactorChange(locale);
  if ("refused" in user) return backToAccount(locale, { error: user.refused });
  const parsed = passkeyIdSchema.safeParse({ passkeyId: formData.get("passkeyId") });
  if (!parsed.success) return backToAccount(locale, { error: "invalid" });
  const result = await removePasskey(user, parsed.data.passkeyId);
  return backToAccount(locale, result.ok ? { notice: "passkeyRemoved" } : { error: "notFound" });
}

/** Signs one of the staff member's other sessions out (this one is signed out with "Sign out"). */
export async function revokeSessionAction(locale: Locale, formData: FormData): Promise<void> {
  const user = await signedInOrLeave(locale, "manageOwnAccount");
  if ("refused" in user) return backToAccount(locale, { error: "forbidden" });
  const parsed = sessionIdSchema.safeParse({ sessionId: formData.get("sessionId") });
  if (!parsed.success) return backToAccount(locale, { error: "invalid" });
  const result = await revokeSession(user, parsed.data.sessionId, await getCurrentSessionId());
  return backToAccount(locale, result.ok ? { notice: "sessionEnded" } : { error: "notFound" });
}

export async function revokeOtherSessionsAction(locale: Locale): Promise<void> {
  const user = await signedInOrLeave(locale, "manageOwnAccount");
  if ("refused" in user) return backToAccount(locale, { error: "forbidden" });
  await revokeOtherSessions(user, await getCurrentSessionId());
  return backToAccount(locale, { notice: "othersEnded" });
}

/** Admins only, never for themselves: see resetSecondFactor. */
export async function resetSecondFactorAction(locale: Locale, formData: FormData): Promise<void> {
  const user = await signedInOrLeave(locale, "manageStaff");
  const back = (query: Record<string, string>) =>
    redirect({ href: { pathname: "/admin/staff", query }, locale: safeLocale(locale) });
  if ("refused" in user) return back({ error: "forbidden" });
  const parsed = resetSecondFactorSchema.safeParse({
    userId: formData.get("userId"),
    confirm: formData.get("confirm"),
  });
  if (!parsed.success) return back({ error: "invalid" });
  const result = await resetSecondFactor(user, parsed.data.userId);
  return back(result.ok ? { notice: "secondFactorReset" } : { error: result.reason });
}

export async function saveEditorsSettingAction(
  locale: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const options = {
    action: "staffSettings.update",
    permission: "manageStaff",
    schema: editorsSettingSchema,
    shape: EDITORS_SETTING_SHAPE,
  } as const;
  return runFormAction(locale, formData, options, async (form) => {
    const result = await setEditorsNeedSecondFactor(form.user, form.input.requireSecondFactorForEditors);
    return outcomeToFormState(result, form.values, {
      ok: () => ({ status: "done", values: form.values, errors: {}, done: "settingSaved" }),
    });
  });
}
