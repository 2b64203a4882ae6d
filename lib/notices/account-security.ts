import type { AccountSecurityEvent } from "@/lib/email/kinds/account-security";
import { queueEmail } from "@/lib/email/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";
import { safeLocale } from "@/lib/i18n/locales";

/**
 * A change to how an account signs in (a passkey added, the authenticator
 * app turned off, new backup codes, a new password, a second factor reset
 * by an admin), told at once to the account's own address, in its
 * language, whatever its notice settings: if it was not them, they learn
 * it while it can still be undone. Called with one line inside the
 * change's own transaction.
 */
export async function noticeAccountSecurity(
  tx: Prisma.TransactionClient,
  userId: string,
  event: AccountSecurityEvent,
  now = new Date(),
): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, name: true, locale: true } });
  if (!user) return;
  await queueEmail(tx, {
    kind: "accountSecurity",
    to: { address: user.email, name: user.name },
    locale: safeLocale(user.locale),
    params: { event, name: user.name, at: now.toISOString() },
  });
}

/** The second-factor events (lib/second-factor/events.ts records them by audit code) that tell the account's owner. */
const BY_AUDIT_CODE: Partial<Record<string, AccountSecurityEvent>> = { "passkey.added": "passkeyAdded" };

export async function noticeAccountSecurityEvent(
  tx: Prisma.TransactionClient,
  userId: string,
  auditCode: string,
): Promise<void> {
  const event = BY_AUDIT_CODE[auditCode];
  if (event) await noticeAccountSecurity(tx, userId, event);
}
