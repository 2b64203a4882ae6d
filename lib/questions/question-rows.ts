import type { AuditEvent } from "@/lib/audit/events";
import type { Prisma } from "@/lib/generated/prisma/client";

export type QuestionRow = Prisma.QuestionGetPayload<object>;

/**
 * What the audit log keeps of a question: the staff side only. The
 * resident's words are left out, so deleting the question (by staff, or 30
 * days after its meeting) deletes them everywhere.
 */
export function questionSnapshot(row: QuestionRow): Prisma.InputJsonValue {
  return {
    status: row.status,
    meetingId: row.meetingId,
    locale: row.locale,
    answerEn: row.answerEn,
    answerEs: row.answerEs,
    answeredByRole: row.answeredByRole,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

type QuestionEventCode = "question.answered" | "question.published" | "question.unpublished" | "question.deleted";

/** What staff did to a question, as the audit log names it: the start of its id and its meeting's (none for a general question), never its words. */
export function questionEvent(code: QuestionEventCode, row: Pick<QuestionRow, "id" | "meetingId">): AuditEvent {
  return { code, params: questionParams(row) };
}

export function questionParams(row: Pick<QuestionRow, "id" | "meetingId">) {
  return { question: row.id.slice(0, 8), meeting: row.meetingId };
}
