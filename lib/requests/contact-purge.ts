import "server-only";
import { auditedTransaction, recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { startHourlyJob } from "@/lib/jobs/hourly-job";
import { SCHEDULER_ACTOR } from "@/lib/publishing/scheduler";

/** How long a closed request keeps its contact details (the public form says so). */
export const CONTACT_RETENTION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Empties the contact details of every request closed more than 90 days
 * ago, in one UPDATE, with an audit entry per request. Safe on several
 * instances at once: a row already emptied no longer matches.
 */
export async function purgeExpiredContacts(now = new Date()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - CONTACT_RETENTION_DAYS * DAY_MS);
  const db = getDb();
  const due = await db.sessionRequest.count({ where: { closedAt: { lt: cutoff }, contactDeletedAt: null } });
  if (due === 0) return [];
  return auditedTransaction(db, { action: "request.contact-purge", actor: SCHEDULER_ACTOR }, async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; organization: string }[]>`
      UPDATE "SessionRequest" SET "contactName" = NULL, "contactPhone" = NULL, "contactEmail" = NULL, "contactDeletedAt" = ${now}, "updatedAt" = ${now}
      WHERE "closedAt" < ${cutoff} AND "contactDeletedAt" IS NULL
      RETURNING "id", "organization"`;
    for (const row of rows) {
      await recordAudit(tx, SCHEDULER_ACTOR, { action: "DELETE", entityType: "sessionRequest", entityId: row.id, summary: `${row.organization}: contact details deleted after ${CONTACT_RETENTION_DAYS} days` });
    }
    return rows.map((row) => row.id);
  });
}

/** Starts the hourly purge once per process (instrumentation.ts), beside the publishing loop. */
export function startContactPurge(): void {
  startHourlyJob("Deleting expired request contacts", () => purgeExpiredContacts());
}
