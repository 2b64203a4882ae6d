import { getAuth } from "@/lib/auth/auth";
import { TEST_PASSWORD } from "./staff-sessions";
import { totpCode } from "./totp";

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0]!)
    .filter((pair) => !pair.endsWith("="))
    .join("; ");
}

/** The key an authenticator app would be given, from a totpURI. */
export function keyOf(totpUri: string): string {
  return new URL(totpUri).searchParams.get("secret")!;
}

/**
 * Turns the authenticator app on for an account through better-auth itself
 * (password, then a first code). Returns its key and the 10 backup codes.
 * `cookie` is a signed-in session of that account; it is replaced on the way.
 */
export async function enrolAuthenticator(
  userId: string,
  cookie: string,
): Promise<{ key: string; backupCodes: string[] }> {
  const auth = getAuth();
  const enabled = await auth.api.enableTwoFactor({
    body: { password: TEST_PASSWORD },
    headers: new Headers({ cookie }),
  });
  if (!("totpURI" in enabled)) throw new Error("No authenticator-app secret");
  const key = keyOf(enabled.totpURI);
  await auth.api.verifyTOTP({ body: { code: totpCode(key) }, headers: new Headers({ cookie }) });
  const { backupCodes } = await auth.api.viewBackupCodes({ body: { userId } });
  return { key, backupCodes };
}

/** The password step of signing in for an account with a second factor: the cookie of the code step. */
export async function passwordStep(email: string): Promise<string> {
  const response = await getAuth().api.signInEmail({
    body: { email, password: TEST_PASSWORD, rememberMe: false },
    asResponse: true,
  });
  const cookie = cookiesOf(response);
  if (!cookie.includes("two_factor")) throw new Error(`No code step for ${email}`);
  return cookie;
}

/** Both steps of signing in through better-auth: the Cookie header of the new session. */
export async function signInWithCode(email: string, key: string): Promise<string> {
  const challenge = await passwordStep(email);
  const response = await getAuth().api.verifyTOTP({
    body: { code: totpCode(key) },
    headers: new Headers({ cookie: challenge }),
    asResponse: true,
  });
  const cookie = cookiesOf(response);
  if (!cookie.includes("session_token")) throw new Error(`No session for ${email}`);
  return cookie;
}

/** A fresh session for an account without a second factor (a second device, say): its Cookie header. */
export async function sessionCookieFor(email: string): Promise<string> {
  const response = await getAuth().api.signInEmail({
    body: { email, password: TEST_PASSWORD, rememberMe: false },
    asResponse: true,
  });
  const cookie = cookiesOf(response);
  if (!cookie.includes("session_token")) throw new Error(`No session for ${email}`);
  return cookie;
}
