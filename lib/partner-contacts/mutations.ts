import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { StaffUser } from "@/lib/auth/roles";
import { authorizeActor, invalid, type Denied, type Invalid, type NotFound } from "@/lib/commands/outcome";
import { isRecordId } from "@/lib/db/record-id";
import { writeTransaction } from "@/lib/db/write-transaction";
import { newUnsubscribeToken } from "@/lib/notices/unsubscribe-link";
import type { PartnerContactInput } from "./schema";

export type ContactOutcome = { ok: true } | Denied | NotFound | Invalid;

/**
 * Adds an address to a partner place's notices, with the partner's consent
 * as staff noted it. The address is listed once per place: one that
 * unsubscribed stays listed as such, so nobody adds it back by mistake
 * (staff remove it first, with new consent to note).
 */
export async function addPartnerContact(
  actor: StaffUser | null,
  venueId: string,
  input: PartnerContactInput,
): Promise<ContactOutcome> {
  const access = authorizeActor(actor, "manageVenues");
  if (!access.ok) return access;
  if (!isRecordId(venueId)) return { ok: false, reason: "notFound" };
  const staff = access.actor;
  return writeTransaction(
    { action: "venue.add-notice-contact", actor: staff, entityId: venueId },
    async (tx): Promise<ContactOutcome> => {
      const venue = await tx.venue.findUnique({ where: { id: venueId }, select: { name: true, isPartner: true } });
      if (!venue) return { ok: false, reason: "notFound" };
      if (!venue.isPartner) return invalid({ form: { key: "notPartner" } });
      // The unique (venueId, address) index closes the race between two adds of one address.
      const listed = await tx.partnerContact.findUnique({
        where: { venueId_address: { venueId, address: input.address } },
        select: { id: true },
      });
      if (listed) return invalid({ address: { key: "contactListed" } });
      const contact = await tx.partnerContact.create({
        data: {
          venueId,
          address: input.address,
          name: input.name,
          locale: input.locale,
          consentNote: input.consentNote,
          unsubscribeToken: newUnsubscribeToken(),
          createdById: staff.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, staff, {
        action: "UPDATE",
        entityType: "venue",
        entityId: venueId,
        event: { code: "venue.details", params: { name: venue.name } },
        after: {
          noticeContact: {
            id: contact.id,
            address: input.address,
            name: input.name,
            locale: input.locale,
            consentNote: input.consentNote,
          },
        },
      });
      return { ok: true };
    },
  );
}

/** Removes an address from a place's notices (its consent withdrawn, or typed wrong). */
export async function removePartnerContact(
  actor: StaffUser | null,
  venueId: string,
  contactId: string,
): Promise<ContactOutcome> {
  const access = authorizeActor(actor, "manageVenues");
  if (!access.ok) return access;
  if (!isRecordId(venueId) || !isRecordId(contactId)) return { ok: false, reason: "notFound" };
  const staff = access.actor;
  return writeTransaction(
    { action: "venue.remove-notice-contact", actor: staff, entityId: venueId },
    async (tx): Promise<ContactOutcome> => {
      const contact = await tx.partnerContact.findFirst({
        where: { id: contactId, venueId },
        select: {
          address: true,
          locale: true,
          consentNote: true,
          unsubscribedAt: true,
          venue: { select: { name: true } },
        },
      });
      if (!contact) return { ok: false, reason: "notFound" };
      await tx.partnerContact.delete({ where: { id: contactId } });
      await recordAudit(tx, staff, {
        action: "UPDATE",
        entityType: "venue",
        entityId: venueId,
        event: { code: "venue.details", params: { name: contact.venue.name } },
        before: {
          noticeContact: {
            id: contactId,
            address: contact.address,
            locale: contact.locale,
            consentNote: contact.consentNote,
            unsubscribedAt: contact.unsubscribedAt?.toISOString() ?? null,
          },
        },
      });
      return { ok: true };
    },
  );
}
