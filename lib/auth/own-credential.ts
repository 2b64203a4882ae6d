import "server-only";
import { verifyPassword } from "better-auth/crypto";
import { headers } from "next/headers";
import { getDb } from "@/lib/db/client";
import type { FieldError } from "@/lib/forms/form-state";
import { clientIp } from "./client-ip";
import type { StaffUser } from "./roles";
import { throttledCredentialCheck, type CredentialCheckResult } from "./throttle";

/** Under a minute in seconds, otherwise in whole minutes (rounded up). */
export function waitFor(seconds: number): { unit: "second" | "minute"; count: number } {
  return seconds < 60 ? { unit: "second", count: seconds } : { unit: "minute", count: Math.ceil(seconds / 60) };
}

/**
 * A password or code a signed-in staff member types again (to change their
 * password, set up or confirm a second factor): checked on the same
 * throttle rows as signing in, so a stolen session cannot guess the
 * password or a code here faster than on the sign-in page.
 */
export async function throttledOwnCredential(
  user: StaffUser,
  check: () => Promise<boolean>,
): Promise<CredentialCheckResult> {
  return throttledCredentialCheck(getDb(), { account: user.email, address: clientIp(await headers()) }, check);
}

export async function ownPasswordIsRight(userId: string, password: string): Promise<boolean> {
  const account = await getDb().account.findFirst({
    where: { userId, providerId: "credential" },
    select: { password: true },
  });
  return Boolean(account?.password) && (await verifyPassword({ hash: account!.password!, password }));
}

/** The field error for a refused credential: wrong, or wait this long. */
export function credentialError(result: Exclude<CredentialCheckResult, { ok: true }>, wrong: FieldError): FieldError {
  return result.reason === "tooManyAttempts"
    ? { key: "signInThrottled", values: waitFor(result.retryAfterSeconds) }
    : wrong;
}
