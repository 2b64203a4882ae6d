import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { makeSignature } from "better-auth/crypto";
import { getEnv } from "@/lib/env";
import { getAuth, passkeyRelyingParty } from "./auth";

/**
 * Passkey sign-in without a database row per ask. The plugin's own first
 * step (generatePasskeyAuthenticationOptions) writes a verification row and
 * sets a cookie on every call, which anyone may make as often as they like.
 * Here the first step writes nothing: the challenge is derived from a random
 * token (HMAC under AUTH_SECRET) and the token travels in the plugin's own
 * signed cookie, stamped with the time it was made. Only when a passkey
 * answers is the row the plugin expects written, once per token, for the
 * plugin's verifyPasskeyAuthentication to check the answer against.
 */

// The plugin's default cookie name (advanced.webAuthnChallengeCookie) and lifetime (@better-auth/passkey MAX_AGE_IN_SECONDS).
const CHALLENGE_COOKIE = "better-auth-passkey";
export const CHALLENGE_LIFETIME_SECONDS = 300;
const PURPOSE = "encuentros.passkey.challenge.v1";

/** The options the browser's passkey prompt needs (WebAuthn PublicKeyCredentialRequestOptionsJSON). */
export type PasskeyRequestOptions = {
  challenge: string;
  rpId: string;
  timeout: number;
  userVerification: "preferred";
  allowCredentials: [];
};

async function secret(): Promise<string> {
  return (await getAuth().$context).secret;
}

function challengeFor(token: string, key: string): string {
  return createHmac("sha256", key).update(`${PURPOSE}\n${token}`).digest("base64url");
}

/** The plugin's cookie, as this site names it, with better-auth's attributes (prefix, Secure on https) in Next's spelling. */
export async function challengeCookie() {
  const { name, attributes } = (await getAuth().$context).createAuthCookie(CHALLENGE_COOKIE);
  const sameSite = (attributes.sameSite?.toLowerCase() ?? "lax") as "lax" | "strict" | "none";
  return {
    name,
    attributes: {
      httpOnly: attributes.httpOnly,
      secure: attributes.secure,
      path: attributes.path ?? "/",
      sameSite,
      maxAge: CHALLENGE_LIFETIME_SECONDS,
    },
  };
}

/** A new challenge: the options for the browser and the signed cookie value that carries its token. Writes nothing. */
export async function newPasskeyChallenge(
  now = new Date(),
): Promise<{ options: PasskeyRequestOptions; cookieValue: string }> {
  const key = await secret();
  const token = `${randomBytes(24).toString("hex")}-${now.getTime().toString(36)}`;
  const options: PasskeyRequestOptions = {
    challenge: challengeFor(token, key),
    rpId: passkeyRelyingParty(getEnv().SITE_URL).rpID,
    timeout: 60_000,
    userVerification: "preferred",
    allowCredentials: [],
  };
  return { options, cookieValue: `${token}.${await makeSignature(token, key)}` };
}

/**
 * When a passkey answers: checks the cookie's signature and age, refuses a
 * token already answered once, and writes the verification row the plugin
 * consumes. False when there is no valid, fresh, unused challenge.
 */
export async function preparePasskeyAnswer(cookieValue: string | undefined, now = new Date()): Promise<boolean> {
  if (!cookieValue) return false;
  const split = cookieValue.lastIndexOf(".");
  const token = cookieValue.slice(0, split);
  const signature = Buffer.from(cookieValue.slice(split + 1));
  const key = await secret();
  const expected = Buffer.from(await makeSignature(token, key));
  if (split < 1 || signature.length !== expected.length || !timingSafeEqual(signature, expected)) return false;
  const issuedAt = Number.parseInt(token.slice(token.lastIndexOf("-") + 1), 36);
  if (
    !Number.isFinite(issuedAt) ||
    now.getTime() - issuedAt > CHALLENGE_LIFETIME_SECONDS * 1000 ||
    issuedAt > now.getTime()
  )
    return false;
  const adapter = (await getAuth().$context).internalAdapter;
  const used = `passkey-challenge-used:${token}`;
  if (await adapter.findVerificationValue(used)) return false;
  const expiresAt = new Date(issuedAt + CHALLENGE_LIFETIME_SECONDS * 1000);
  await adapter.createVerificationValue({ identifier: used, value: "1", expiresAt });
  await adapter.createVerificationValue({
    identifier: token,
    value: JSON.stringify({
      type: "authentication",
      expectedChallenge: challengeFor(token, key),
      userData: { id: "" },
    }),
    expiresAt,
  });
  return true;
}
