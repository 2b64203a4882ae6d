import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { can, type StaffUser } from "@/lib/auth/roles";
import { contentTransaction } from "@/lib/db/content-transaction";
import { isRecordId } from "@/lib/db/record-id";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dateKeyToDbDate, dbDateToDateKey } from "@/lib/time/central-time";
import type { StatementInput } from "./schema";

export type StatementMutationResult = { ok: true; id: string } | { ok: false; reason: "forbidden" | "notFound" };

type Tx = Prisma.TransactionClient;

function translationRows(input: StatementInput) {
  return [
    { locale: "en", text: input.textEn, source: input.sourceEn },
    { locale: "es", text: input.textEs, source: input.sourceEs },
  ];
}

/** The statement as it stands, flat: what the audit log and the version history keep. */
async function snapshot(tx: Tx, id: string) {
  const row = await tx.statement.findUniqueOrThrow({ where: { id }, include: { translations: true } });
  const text = (locale: string, field: "text" | "source") => row.translations.find((entry) => entry.locale === locale)?.[field] ?? "";
  return {
    section: row.section, position: row.position, statedOn: dbDateToDateKey(row.statedOn), sourceUrl: row.sourceUrl,
    textEn: text("en", "text"), textEs: text("es", "text"), sourceEn: text("en", "source"), sourceEs: text("es", "source"),
  };
}

/** Keeps the statement as it now stands in its public history. */
async function recordVersion(tx: Tx, id: string, saved: Awaited<ReturnType<typeof snapshot>>) {
  await tx.statementVersion.create({
    data: {
      statementId: id, statedOn: dateKeyToDbDate(saved.statedOn), sourceUrl: saved.sourceUrl,
      textEn: saved.textEn, textEs: saved.textEs, sourceEn: saved.sourceEn, sourceEs: saved.sourceEs,
    },
  });
}

const summaryOf = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

/** Adds a statement (admins only), with its first version. */
export async function createStatement(actor: StaffUser, input: StatementInput): Promise<StatementMutationResult> {
  if (!can(actor.role, "manageStatements")) return { ok: false, reason: "forbidden" };
  return contentTransaction({ action: "statement.create", actor }, async (tx) => {
    const row = await tx.statement.create({
      data: {
        section: input.section, position: input.position, statedOn: dateKeyToDbDate(input.statedOn), sourceUrl: input.sourceUrl,
        translations: { create: translationRows(input) },
      },
    });
    const after = await snapshot(tx, row.id);
    await recordVersion(tx, row.id, after);
    await recordAudit(tx, actor, { action: "CREATE", entityType: "statement", entityId: row.id, summary: summaryOf(input.textEn), after });
    return { ok: true, id: row.id };
  });
}

/**
 * Changes a statement (admins only). The text before the change stays in
 * its version history; a save that changes nothing adds no version.
 */
export async function updateStatement(actor: StaffUser, id: string, input: StatementInput): Promise<StatementMutationResult> {
  if (!can(actor.role, "manageStatements")) return { ok: false, reason: "forbidden" };
  if (!isRecordId(id)) return { ok: false, reason: "notFound" };
  return contentTransaction({ action: "statement.update", actor, entityId: id }, async (tx) => {
    // Locks the row, so two saves at once each keep a version of their own.
    const locked = await tx.$queryRaw<{ id: string }[]>`select id from "Statement" where id = ${id} for update`;
    if (locked.length === 0) return { ok: false, reason: "notFound" } as const;
    const before = await snapshot(tx, id);
    await tx.statement.update({
      where: { id },
      data: { section: input.section, position: input.position, statedOn: dateKeyToDbDate(input.statedOn), sourceUrl: input.sourceUrl },
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
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "statement", entityId: id, summary: summaryOf(after.textEn), before, after });
    return { ok: true, id } as const;
  });
}
