import { betterAuth } from "better-auth";
import { SESSION_COOKIE_PREFIX } from "./cookie-prefix";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { twoFactor } from "better-auth/plugins";
import { passkey } from "@better-auth/passkey";
import { getDb } from "@/lib/db/client";
import { RESET_LINK_MINUTES } from "@/lib/email/kinds/password-reset";
import { newBackupCodes } from "@/lib/second-factor/backup-codes";
import { afterPasswordReset, queuePasswordResetEmail } from "./reset-email";
import { getEnv, serverSecret } from "@/lib/env";

/** Staff sessions end after this long without activity… */
export const SESSION_IDLE_SECONDS = 2 * 60 * 60;
/** …and after this long whatever happens (checked in lib/auth/session.ts). */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

/**
 * Where passkeys belong. WebAuthn refuses an IP address as the relying
 * party, so a local site on 127.0.0.1 registers its passkeys for
 * "localhost" (open it as http://localhost:<port> to use them); a real
 * deployment uses its own host name.
 */
export function passkeyRelyingParty(siteUrl: string): { rpID: string; origin: string[] } {
  const url = new URL(siteUrl);
  if (url.hostname === "127.0.0.1" || url.hostname === "[::1]") {
    const local = new URL(siteUrl);
    local.hostname = "localhost";
    return { rpID: "localhost", origin: [local.origin] };
  }
  return { rpID: url.hostname, origin: [url.origin] };
}

function createAuth() {
  const env = getEnv();
  // Secure cookies whenever the site is served over HTTPS (always in a real
  // deployment); a laptop on http://localhost keeps working.
  const secure = new URL(env.SITE_URL).protocol === "https:";
  const relyingParty = passkeyRelyingParty(env.SITE_URL);
  return betterAuth({
    appName: "Encuentros",
    baseURL: env.SITE_URL,
    secret: serverSecret(env),
    // SITE_URL, plus http://localhost:<port> for a local site on 127.0.0.1 (passkeys need a host name).
    trustedOrigins: relyingParty.origin,
    database: prismaAdapter(getDb(), { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      // Accounts are created by admins (or `npm run admin:create`), never by sign-up.
      disableSignUp: true,
      minPasswordLength: 12,
      maxPasswordLength: 128,
      // "Forgot your password?" (lib/auth/password-reset.ts): a one-time link by email
      // through the outbox, for 30 minutes; the reset ends every session, and the
      // second factor is still asked for at the next sign-in.
      sendResetPassword: queuePasswordResetEmail,
      resetPasswordTokenExpiresIn: RESET_LINK_MINUTES * 60,
      onPasswordReset: afterPasswordReset,
      revokeSessionsOnPasswordReset: true,
    },
    // Reset links are stored as their SHA-256 only: a copy of the database holds no usable link.
    verification: { storeIdentifier: { default: "plain", overrides: { "reset-password:": "hashed" } } },
    session: {
      // Sliding idle expiry: each use within the window pushes it forward.
      expiresIn: SESSION_IDLE_SECONDS,
      updateAge: 5 * 60,
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false },
        active: { type: "boolean", input: false },
      },
    },
    // Throttling of failed sign-ins is ours (lib/auth/throttle.ts): per
    // account and per IP, shared by every instance through the database.
    rateLimit: { enabled: false },
    advanced: {
      // Posts to better-auth's own endpoints must come from SITE_URL (its
      // baseURL, the one trusted origin), always: better-auth would skip
      // the check when NODE_ENV is "test". (Staff sign in through a server
      // action, which Next.js checks the same way.)
      disableOriginCheck: false,
      cookiePrefix: SESSION_COOKIE_PREFIX,
      // better-auth would store the first X-Forwarded-For entry on each
      // session, an address the client chooses; the app keeps none.
      ipAddress: { disableIpTracking: true },
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure },
    },
    telemetry: { enabled: false },
    plugins: [
      twoFactor({
        issuer: "Encuentros",
        // Nothing locks an account (lib/auth/throttle.ts counts wrong codes
        // with wrong passwords instead), and no device skips the second factor.
        accountLockout: { enabled: false },
        // Capitals and digits without look-alikes (lib/second-factor/backup-codes.ts), checked in any case (lib/auth/second-factor-code.ts).
        backupCodeOptions: {
          amount: 10,
          storeBackupCodes: "encrypted",
          customBackupCodesGenerate: () => newBackupCodes(),
        },
        twoFactorCookieMaxAge: 10 * 60,
      }),
      passkey({ rpName: "Encuentros", rpID: relyingParty.rpID, origin: relyingParty.origin }),
      // Last, so that it sets the cookies of every plugin's answer.
      nextCookies(),
    ],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { encuentrosAuth?: Auth };

/** The one better-auth instance, created on first use (never during `next build`). */
export function getAuth(): Auth {
  globalForAuth.encuentrosAuth ??= createAuth();
  return globalForAuth.encuentrosAuth;
}
