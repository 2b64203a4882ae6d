import "server-only";
import { getDb } from "@/lib/db/client";
import { emailDelivery } from "@/lib/email/delivery";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { startIntervalJob } from "@/lib/jobs/interval-job";
import { publiclyVisible } from "@/lib/meetings/visibility";
import { noticeInterpretationNeeded } from "./staff-notices";

export const INTERPRETATION_WINDOW_MS = 48 * 60 * 60 * 1000;
export const INTERPRETATION_CHECK_INTERVAL_MS = 5 * 60 * 1000;

/**
 * Meetings residents can see, starting within 48 hours, where residents
 * tapped "I need interpretation in …" for a language the meeting notes no
 * interpreter for: the meeting's managers are told once per meeting and
 * language. Every instance runs the check; the first to insert the
 * (meeting, language) row sends the notice in the same transaction, and
 * any other finds the row there (INSERT … ON CONFLICT DO NOTHING inserts
 * nothing) and sends nothing. Returns how many it told.
 */
export async function alertUnstaffedInterpretation({
  db = getDb(),
  now = new Date(),
}: { db?: PrismaClient; now?: Date } = {}): Promise<number> {
  const asked = await db.tallyCount.findMany({
    where: {
      kind: "INTERPRETATION",
      count: { gt: 0 },
      meeting: {
        AND: [
          { status: "SCHEDULED", startsAt: { gt: now, lte: new Date(now.getTime() + INTERPRETATION_WINDOW_MS) } },
          publiclyVisible(now),
        ],
      },
    },
    select: { language: true, count: true, meeting: { select: { id: true, startsAt: true, interpretation: true } } },
  });
  const alerted = await db.interpretationAlert.findMany({
    where: { meetingId: { in: asked.map((row) => row.meeting.id) } },
    select: { meetingId: true, language: true },
  });
  const done = new Set(alerted.map((row) => `${row.meetingId} ${row.language}`));
  let told = 0;
  for (const { language, count, meeting } of asked) {
    if (meeting.interpretation.includes(language) || done.has(`${meeting.id} ${language}`)) continue;
    const sent = await db.$transaction(async (tx) => {
      const { count: inserted } = await tx.interpretationAlert.createMany({
        data: [{ meetingId: meeting.id, language }],
        skipDuplicates: true,
      });
      if (inserted === 0) return false;
      await noticeInterpretationNeeded(tx, meeting, language, count);
      return true;
    });
    if (sent) told += 1;
  }
  return told;
}

/** Starts the check once per process (instrumentation.ts). */
export function startInterpretationAlerts(): void {
  if (emailDelivery().mode === "off") return;
  startIntervalJob({
    key: "interpretationAlerts",
    intervalMs: INTERPRETATION_CHECK_INTERVAL_MS,
    label: "Checking interpretation requests",
    run: () => alertUnstaffedInterpretation(),
  });
}
