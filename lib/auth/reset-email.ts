import "server-only";
import { getDb } from "@/lib/db/client";
import { queueEmail } from "@/lib/email/outbox";
import { absoluteUrl } from "@/lib/env";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { pagePath } from "@/lib/i18n/paths";
import { logStaffAction } from "@/lib/logging/staff-action";
import { noticeAccountSecurity } from "@/lib/notices/account-security";

/**
 * better-auth's password reset, our side of it (lib/auth/auth.ts wires
 * these in): the email with the one-time link, and what follows a reset.
 */

/**
 * The language of the reset page a request named (better-auth passes the
 * request's `redirectTo` back to us inside its own link, as `callbackURL`):
 * the email is written in the language of the page it was asked for on.
 */
export function resetPageLocale(betterAuthUrl: string): Locale {
  const page = new URL(betterAuthUrl).searchParams.get("callbackURL") ?? "";
  const locale = /^\/([a-z]{2})\/admin\/reset-password$/.exec(page)?.[1];
  return isLocale(locale) ? locale : "es";
}

/**
 * better-auth's `sendResetPassword`: queues the email with the link to our
 * own reset page (its token in the query string, which the request log never
 * writes). A deactivated account gets nothing, and the same answer.
 */
export async function queuePasswordResetEmail({
  user,
  token,
  url,
}: {
  user: { id: string };
  token: string;
  url: string;
}): Promise<void> {
  const db = getDb();
  const account = await db.user.findUnique({
    where: { id: user.id },
    select: { email: true, name: true, active: true },
  });
  if (!account?.active) return;
  const locale = resetPageLocale(url);
  const link = absoluteUrl(pagePath({ pathname: "/admin/reset-password", query: { token } }, locale));
  await db.$transaction((tx) =>
    queueEmail(tx, {
      kind: "passwordReset",
      to: { address: account.email, name: account.name },
      locale,
      params: { name: account.name, link },
    }),
  );
}

/**
 * better-auth's `onPasswordReset`, after the new password and the end of
 * every session (revokeSessionsOnPasswordReset) committed: the account's
 * other reset links and any sign-in waiting for its code (started with the
 * old password) stop working too.
 */
export async function afterPasswordReset({ user }: { user: { id: string } }): Promise<void> {
  await getDb().verification.deleteMany({ where: { value: user.id } });
  await getDb().$transaction((tx) => noticeAccountSecurity(tx, user.id, "passwordReset"));
  logStaffAction({ action: "auth.password-reset", staffUserId: user.id, outcome: "ok" });
}
