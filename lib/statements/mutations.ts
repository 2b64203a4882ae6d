import "server-only";
import type { AuditEvent } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record";
import type { StaffUser } from "@/lib/auth/roles";
import { authorizeActor, type Denied, type NotFound } from "@/lib/commands/outcome";
import { isRecordId } from "@/lib/db/record-id";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import { noticeStatementChangeDecided, noticeStatementChangeProposed } from "@/lib/notices/staff-notices";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dateKeyToDbDate, dbDateToDateKey } from "@/lib/time/central-time";
import {
  statementEditSchema,
  statementInputSchema,
  type StatementEdit,
  type StatementInput,
  type StatementReviewInput,
} from "./schema";

export type StatementOutcome = { ok: true; id: string } | Denied | NotFound;
/** `reviewOff`: proposals exist only while changes need review; `ownProposal`: a reviewer never approves their own. */
export type StatementChangeOutcome = StatementOutcome | { ok: false; reason: "reviewOff" | "ownProposal" };

function translationRows(input: Pick<StatementInput, "textEn" | "textEs" | "sourceEn" | "sourceEs">) {
  return [
    { locale: "en", text: input.textEn, source: input.sourceEn },
    { locale: "es", text: input.textEs, source: input.sourceEs },
  ];
}

/** The statement as it stands, flat: what the audit log and the version history keep. */
async function snapshot(tx: Tx, id: string) {
  const row = await tx.statement.findUniqueOrThrow({ where: { id }, include: { translations: true } });
  const text = (locale: string, field: "text" | "source") =>
    row.translations.find((entry) => entry.locale === locale)?.[field] ?? "";
  return {
    section: row.section,
    position: row.position,
    statedOn: dbDateToDateKey(row.statedOn),
    sourceUrl: row.sourceUrl,
    textEn: text("en", "text"),
    textEs: text("es", "text"),
    sourceEn: text("en", "source"),
    sourceEs: text("es", "source"),
  };
}

/** Keeps the statement as it now stands in its public history. */
async function recordVersion(tx: Tx, id: string, saved: Awaited<ReturnType<typeof snapshot>>) {
  await tx.statementVersion.create({
    data: {
      statementId: id,
      statedOn: dateKeyToDbDate(saved.statedOn),
      sourceUrl: saved.sourceUrl,
      textEn: saved.textEn,
      textEs: saved.textEs,
      sourceEn: saved.sourceEn,
      sourceEs: saved.sourceEs,
    },
  });
}

const shortened = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

/** The statement as the audit log names it: the start of its text in each language. */
function statementEvent(texts: { textEn?: string; textEs?: string }): AuditEvent {
  return {
    code: "statement.details",
    params: { text: { en: shortened(texts.textEn ?? ""), es: shortened(texts.textEs ?? "") } },
  };
}

/** Adds a statement (admins only), with its first version. */
export async function createStatement(actor: StaffUser | null, input: StatementInput): Promise<StatementOutcome> {
  const access = authorizeActor(actor, "manageStatements");
  if (!access.ok) return access;
  return writeTransaction(
    { action: "statement.create", actor: access.actor },
    (tx) => insertStatement(tx, access.actor, input),
    { publicContent: true },
  );
}

async function insertStatement(tx: Tx, actor: StaffUser, input: StatementInput) {
  const row = await tx.statement.create({
    data: {
      section: input.section,
      position: input.position,
      statedOn: dateKeyToDbDate(input.statedOn),
      sourceUrl: input.sourceUrl,
      translations: { create: translationRows(input) },
    },
  });
  const after = await snapshot(tx, row.id);
  await recordVersion(tx, row.id, after);
  await recordAudit(tx, actor, {
    action: "CREATE",
    entityType: "statement",
    entityId: row.id,
    event: statementEvent(input),
    after,
  });
  return { ok: true, id: row.id } as const;
}

/**
 * Changes a statement (admins only). The text before the change stays in
 * its version history; a save that changes nothing adds no version. "Last
 * confirmed on" changes only when the save says the department restated it.
 */
export async function updateStatement(
  actor: StaffUser | null,
  id: string,
  input: StatementEdit,
): Promise<StatementOutcome> {
  const access = authorizeActor(actor, "manageStatements");
  if (!access.ok) return access;
  if (!isRecordId(id)) return { ok: false, reason: "notFound" };
  return writeTransaction(
    { action: "statement.update", actor: access.actor, entityId: id },
    (tx) => changeStatement(tx, access.actor, id, input),
    { publicContent: true },
  );
}

async function changeStatement(tx: Tx, actor: StaffUser, id: string, input: StatementEdit): Promise<StatementOutcome> {
  // Locks the row, so two saves at once each keep a version of their own.
  const locked = await tx.$queryRaw<{ id: string }[]>`select id from "Statement" where id = ${id} for update`;
  if (locked.length === 0) return { ok: false, reason: "notFound" } as const;
  const before = await snapshot(tx, id);
  const statedOn = input.dateChoice === "restated" ? input.statedOn : before.statedOn;
  await tx.statement.update({
    where: { id },
    data: {
      section: input.section,
      position: input.position,
      statedOn: dateKeyToDbDate(statedOn),
      sourceUrl: input.sourceUrl,
    },
  });
  for (const row of translationRows(input)) {
    await tx.statementTranslation.upsert({
      where: { statementId_locale: { statementId: id, locale: row.locale } },
      create: { statementId: id, ...row },
      update: { text: row.text, source: row.source },
    });
  }
  const after = await snapshot(tx, id);
  if (JSON.stringify(before) === JSON.stringify(after)) return { ok: true, id } as const;
  await recordVersion(tx, id, after);
  await recordAudit(tx, actor, {
    action: "UPDATE",
    entityType: "statement",
    entityId: id,
    event: statementEvent(after),
    before,
    after,
  });
  return { ok: true, id } as const;
}

/** Whether statement changes wait for a second admin (the admin-only setting). */
async function changesNeedReview(tx: Tx): Promise<boolean> {
  return Boolean((await tx.staffSettings.findUnique({ where: { id: 1 } }))?.statementChangesNeedReview);
}

/** Turns "statement changes need review" on or off (admins only). */
export async function setStatementChangesNeedReview(
  actor: StaffUser | null,
  required: boolean,
): Promise<{ ok: true } | Denied> {
  const access = authorizeActor(actor, "manageStatements");
  if (!access.ok) return access;
  const staff = access.actor;
  return writeTransaction(
    { action: "staffSettings.update", actor: staff, entityId: "1" },
    async (tx) => {
      const before = await changesNeedReview(tx);
      await tx.staffSettings.upsert({
        where: { id: 1 },
        create: { id: 1, statementChangesNeedReview: required },
        update: { statementChangesNeedReview: required },
      });
      await recordAudit(tx, staff, {
        action: "UPDATE",
        entityType: "staffSettings",
        entityId: "1",
        event: { code: "statement.reviewSetting", params: { required } },
        before: { statementChangesNeedReview: before },
        after: { statementChangesNeedReview: required },
      });
      return { ok: true } as const;
    },
    { publicContent: true },
  );
}

/**
 * Proposes a change to a statement (or a new one, statementId null) while
 * changes need review: an editor or an admin; the public pages keep the
 * current text until another admin approves it. A proposal replaces the
 * proposer's own earlier one for the same statement that was sent back.
 */
export async function proposeStatementChange(
  actor: StaffUser | null,
  statementId: string | null,
  input: StatementInput | StatementEdit,
): Promise<StatementChangeOutcome> {
  const access = authorizeActor(actor, "proposeStatements");
  if (!access.ok) return access;
  const staff = access.actor;
  if (statementId !== null && !isRecordId(statementId)) return { ok: false, reason: "notFound" };
  return writeTransaction(
    { action: "statementChange.propose", actor: staff, entityId: statementId ?? undefined },
    async (tx) => {
      if (!(await changesNeedReview(tx))) return { ok: false, reason: "reviewOff" } as const;
      if (statementId && !(await tx.statement.findUnique({ where: { id: statementId }, select: { id: true } })))
        return { ok: false, reason: "notFound" } as const;
      await tx.statementChange.deleteMany({ where: { statementId, proposedById: staff.id, sentBack: true } });
      // Kept as the form posts it, so the review and a later proposal read it with the same schema.
      const values = {
        ...input,
        position: String(input.position),
        sourceUrl: input.sourceUrl ?? "",
      } satisfies Prisma.InputJsonObject;
      const change = await tx.statementChange.create({ data: { statementId, values, proposedById: staff.id } });
      const before = statementId ? await snapshot(tx, statementId) : null;
      await recordAudit(tx, staff, {
        action: "REQUEST_REVIEW",
        entityType: "statementChange",
        entityId: change.id,
        event: statementEvent(input),
        before,
        after: values,
      });
      await noticeStatementChangeProposed(tx, change, staff);
      return { ok: true, id: change.id } as const;
    },
    { publicContent: true },
  );
}

/**
 * An admin approves a proposed statement change (saved at once, like any
 * statement edit, with its version in the public history) or sends it back
 * with a comment. Nobody reviews their own proposal.
 */
export async function reviewStatementChange(
  actor: StaffUser | null,
  changeId: string,
  input: StatementReviewInput,
): Promise<StatementChangeOutcome> {
  const access = authorizeActor(actor, "manageStatements");
  if (!access.ok) return access;
  const staff = access.actor;
  if (!isRecordId(changeId)) return { ok: false, reason: "notFound" };
  const decided = input.decision === "approve" ? "approve" : "send-back";
  return writeTransaction(
    { action: `statementChange.${decided}`, actor: staff, entityId: changeId },
    async (tx): Promise<StatementChangeOutcome> => {
      // Locks the proposal, so two reviewers cannot both decide it.
      const locked = await tx.$queryRaw<
        { id: string }[]
      >`select id from "StatementChange" where id = ${changeId} and "sentBack" = false for update`;
      const change = locked.length ? await tx.statementChange.findUnique({ where: { id: changeId } }) : null;
      if (!change) return { ok: false, reason: "notFound" };
      if (change.proposedById === staff.id) return { ok: false, reason: "ownProposal" };
      const event = statementEvent(change.values as { textEn?: string; textEs?: string });
      await noticeStatementChangeDecided(tx, change, staff, input);
      if (input.decision === "sendBack") {
        await tx.statementChange.update({
          where: { id: changeId },
          data: { sentBack: true, reviewComment: input.comment },
        });
        await recordAudit(tx, staff, {
          action: "SEND_BACK",
          entityType: "statementChange",
          entityId: changeId,
          event,
          after: { reviewComment: input.comment },
        });
        return { ok: true, id: changeId };
      }
      await tx.statementChange.delete({ where: { id: changeId } });
      await recordAudit(tx, staff, {
        action: "APPROVE",
        entityType: "statementChange",
        entityId: changeId,
        event,
        after: input.comment ? { reviewComment: input.comment } : null,
      });
      // A proposal saved before the form asked about the date carried the date it showed: it restated it.
      const applied = change.statementId
        ? await changeStatement(
            tx,
            staff,
            change.statementId,
            statementEditSchema.parse({ dateChoice: "restated", ...(change.values as object) }),
          )
        : await insertStatement(tx, staff, statementInputSchema.parse(change.values));
      return applied.ok ? { ok: true, id: applied.id } : applied;
    },
    { publicContent: true },
  );
}
