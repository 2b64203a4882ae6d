import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { StaffUser } from "@/lib/auth/roles";
import { authorizeActor, type Denied, type NotFound } from "@/lib/commands/outcome";
import { getDb } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import { toFieldErrors, type FieldErrors } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { publiclyVisible } from "@/lib/meetings/visibility";
import { noticeNewQuestion } from "@/lib/notices/staff-notices";
import { takeAddressSlot } from "@/lib/security/address-limit";
import { honeypotFilled } from "@/lib/security/honeypot";
import { questionSnapshot, questionEvent, type QuestionRow } from "./question-rows";
import { questionSchema, type AnswerInput } from "./schema";
const HOUR_MS = 60 * 60 * 1000;

export type Asked =
  | { ok: true; stored: boolean }
  | { ok: false; reason: "invalid"; errors: FieldErrors }
  | { ok: false; reason: "tooMany" }
  | { ok: false; reason: "closed" };

/**
 * A resident's question, from the public form: about one meeting, or
 * general (meetingId null). The address limit comes first (a flood of
 * honeypot posts is still a flood); a filled honeypot is answered as
 * accepted and nothing is stored. The row holds the text, the meeting and
 * the language, nothing else: the client address is used for the limit in
 * memory only, the id is random, and the time is rounded down to the hour.
 * No audit entry either (it would carry the exact time): the resident is
 * not staff, and staff actions on the question are audited.
 */
export async function submitQuestion(
  raw: Record<string, unknown>,
  clientAddress: string,
  meetingId: string | null,
  locale: Locale,
  now = new Date(),
): Promise<Asked> {
  if (!takeAddressSlot("question", clientAddress, now)) return { ok: false, reason: "tooMany" };
  if (honeypotFilled(raw)) return { ok: true, stored: false };
  const parsed = questionSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid", errors: toFieldErrors(parsed.error) };
  const db = getDb();
  if (meetingId !== null) {
    // Only a meeting residents can see, and not one already over.
    const open =
      isRecordId(meetingId) &&
      (await db.meeting.count({ where: { AND: [{ id: meetingId, endsAt: { gt: now } }, publiclyVisible(now)] } })) > 0;
    if (!open) return { ok: false, reason: "closed" };
  }
  await db.$transaction(async (tx) => {
    const question = await tx.question.create({
      data: {
        meetingId,
        text: parsed.data.text,
        locale,
        createdAt: new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS),
      },
    });
    await noticeNewQuestion(tx, question);
  });
  return { ok: true, stored: true };
}

export type QuestionOutcome = { ok: true } | Denied | NotFound | { ok: false; reason: "notAnswered" };

/** The question, locked until the transaction ends, so two staff members' changes never interleave. */
async function lockedQuestion(tx: Tx, id: string): Promise<QuestionRow | null> {
  if (!isRecordId(id)) return null;
  const locked = await tx.$queryRaw<{ id: string }[]>`select id from "Question" where id = ${id} for update`;
  return locked.length ? tx.question.findUnique({ where: { id } }) : null;
}

/**
 * One staff change to a question, a public content write (audit row,
 * change notification that empties every instance's page cache, log line):
 * an answer or its publication changes what residents read.
 */
async function changeQuestion(
  actor: StaffUser | null,
  action: string,
  id: string,
  change: (tx: Tx, before: QuestionRow, staff: StaffUser) => Promise<QuestionRow | QuestionOutcome>,
): Promise<QuestionOutcome> {
  const access = authorizeActor(actor, "answerQuestions");
  if (!access.ok) return access;
  const staff = access.actor;
  return writeTransaction(
    { action, actor: staff, entityId: id },
    async (tx): Promise<QuestionOutcome> => {
      const before = await lockedQuestion(tx, id);
      if (!before) return { ok: false, reason: "notFound" };
      const after = await change(tx, before, staff);
      if ("ok" in after) return after;
      return { ok: true };
    },
    { publicContent: true },
  );
}

/** Staff: the answer in both languages. A published question shows the new answer at once; the role of whoever answered last is shown with it. */
export async function answerQuestion(
  actor: StaffUser | null,
  id: string,
  input: AnswerInput,
): Promise<QuestionOutcome> {
  return changeQuestion(actor, "question.answer", id, async (tx, before, staff) => {
    const after = await tx.question.update({
      where: { id },
      data: { ...input, answeredByRole: staff.role, status: before.status === "NEW" ? "ANSWERED" : before.status },
    });
    await recordAudit(tx, staff, {
      action: "UPDATE",
      entityType: "question",
      entityId: id,
      event: questionEvent("question.answered", after),
      before: questionSnapshot(before),
      after: questionSnapshot(after),
    });
    return after;
  });
}

/** Staff: shows the question and its answer to residents. Only an answered question can be published. */
export async function publishQuestion(actor: StaffUser | null, id: string, now = new Date()): Promise<QuestionOutcome> {
  return changeQuestion(actor, "question.publish", id, async (tx, before, staff) => {
    if (before.status === "PUBLISHED") return before;
    if (!before.answerEn || !before.answerEs) return { ok: false, reason: "notAnswered" };
    const after = await tx.question.update({ where: { id }, data: { status: "PUBLISHED", publishedAt: now } });
    await recordAudit(tx, staff, {
      action: "PUBLISH",
      entityType: "question",
      entityId: id,
      event: questionEvent("question.published", after),
      before: questionSnapshot(before),
      after: questionSnapshot(after),
    });
    return after;
  });
}

/** Staff: takes a published question off the public pages; it keeps its answer, and is deleted 30 days after its meeting like any unpublished one. */
export async function unpublishQuestion(actor: StaffUser | null, id: string): Promise<QuestionOutcome> {
  return changeQuestion(actor, "question.unpublish", id, async (tx, before, staff) => {
    if (before.status !== "PUBLISHED") return before;
    const after = await tx.question.update({ where: { id }, data: { status: "ANSWERED", publishedAt: null } });
    await recordAudit(tx, staff, {
      action: "UPDATE",
      entityType: "question",
      entityId: id,
      event: questionEvent("question.unpublished", after),
      before: questionSnapshot(before),
      after: questionSnapshot(after),
    });
    return after;
  });
}

/** Staff: deletes a question (with its answer) for good; the form's ticked box (deleteQuestionSchema) is the confirmation. */
export async function deleteQuestion(actor: StaffUser | null, id: string): Promise<QuestionOutcome> {
  return changeQuestion(actor, "question.delete", id, async (tx, before, staff) => {
    await tx.question.delete({ where: { id } });
    await recordAudit(tx, staff, {
      action: "DELETE",
      entityType: "question",
      entityId: id,
      event: questionEvent("question.deleted", before),
      before: questionSnapshot(before),
    });
    return before;
  });
}
