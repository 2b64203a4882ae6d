import { actorForLog, collectChangesToLog, type AuditActor } from "@/lib/audit/record";
import type { Outcome } from "@/lib/commands/outcome";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { logStaffAction } from "@/lib/logging/staff-action";
import { CHANGES_CHANNEL } from "@/lib/db/public-changes";
import { clearPublicCache } from "@/lib/serving/page-cache";
import { getDb } from "./client";

/** The client a write's work gets: every read and write inside it commits or rolls back together. */
export type Tx = Prisma.TransactionClient;

/** What the log names the write by ("venue.update"), who asks, and the record it is about. */
export type WriteCommand = { action: string; actor: AuditActor; entityId?: string };

type WriteOptions = {
  /**
   * The change is one residents see (meetings, venues, series, statements,
   * questions): a NOTIFY inside the transaction tells every other app
   * instance exactly when it commits (never for a rolled-back one), and this
   * instance empties its own page cache as soon as the commit returns.
   */
  publicContent?: boolean;
  /** Another database than the app's (a job given its own client). */
  db?: PrismaClient;
  timeout?: number;
  maxWait?: number;
};

/**
 * Thrown inside a write to roll everything back and answer with an outcome
 * instead: a refusal found halfway (a conflict, a rule broken), or a check
 * that passed when only the check was asked for (a previewed status change).
 */
export class Rollback<O extends Outcome = Outcome> extends Error {
  constructor(readonly outcome: O) {
    super(outcome.ok ? "checked" : outcome.reason);
  }
}

/**
 * The one transaction every write goes through: the work and its audit
 * rows (recordAudit) commit together or not at all; each audited change is
 * logged once it has committed (the command itself, when it answers
 * `{ ok: true }` with no audit entry); the command is logged "refused" when
 * it answers `{ ok: false, reason }` or throws a Rollback, "failed" when it
 * throws anything else (which passes on).
 */
export async function writeTransaction<T, O extends Outcome = never>(
  command: WriteCommand,
  work: (tx: Tx) => Promise<T>,
  { publicContent = false, db = getDb(), ...options }: WriteOptions = {},
): Promise<T | NoInfer<O>> {
  const base = { action: command.action, ...actorForLog(command.actor), entityId: command.entityId ?? null };
  let changes: ReturnType<typeof collectChangesToLog> = [];
  let result: T;
  try {
    result = await db.$transaction(async (tx) => {
      changes = collectChangesToLog(tx);
      const value = await work(tx);
      if (publicContent) await tx.$executeRaw`select pg_notify(${CHANGES_CHANNEL}, '')`;
      return value;
    }, options);
  } catch (error) {
    if (error instanceof Rollback) {
      const outcome = (error as Rollback<O>).outcome;
      logStaffAction({ ...base, outcome: "refused", reason: outcome.ok ? "preview" : outcome.reason });
      return outcome;
    }
    logStaffAction({ ...base, outcome: "failed", reason: "error" });
    throw error;
  }
  if (publicContent) clearPublicCache();
  for (const change of changes) logStaffAction({ ...change, outcome: "ok" });
  const answer = result as { ok?: unknown; reason?: unknown; id?: unknown } | null;
  if (answer && typeof answer === "object" && answer.ok === false) {
    logStaffAction({ ...base, outcome: "refused", reason: String(answer.reason) });
  } else if (changes.length === 0 && answer && typeof answer === "object" && answer.ok === true) {
    // A write with no audit entry (a message queued again): the command is the change.
    logStaffAction({
      ...base,
      entityId: base.entityId ?? (typeof answer.id === "string" ? answer.id : null),
      outcome: "ok",
    });
  }
  return result;
}
