import { z } from "zod";
import { isRecordId } from "@/lib/db/record-id";
import { isPlainText } from "@/lib/text/plain-text";

export const PARTNER_CONTACT_LIMITS = { address: 254, name: 200, consentNote: 1000 } as const;

/** The languages a notice can start with (every notice carries both). */
export const NOTICE_LOCALES = ["es", "en"] as const;

export const PARTNER_CONTACT_FIELDS = ["address", "name", "locale", "consentNote"] as const;
export type PartnerContactField = (typeof PARTNER_CONTACT_FIELDS)[number];

/** A contact for a partner's notices, as staff type it: the address, who it is, the language first, and the partner's consent (required). */
export const partnerContactSchema = z.object({
  address: z
    .string()
    .trim()
    .min(1, "required")
    .max(PARTNER_CONTACT_LIMITS.address, "tooLong")
    .pipe(z.email("invalidEmail"))
    .transform((value) => value.toLowerCase()),
  name: z
    .string()
    .trim()
    .max(PARTNER_CONTACT_LIMITS.name, "tooLong")
    .refine(isPlainText, "invalid")
    .optional()
    .transform((value) => value || null),
  locale: z.enum(NOTICE_LOCALES, "invalid"),
  consentNote: z
    .string()
    .trim()
    .min(1, "required")
    .max(PARTNER_CONTACT_LIMITS.consentNote, "tooLong")
    .refine(isPlainText, "invalid"),
});

export type PartnerContactInput = z.output<typeof partnerContactSchema>;

/** Which contact a remove button names. */
export const partnerContactIdSchema = z.object({ contactId: z.string().refine(isRecordId, "notFound") });
