import "server-only";
import { getDb } from "@/lib/db/client";
import { isUnsubscribeToken } from "./unsubscribe-link";

export type UnsubscribeResult = { ok: true; locale: string } | { ok: false };

/**
 * Stops a contact's notices, from the link in one of them: at once, and as
 * often as it is asked (the first time sets the date; later ones change
 * nothing and answer the same). An unknown key is refused.
 */
export async function unsubscribeByToken(token: unknown, now = new Date()): Promise<UnsubscribeResult> {
  if (!isUnsubscribeToken(token)) return { ok: false };
  const db = getDb();
  await db.partnerContact.updateMany({
    where: { unsubscribeToken: token, unsubscribedAt: null },
    data: { unsubscribedAt: now },
  });
  const contact = await db.partnerContact.findUnique({ where: { unsubscribeToken: token }, select: { locale: true } });
  return contact ? { ok: true, locale: contact.locale } : { ok: false };
}
