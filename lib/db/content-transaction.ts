import { auditedTransaction, type AuditedCommand } from "@/lib/audit/record";
import { CHANGES_CHANNEL } from "@/lib/serving/change-listener";
import { clearPublicCache } from "@/lib/serving/page-cache";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "./client";

type Tx = Prisma.TransactionClient;

/**
 * The one way changes to what residents see (meetings, venues, series) are
 * written: an audited command, a staff member's or the app's own (scheduled
 * publishing), logged once it commits, that also
 * sends a NOTIFY inside the transaction, so other app instances hear of the
 * change exactly when it commits (never for a rolled-back one); this
 * instance empties its own cache as soon as the commit returns.
 */
export async function contentTransaction<T>(
  command: AuditedCommand,
  work: (tx: Tx) => Promise<T>,
  options?: Parameters<typeof auditedTransaction>[3],
): Promise<T> {
  const result = await auditedTransaction(
    getDb(),
    command,
    async (tx) => {
      const value = await work(tx);
      await tx.$executeRaw`select pg_notify(${CHANGES_CHANNEL}, '')`;
      return value;
    },
    options,
  );
  clearPublicCache();
  return result;
}
