import type { Prisma } from "@/lib/generated/prisma/client";

export type QuestionRow = Prisma.QuestionGetPayload<object>;

/**
 * What the audit log keeps of a question: the staff side only. The
 * resident's words are left out, so deleting the question (by staff, or 30
 * days after its meeting) deletes them everywhere.
 */
export function questionSnapshot(row: QuestionRow): Prisma.InputJsonValue {
  return {
    status: row.status, meetingId: row.meetingId, locale: row.locale, answerEn: row.answerEn, answerEs: row.answerEs,
    answeredByRole: row.answeredByRole, publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

export function questionSummary(row: QuestionRow): string {
  return `Question ${row.id.slice(0, 8)}${row.meetingId ? ` on meeting ${row.meetingId}` : " (general)"}`;
}
