import { z } from "zod";
import type { Tx } from "@/lib/db/write-transaction";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { emailDelivery, type EmailDelivery } from "./delivery";
import { EMAIL_KINDS, type EmailKindName, type EmailParams } from "./kinds";

/** A message to queue: its kind and parameters (lib/email/kinds.ts), one recipient, a language. */
export type EmailMessage<Kind extends EmailKindName = EmailKindName> = {
  kind: Kind;
  to: { address: string; name?: string | null };
  locale: Locale;
  params: EmailParams<Kind>;
  /**
   * Held until then, and recorded as queued at `recordedAt`, with a random
   * id (a cuid embeds the moment it was made): a message about a resident's
   * question carries no time finer than the question's own hour
   * (lib/notices/staff-notices.ts).
   */
  timing?: { recordedAt: Date; sendAfter: Date };
};

const recipientAddress = z.email().max(254);

/** Whether a mail server would take this as one recipient (no name, no list, no line break). */
export function isDeliverableAddress(address: string): boolean {
  return recipientAddress.safeParse(address).success;
}

/** The reason kept on a message whose address no mail server would take (it is never tried). */
export const INVALID_ADDRESS_REASON =
  "Not a valid email address: it was not sent. Correct the address where it was typed.";

/**
 * Writes one message to the outbox inside the caller's transaction, as data
 * (kind, recipient, language, parameters): it is rendered and sent later by
 * the sender job (lib/email/sender.ts), so it goes out only if the change
 * that caused it commits, and the change never waits for the mail server.
 * Returns the message's id, or null when email is off (a real deployment
 * without SMTP_URL: nothing is written).
 *
 * Parameters that do not fit the kind's schema are a bug and throw. A
 * recipient address no mail server would take (typed wrong somewhere) does
 * not fail the caller's save: the message is kept as failed, with the
 * reason, for an admin to see.
 */
export async function queueEmail<Kind extends EmailKindName>(
  tx: Tx,
  message: EmailMessage<Kind>,
  delivery: EmailDelivery = emailDelivery(),
): Promise<string | null> {
  if (delivery.mode === "off") return null;
  const params = EMAIL_KINDS[message.kind].params.parse(message.params) as Prisma.InputJsonValue;
  const address = message.to.address.trim();
  const valid = isDeliverableAddress(address);
  const row = await tx.outboxEmail.create({
    data: {
      kind: message.kind,
      toAddress: address.slice(0, 254),
      toName: message.to.name?.slice(0, 200) || null,
      locale: message.locale,
      params,
      ...(message.timing
        ? {
            id: crypto.randomUUID(),
            createdAt: message.timing.recordedAt,
            queuedAt: message.timing.recordedAt,
            nextAttemptAt: message.timing.sendAfter,
          }
        : {}),
      ...(valid ? {} : { status: "FAILED", lastError: INVALID_ADDRESS_REASON }),
    },
    select: { id: true },
  });
  return row.id;
}
