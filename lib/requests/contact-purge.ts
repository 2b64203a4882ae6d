import "server-only";
import { RETENTION } from "@/lib/audit/actors";
import { recordAudit } from "@/lib/audit/record";
import { writeTransaction } from "@/lib/db/write-transaction";
import { getDb } from "@/lib/db/client";
import { startIntervalJob } from "@/lib/jobs/interval-job";

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
  return writeTransaction(
    { action: "request.contact-purge", actor: RETENTION },
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; organization: string }[]>`
      UPDATE "SessionRequest" SET "contactName" = NULL, "contactPhone" = NULL, "contactEmail" = NULL, "contactDeletedAt" = ${now}, "updatedAt" = ${now}
      WHERE "closedAt" < ${cutoff} AND "contactDeletedAt" IS NULL
      RETURNING "id", "organization"`;
      for (const row of rows) {
        await recordAudit(tx, RETENTION, {
          action: "DELETE",
          entityType: "sessionRequest",
          entityId: row.id,
          event: {
            code: "sessionRequest.contactDeleted",
            params: { organization: row.organization, days: CONTACT_RETENTION_DAYS },
          },
        });
      }
      return rows.map((row) => row.id);
    },
    { db },
  );
}

/** Starts the hourly purge once per process (instrumentation.ts), beside the publishing loop. */
export function startContactPurge(): void {
  startIntervalJob({
    key: "contactPurge",
    intervalMs: 60 * 60 * 1000,
    label: "Deleting expired request contacts",
    run: () => purgeExpiredContacts(),
  });
}
