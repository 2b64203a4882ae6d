import "server-only";
import { getDb } from "@/lib/db/client";
import { emailDelivery, type EmailDelivery } from "@/lib/email/delivery";
import { DIGEST_MAX_ITEMS } from "@/lib/email/kinds/staff-notice";
import { queueEmail } from "@/lib/email/outbox";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { safeLocale } from "@/lib/i18n/locales";
import { startIntervalJob } from "@/lib/jobs/interval-job";
import { dateKeyToDbDate, dbDateToDateKey } from "@/lib/time/central-time";
import { digestDayDue } from "./digest-time";
import { isNoticeKind, NOTICE_PARAMS } from "./notice-kinds";

export const DIGEST_INTERVAL_MS = 60_000;

/**
 * The daily digest job: every instance runs it each minute. For each person
 * who chose a digest and whose hour has come today (Central time,
 * lib/notices/digest-time.ts), it claims the day with one conditional
 * update of their account (`digestClaimedOn` < today → today): when two
 * instances race, the second waits on the first's row lock and then updates
 * nothing. In the same transaction it queues one email listing the
 * notices waiting for them and deletes those, so each notice is in exactly
 * one digest. A day with nothing waiting is claimed too, and sends nothing.
 * Returns how many digests it queued.
 */
export async function sendDueDigests({
  db = getDb(),
  now = new Date(),
  delivery = emailDelivery(),
}: { db?: PrismaClient; now?: Date; delivery?: EmailDelivery } = {}): Promise<number> {
  if (delivery.mode === "off") return 0;
  const people = await db.user.findMany({
    where: { active: true, noticeMode: "DIGEST" },
    select: { id: true, email: true, name: true, locale: true, digestHour: true, digestClaimedOn: true },
  });
  let queued = 0;
  for (const person of people) {
    const day = digestDayDue(
      now,
      person.digestHour,
      person.digestClaimedOn ? dbDateToDateKey(person.digestClaimedOn) : null,
    );
    if (!day) continue;
    const sent = await db.$transaction(async (tx) => {
      const claimed = await tx.user.updateMany({
        where: {
          id: person.id,
          noticeMode: "DIGEST",
          OR: [{ digestClaimedOn: null }, { digestClaimedOn: { lt: dateKeyToDbDate(day) } }],
        },
        data: { digestClaimedOn: dateKeyToDbDate(day) },
      });
      if (claimed.count === 0) return false;
      return queueDigest(tx, person, day, now, delivery);
    });
    if (sent) queued += 1;
  }
  return queued;
}

async function queueDigest(
  tx: Prisma.TransactionClient,
  person: { id: string; email: string; name: string; locale: string },
  day: string,
  now: Date,
  delivery: EmailDelivery,
): Promise<boolean> {
  const pending = await tx.pendingNotice.findMany({
    where: { userId: person.id, createdAt: { lte: now } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  if (pending.length === 0) return false;
  await tx.pendingNotice.deleteMany({ where: { id: { in: pending.map((row) => row.id) } } });
  // A notice written by an older version whose parameters no longer fit is left out rather than failing the whole digest.
  const items = pending.filter(
    (row) => isNoticeKind(row.kind) && NOTICE_PARAMS[row.kind].safeParse(row.params).success,
  );
  if (items.length === 0) return false;
  const listed = items
    .slice(0, DIGEST_MAX_ITEMS)
    .map((row) => ({ kind: row.kind, params: row.params as Prisma.InputJsonValue }));
  await queueEmail(
    tx,
    {
      kind: "staffDigest",
      to: { address: person.email, name: person.name },
      locale: safeLocale(person.locale),
      params: { day, items: listed, more: items.length - listed.length },
    },
    delivery,
  );
  return true;
}

/** Starts the digest loop once per process (instrumentation.ts). */
export function startDigestJob(): void {
  if (emailDelivery().mode === "off") return;
  startIntervalJob({
    key: "staffDigest",
    intervalMs: DIGEST_INTERVAL_MS,
    label: "Sending staff digests",
    run: () => sendDueDigests(),
  });
}
