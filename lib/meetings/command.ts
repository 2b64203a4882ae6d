import "server-only";
import { isRecordId } from "@/lib/db/record-id";
import { Rollback, writeTransaction, type Tx, type WriteCommand } from "@/lib/db/write-transaction";
import type { Conflict, Denied, Invalid, NotFound } from "@/lib/commands/outcome";
import type { Prisma } from "@/lib/generated/prisma/client";
import { meetingWithText, toEditableMeeting, type EditableMeeting, type MeetingWithText } from "./admin-data";

/**
 * What every meeting command shares (the meeting commands in mutations.ts,
 * the publishing commands in lib/publishing/mutations.ts, the draft changes
 * in lib/meeting-revisions, the interpreter mark in lib/attendance): the
 * refusals, the transaction, and the optimistic version check.
 */

/** Someone else saved first: nothing was written; here is what is saved now. */
export type MeetingConflict = Conflict & { current: EditableMeeting };
export type Refused = Denied | NotFound | Invalid | MeetingConflict;

/** Every check passed and nothing was written: the change awaits confirmation. */
export type Checked = { ok: true; dryRun: true };

/** A meeting command's transaction: public content, with room for a recurring set's many rows. */
export function meetingTransaction<T>(
  command: WriteCommand,
  work: (tx: Tx) => Promise<T>,
): Promise<T | Refused | Checked> {
  return writeTransaction<T, Refused | Checked>(command, work, {
    publicContent: true,
    timeout: 30_000,
    maxWait: 10_000,
  });
}

/** Rolls the command back with a refusal. */
export function refuse(refused: Refused): never {
  throw new Rollback(refused);
}

/**
 * Every check of a previewed status change passed: the transaction rolls
 * back, so a preview writes nothing and tells no instance to empty its cache.
 */
export function previewOnly(): never {
  throw new Rollback<Checked>({ ok: true, dryRun: true });
}

export async function loadForChange(tx: Tx, id: string, version: number): Promise<MeetingWithText> {
  const current = isRecordId(id) ? await tx.meeting.findUnique({ where: { id }, include: meetingWithText }) : null;
  if (!current) refuse({ ok: false, reason: "notFound" });
  if (current.version !== version) refuse({ ok: false, reason: "conflict", current: toEditableMeeting(current) });
  return current;
}

/** Writes only if nobody saved since `version` was read; otherwise refuses with what is saved now. */
export async function updateIfUnchanged(
  tx: Tx,
  id: string,
  version: number,
  data: Prisma.MeetingUncheckedUpdateManyInput,
): Promise<void> {
  const { count } = await tx.meeting.updateMany({
    where: { id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 1) return;
  await refuseStale(tx, id);
}

/** After a write that matched no row at the expected version: the conflict with what is saved now, or notFound. */
export async function refuseStale(tx: Tx, id: string): Promise<never> {
  const current = await tx.meeting.findUnique({ where: { id }, include: meetingWithText });
  return refuse(
    current
      ? { ok: false, reason: "conflict", current: toEditableMeeting(current) }
      : { ok: false, reason: "notFound" },
  );
}
