import "server-only";
import { RETENTION } from "@/lib/audit/actors";
import { recordAudit } from "@/lib/audit/record";
import { writeTransaction } from "@/lib/db/write-transaction";
import { getDb } from "@/lib/db/client";
import { startIntervalJob } from "@/lib/jobs/interval-job";
import { questionParams } from "./question-rows";

/** How long an unpublished question is kept after its meeting (or, for a general one, after it was asked); the form says so. */
export const QUESTION_RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes every unpublished question whose meeting ended more than 30 days
 * ago, and every unpublished general question asked more than 30 days ago,
 * in one DELETE, with an audit entry per question (which never held its
 * text). Published ones stay while they are published. Safe on several
 * instances at once: a deleted row no longer matches.
 */
export async function purgeExpiredQuestions(now = new Date()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - QUESTION_RETENTION_DAYS * DAY_MS);
  const db = getDb();
  const expired = {
    status: { not: "PUBLISHED" as const },
    OR: [{ meetingId: null, createdAt: { lt: cutoff } }, { meeting: { endsAt: { lt: cutoff } } }],
  };
  if ((await db.question.count({ where: expired })) === 0) return [];
  return writeTransaction(
    { action: "question.purge", actor: RETENTION },
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; meetingId: string | null }[]>`
      DELETE FROM "Question" AS q
      WHERE q."status" <> 'PUBLISHED'
        AND ((q."meetingId" IS NULL AND q."createdAt" < ${cutoff})
          OR EXISTS (SELECT 1 FROM "Meeting" AS m WHERE m."id" = q."meetingId" AND m."endsAt" < ${cutoff}))
      RETURNING q."id", q."meetingId"`;
      for (const row of rows) {
        await recordAudit(tx, RETENTION, {
          action: "DELETE",
          entityType: "question",
          entityId: row.id,
          event: { code: "question.expired", params: { ...questionParams(row), days: QUESTION_RETENTION_DAYS } },
        });
      }
      return rows.map((row) => row.id);
    },
    { db },
  );
}

/** Starts the hourly deletion once per process (instrumentation.ts). */
export function startQuestionPurge(): void {
  startIntervalJob({
    key: "questionPurge",
    intervalMs: 60 * 60 * 1000,
    label: "Deleting expired questions",
    run: () => purgeExpiredQuestions(),
  });
}
