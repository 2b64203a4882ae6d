import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { isPlainText } from "@/lib/text/plain-text";

const recordId = z
  .string()
  .trim()
  .min(1, "invalid")
  .max(64, "invalid")
  .regex(/^[A-Za-z0-9_-]+$/, "invalid");

/** The password again: to begin setting up the authenticator app, or to confirm it is really them before changing a second factor. */
export const passwordAgainSchema = z.object({
  password: z.string().min(1, "required").max(PASSWORD_MAX_LENGTH, "wrongPassword"),
});

/** A code as typed, for comparing: capitals, without spaces or dashes of any kind. */
export function normalizeCode(code: string): string {
  return code.replace(/[\s\p{Pd}]+/gu, "").toUpperCase();
}

/**
 * A code from the authenticator app (6 digits) or a backup code (10 letters
 * and digits), typed in any case, with or without spaces and dashes.
 */
export const codeSchema = z.object({
  code: z
    .string()
    .max(40, "wrongCode")
    .transform(normalizeCode)
    .pipe(
      z
        .string()
        .min(1, "required")
        .regex(/^(\d{6}|[A-Z0-9]{10})$/, "wrongCode"),
    ),
});

/** A 6-digit code is from the app; anything else that passed codeSchema is a backup code, written as issued (`XXXXX-XXXXX`). */
export function codeKind(code: string): { kind: "totp"; code: string } | { kind: "backup"; code: string } {
  const plain = normalizeCode(code);
  if (/^\d{6}$/.test(plain)) return { kind: "totp", code: plain };
  return { kind: "backup", code: `${plain.slice(0, 5)}-${plain.slice(5)}` };
}

export const passkeyNameSchema = z.object({
  name: z.string().trim().min(1, "required").max(60, "tooLong").refine(isPlainText, "invalid"),
});

export const sessionIdSchema = z.object({ sessionId: recordId });
export const passkeyIdSchema = z.object({ passkeyId: recordId });
/** Only from the step that names the person (its hidden `confirm`): a one-click post is refused. */
export const resetSecondFactorSchema = z.object({ userId: recordId, confirm: z.literal("yes") });
export const editorsSettingSchema = z.object({ requireSecondFactorForEditors: z.boolean() });

export const PASSWORD_AGAIN_SHAPE = { secret: ["password"] } as const;
export const CODE_SHAPE = { secret: ["code"] } as const;
export const EDITORS_SETTING_SHAPE = { checkboxes: ["requireSecondFactorForEditors"] } as const;

/** A WebAuthn answer as the browser sends it: a JSON object whose signature the passkey plugin checks. */
export const passkeyResponseSchema = z
  .object({
    id: z.string().min(1).max(1024),
    rawId: z.string().max(1024),
    type: z.literal("public-key"),
    response: z.record(z.string(), z.unknown()),
  })
  .passthrough();
