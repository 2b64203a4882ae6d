import "server-only";
import { can, type StaffUser } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { logStaffAction } from "@/lib/logging/staff-action";
import { emailDelivery, type EmailDelivery } from "./delivery";
import { queueEmail } from "./outbox";

export type OutboxResult = { ok: true; id: string } | { ok: false; reason: "forbidden" | "notFound" | "notFailed" | "emailOff" };

/**
 * A failed message back in the queue, now, with a new day to go out in.
 * Only a failed one (a message that may have arrived, interrupted, is
 * failed too: the admin decides), and only while it still has its content
 * (a sent reset link's is gone).
 */
export async function sendEmailAgain(actor: StaffUser, id: string, delivery: EmailDelivery = emailDelivery()): Promise<OutboxResult> {
  if (!can(actor.role, "viewOutbox")) return { ok: false, reason: "forbidden" };
  if (delivery.mode === "off") return { ok: false, reason: "emailOff" };
  const now = new Date();
  const { count } = await getDb().outboxEmail.updateMany({
    where: { id, status: "FAILED", contentRemovedAt: null },
    data: { status: "QUEUED", attempts: 0, nextAttemptAt: now, queuedAt: now },
  });
  if (count === 0) {
    const exists = await getDb().outboxEmail.count({ where: { id } });
    return { ok: false, reason: exists ? "notFailed" : "notFound" };
  }
  logStaffAction({ action: "email.send-again", staffUserId: actor.id, entityId: id, outcome: "ok" });
  return { ok: true, id };
}

/** A test message to the admin's own address, in their language: does the mail server take it? */
export async function queueTestEmail(actor: StaffUser, locale: Locale, delivery: EmailDelivery = emailDelivery()): Promise<OutboxResult> {
  if (!can(actor.role, "viewOutbox")) return { ok: false, reason: "forbidden" };
  const id = await getDb().$transaction((tx) =>
    queueEmail(tx, { kind: "testMessage", to: { address: actor.email, name: actor.name }, locale, params: { name: actor.name } }, delivery),
  );
  if (!id) return { ok: false, reason: "emailOff" };
  logStaffAction({ action: "email.test", staffUserId: actor.id, entityId: id, outcome: "ok" });
  return { ok: true, id };
}
