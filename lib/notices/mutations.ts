import "server-only";
import { auditedTransaction, recordAudit } from "@/lib/audit/record";
import { can, type StaffUser } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import type { FieldErrors } from "@/lib/forms/form-state";
import { newUnsubscribeToken } from "./unsubscribe-link";
import type { PartnerContactInput } from "./schema";

export type ContactResult = { ok: true } | { ok: false; reason: "forbidden" | "notFound" } | { ok: false; reason: "invalid"; errors: FieldErrors };

/**
 * Adds an address to a partner place's notices, with the partner's consent
 * as staff noted it. The address is listed once per place: one that
 * unsubscribed stays listed as such, so nobody adds it back by mistake
 * (staff remove it first, with new consent to note).
 */
export async function addPartnerContact(actor: StaffUser, venueId: string, input: PartnerContactInput): Promise<ContactResult> {
  if (!can(actor.role, "manageVenues")) return { ok: false, reason: "forbidden" };
  if (!isRecordId(venueId)) return { ok: false, reason: "notFound" };
  return auditedTransaction(getDb(), { action: "venue.add-notice-contact", actor, entityId: venueId }, async (tx) => {
    const venue = await tx.venue.findUnique({ where: { id: venueId }, select: { name: true, isPartner: true } });
    if (!venue) return { ok: false, reason: "notFound" } as const;
    if (!venue.isPartner) return { ok: false, reason: "invalid", errors: { form: { key: "notPartner" } } } as const;
    // The unique (venueId, address) index closes the race between two adds of one address.
    const listed = await tx.partnerContact.findUnique({ where: { venueId_address: { venueId, address: input.address } }, select: { id: true } });
    if (listed) return { ok: false, reason: "invalid", errors: { address: { key: "contactListed" } } } as const;
    const contact = await tx.partnerContact.create({
      data: { venueId, address: input.address, name: input.name, locale: input.locale, consentNote: input.consentNote, unsubscribeToken: newUnsubscribeToken(), createdById: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "UPDATE", entityType: "venue", entityId: venueId, event: { code: "venue.details", params: { name: venue.name } },
      after: { noticeContact: { id: contact.id, address: input.address, name: input.name, locale: input.locale, consentNote: input.consentNote } },
    });
    return { ok: true } as const;
  });
}

/** Removes an address from a place's notices (its consent withdrawn, or typed wrong). */
export async function removePartnerContact(actor: StaffUser, venueId: string, contactId: string): Promise<ContactResult> {
  if (!can(actor.role, "manageVenues")) return { ok: false, reason: "forbidden" };
  if (!isRecordId(venueId) || !isRecordId(contactId)) return { ok: false, reason: "notFound" };
  return auditedTransaction(getDb(), { action: "venue.remove-notice-contact", actor, entityId: venueId }, async (tx) => {
    const contact = await tx.partnerContact.findFirst({ where: { id: contactId, venueId }, select: { address: true, locale: true, consentNote: true, unsubscribedAt: true, venue: { select: { name: true } } } });
    if (!contact) return { ok: false, reason: "notFound" } as const;
    await tx.partnerContact.delete({ where: { id: contactId } });
    await recordAudit(tx, actor, {
      action: "UPDATE", entityType: "venue", entityId: venueId, event: { code: "venue.details", params: { name: contact.venue.name } },
      before: { noticeContact: { id: contactId, address: contact.address, locale: contact.locale, consentNote: contact.consentNote, unsubscribedAt: contact.unsubscribedAt?.toISOString() ?? null } },
    });
    return { ok: true } as const;
  });
}
