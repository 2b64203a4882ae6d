import "server-only";
import type { AuditedCommand } from "@/lib/audit/record";
import { can, type StaffUser } from "@/lib/auth/roles";
import { contentTransaction } from "@/lib/db/content-transaction";
import { isRecordId } from "@/lib/db/record-id";
import type { DateConflict, FieldErrors } from "@/lib/forms/form-state";
import type { Prisma } from "@/lib/generated/prisma/client";
import { meetingWithText, toEditableMeeting, type EditableMeeting, type MeetingWithText } from "./admin-data";

/**
 * What every meeting command shares (the meeting commands in mutations.ts,
 * the publishing commands in lib/publishing/mutations.ts): who may ask, the
 * refusals as values, the audited content transaction, and the optimistic
 * version check.
 */

export type Tx = Prisma.TransactionClient;

export type Denied = { ok: false; reason: "unauthenticated" | "forbidden" };
export type NotFound = { ok: false; reason: "notFound" };
export type Invalid = { ok: false; reason: "invalid"; errors: FieldErrors; conflicts?: DateConflict[] };
/** Someone else saved first: nothing was written; here is what is saved now. */
export type Conflict = { ok: false; reason: "conflict"; current: EditableMeeting };
export type Refused = Denied | NotFound | Invalid | Conflict;

/** Thrown inside a transaction to roll it back and hand the caller a refusal. */
export class Refusal extends Error {
  constructor(readonly result: Refused) {
    super(result.reason);
  }
}

export function denied(actor: StaffUser | null): Denied | null {
  if (!actor) return { ok: false, reason: "unauthenticated" };
  if (!can(actor.role, "manageMeetings")) return { ok: false, reason: "forbidden" };
  return null;
}

export function invalid(errors: FieldErrors, conflicts?: DateConflict[]): Invalid {
  return { ok: false, reason: "invalid", errors, ...(conflicts ? { conflicts } : {}) };
}

/**
 * Thrown when every check of a previewed status change passed: the
 * transaction rolls back, so a preview writes nothing and tells no instance
 * to empty its cache.
 */
export class PreviewOnly extends Error {}

export async function inTransaction<T>(command: AuditedCommand, work: (tx: Tx) => Promise<T>): Promise<T | Refused> {
  try {
    return await contentTransaction(command, work, {
      timeout: 30_000,
      maxWait: 10_000,
      refusalReason: (error) => (error instanceof Refusal ? error.result.reason : error instanceof PreviewOnly ? "preview" : null),
    });
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    throw error;
  }
}

/** A status change's result, or "checked" when it was only previewed. */
export async function orPreviewed<T>(change: Promise<T>): Promise<T | Checked> {
  try {
    return await change;
  } catch (error) {
    if (error instanceof PreviewOnly) return { ok: true, dryRun: true };
    throw error;
  }
}


export async function loadForChange(tx: Tx, id: string, version: number): Promise<MeetingWithText> {
  const current = isRecordId(id) ? await tx.meeting.findUnique({ where: { id }, include: meetingWithText }) : null;
  if (!current) throw new Refusal({ ok: false, reason: "notFound" });
  if (current.version !== version) throw new Refusal({ ok: false, reason: "conflict", current: toEditableMeeting(current) });
  return current;
}

/** Writes only if nobody saved since `version` was read; otherwise refuses with what is saved now. */
export async function updateIfUnchanged(tx: Tx, id: string, version: number, data: Prisma.MeetingUncheckedUpdateManyInput): Promise<void> {
  const { count } = await tx.meeting.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 1) return;
  const current = await tx.meeting.findUnique({ where: { id }, include: meetingWithText });
  throw new Refusal(current ? { ok: false, reason: "conflict", current: toEditableMeeting(current) } : { ok: false, reason: "notFound" });
}


/** Every check passed and nothing was written: the change awaits confirmation. */
export type Checked = { ok: true; dryRun: true };
