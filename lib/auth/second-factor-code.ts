import "server-only";
import { APIError } from "better-auth/api";
import { getDb } from "@/lib/db/client";
import { appCodeIsRight, matchingBackupCode } from "@/lib/second-factor/data";
import { codeKind } from "@/lib/second-factor/schema";
import { getAuth } from "./auth";

// A code from the app is valid for its 30-second step and one step either side.
const CODE_LIFETIME_MS = 90_000;

/**
 * Takes a right code from the app for this account, on every instance at once
 * (one conditional UPDATE): false when the same code was already taken while
 * it could still be valid, which is someone replaying a code they saw typed
 * or caught. better-auth's plugin accepts a code again within its window.
 */
async function claimAppCode(userId: string, code: string, now = new Date()): Promise<boolean> {
  const cutoff = new Date(now.getTime() - CODE_LIFETIME_MS);
  const { count } = await getDb().twoFactor.updateMany({
    where: {
      userId,
      OR: [{ lastCode: null }, { lastCode: { not: code } }, { lastCodeAt: null }, { lastCodeAt: { lte: cutoff } }],
    },
    data: { lastCode: code, lastCodeAt: now },
  });
  return count > 0;
}

/** "alreadyUsed": a right code from the app, taken already (says no more than that it was right). */
export type CodeCheck = "right" | "wrong" | "alreadyUsed";

/**
 * Checks a code from the authenticator app or a backup code through the
 * twoFactor plugin. While signing in (the plugin's code-step cookie, no
 * session) a right code makes the session; in a signed-in session it only
 * checks (and uses up a backup code). A code from the app works once
 * (claimAppCode); a used backup code is gone for good (the plugin removes
 * it). A wrong code still goes to the plugin, which counts it against the
 * sign-in's 5 tries.
 */
export async function checkSecondFactorCode(
  userId: string,
  rawCode: string,
  requestHeaders: Headers,
): Promise<CodeCheck> {
  const { kind, code } = codeKind(rawCode);
  try {
    if (kind === "totp") {
      if ((await appCodeIsRight(userId, code)) && !(await claimAppCode(userId, code))) return "alreadyUsed";
      await getAuth().api.verifyTOTP({ body: { code }, headers: requestHeaders });
    } else {
      // A code that matches none still goes to the plugin, which counts the failed try.
      await getAuth().api.verifyBackupCode({
        body: { code: (await matchingBackupCode(userId, code)) ?? code },
        headers: requestHeaders,
      });
    }
    return "right";
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return "wrong";
  }
}
