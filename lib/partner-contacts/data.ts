import "server-only";
import { getDb } from "@/lib/db/client";
import { isUnsubscribeToken } from "@/lib/notices/unsubscribe-link";

export type PartnerContactRow = {
  id: string;
  address: string;
  name: string | null;
  locale: string;
  consentNote: string;
  unsubscribedAt: Date | null;
  createdAt: Date;
};

/** A place's notice contacts for its edit page, oldest first, those who unsubscribed included (marked). */
export async function listPartnerContacts(venueId: string): Promise<PartnerContactRow[]> {
  return getDb().partnerContact.findMany({
    where: { venueId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      address: true,
      name: true,
      locale: true,
      consentNote: true,
      unsubscribedAt: true,
      createdAt: true,
    },
  });
}

/** The language the unsubscribe page starts in for a key, and whether it already stopped; null for an unknown key. */
export async function unsubscribeState(token: unknown): Promise<{ locale: string; unsubscribed: boolean } | null> {
  if (!isUnsubscribeToken(token)) return null;
  const contact = await getDb().partnerContact.findUnique({
    where: { unsubscribeToken: token },
    select: { locale: true, unsubscribedAt: true },
  });
  return contact ? { locale: contact.locale, unsubscribed: contact.unsubscribedAt !== null } : null;
}
