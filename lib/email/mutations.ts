import "server-only";
import type { StaffUser } from "@/lib/auth/roles";
import { authorizeActor, type Denied, type NotFound } from "@/lib/commands/outcome";
import { writeTransaction } from "@/lib/db/write-transaction";
import type { Locale } from "@/lib/i18n/locales";
import { emailDelivery, type EmailDelivery } from "./delivery";
import { queueEmail } from "./outbox";

export type OutboxOutcome =
  { ok: true; id: string } | Denied | NotFound | { ok: false; reason: "notFailed" | "emailOff" };

/**
 * A failed message back in the queue, now, with a new day to go out in.
 * Only a failed one (a message that may have arrived, interrupted, is
 * failed too: the admin decides), and only while it still has its content
 * (a sent reset link's is gone).
 */
export async function sendEmailAgain(
  actor: StaffUser | null,
  id: string,
  delivery: EmailDelivery = emailDelivery(),
): Promise<OutboxOutcome> {
  const access = authorizeActor(actor, "viewOutbox");
  if (!access.ok) return access;
  if (delivery.mode === "off") return { ok: false, reason: "emailOff" };
  const now = new Date();
  return writeTransaction(
    { action: "email.send-again", actor: access.actor, entityId: id },
    async (tx): Promise<OutboxOutcome> => {
      const { count } = await tx.outboxEmail.updateMany({
        where: { id, status: "FAILED", contentRemovedAt: null },
        data: { status: "QUEUED", attempts: 0, nextAttemptAt: now, queuedAt: now },
      });
      if (count === 1) return { ok: true, id };
      return { ok: false, reason: (await tx.outboxEmail.count({ where: { id } })) ? "notFailed" : "notFound" };
    },
  );
}

/** A test message to the admin's own address, in their language: does the mail server take it? */
export async function queueTestEmail(
  actor: StaffUser | null,
  locale: Locale,
  delivery: EmailDelivery = emailDelivery(),
): Promise<OutboxOutcome> {
  const access = authorizeActor(actor, "viewOutbox");
  if (!access.ok) return access;
  const staff = access.actor;
  return writeTransaction({ action: "email.test", actor: staff }, async (tx): Promise<OutboxOutcome> => {
    const id = await queueEmail(
      tx,
      { kind: "testMessage", to: { address: staff.email, name: staff.name }, locale, params: { name: staff.name } },
      delivery,
    );
    return id ? { ok: true, id } : { ok: false, reason: "emailOff" };
  });
}
