import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { StaffUser } from "@/lib/auth/roles";
import { authorizeActor, invalid } from "@/lib/commands/outcome";
import { getDb } from "@/lib/db/client";
import { meetingWithText } from "@/lib/meetings/admin-data";
import { loadForChange, meetingTransaction, updateIfUnchanged, type Refused } from "@/lib/meetings/command";
import { Rollback } from "@/lib/db/write-transaction";
import { meetingEvent, meetingSnapshot } from "@/lib/meetings/meeting-rows";
import { visibleWhere } from "@/lib/meetings/visibility";
import { editOfPublishedNeedsReview } from "@/lib/publishing/review-rule";
import { takeAddressSlot } from "@/lib/security/address-limit";
import { tapSchema, type InterpreterMarkInput, type TapChoice } from "./schema";
import { tallyDay, tallyKey } from "./tally-key";

export type Tapped =
  | { ok: true; choice: TapChoice; counted: boolean }
  | { ok: false; reason: "invalid" | "notFound" | "closed" | "tooMany" };

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,159}$/;

/**
 * One tap on a meeting page: "I plan to come" or "I need interpretation
 * in …". Anyone may tap (no account, no cookie); the address limit comes
 * first. A tap counts once per address, meeting, choice and Dallas day, on
 * every instance: its tally key is inserted with ON CONFLICT DO NOTHING and
 * only a new key raises the counter, in one transaction. What is written is
 * the keyed hash and its day (deleted once the day is over) and a counter.
 */
export async function recordTap(slug: string, raw: unknown, clientAddress: string, now = new Date()): Promise<Tapped> {
  if (!takeAddressSlot("tap", clientAddress, now)) return { ok: false, reason: "tooMany" };
  const parsed = tapSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const choice = parsed.data.tap;
  const db = getDb();
  const meeting = SLUG_PATTERN.test(slug)
    ? await db.meeting.findFirst({
        where: visibleWhere({ slug }, now),
        select: { id: true, status: true, endsAt: true },
      })
    : null;
  if (!meeting) return { ok: false, reason: "notFound" };
  if (meeting.status === "CANCELLED" || meeting.endsAt <= now) return { ok: false, reason: "closed" };

  const kind = choice === "plan" ? "PLAN_TO_COME" : "INTERPRETATION";
  const language = choice === "plan" ? "" : choice;
  const day = tallyDay(now);
  const key = tallyKey({ day, meetingId: meeting.id, kind, language, address: clientAddress });
  const counted = await db.$transaction(async (tx) => {
    const fresh =
      await tx.$executeRaw`INSERT INTO "TallyKey" ("key", "day") VALUES (${key}, ${day}::date) ON CONFLICT DO NOTHING`;
    if (fresh === 0) return false;
    await tx.$executeRaw`
      INSERT INTO "TallyCount" ("meetingId", "kind", "language", "count") VALUES (${meeting.id}, ${kind}::"TallyKind", ${language}, 1)
      ON CONFLICT ("meetingId", "kind", "language") DO UPDATE SET "count" = "TallyCount"."count" + 1`;
    return true;
  });
  return { ok: true, choice, counted };
}

export type Marked = { ok: true; id: string; version: number };

/**
 * Staff: an interpreter is arranged (or no longer) for one language. In a
 * series that needs review, an editor proposes it as a draft change of a
 * published meeting instead (lib/publishing/review-rule.ts). It is
 * the meeting's own interpretation list that changes, through the meeting
 * command path (version check and bump, so calendars see a newer SEQUENCE;
 * audit entry; change notification, so every instance's cached pages and
 * calendar files show it).
 */
export async function setInterpreterArranged(
  actor: StaffUser | null,
  id: string,
  input: InterpreterMarkInput,
): Promise<Marked | Refused> {
  const access = authorizeActor(actor, "manageMeetings");
  if (!access.ok) return access;
  const staff = access.actor;
  const { language, arranged, version } = input;
  const result = await meetingTransaction({ action: "meeting.interpreter", actor: staff, entityId: id }, async (tx) => {
    const before = await loadForChange(tx, id, version);
    // Residents read the interpretation list on the meeting's page: in a
    // series that needs review it changes like any other published field.
    if (await editOfPublishedNeedsReview(tx, staff, before))
      throw new Rollback(invalid({ form: { key: "changeNeedsReview" } }));
    const interpretation = arranged
      ? [...new Set([...before.interpretation, language])]
      : before.interpretation.filter((code) => code !== language);
    await updateIfUnchanged(tx, id, version, { interpretation, updatedById: staff.id });
    const after = await tx.meeting.findUniqueOrThrow({ where: { id }, include: meetingWithText });
    await recordAudit(tx, staff, {
      action: "UPDATE",
      entityType: "meeting",
      entityId: id,
      event: meetingEvent(after),
      before: meetingSnapshot(before),
      after: meetingSnapshot(after),
    });
    return { ok: true as const, id, version: after.version };
  });
  return result as Marked | Refused;
}
