import "server-only";
import { getDb } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import type { StatementSection } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { dbDateToDateKey, zonedDateKey } from "@/lib/time/central-time";
import type { StatementField } from "./schema";

/** A statement as residents read it, in one language. */
export type PublicStatement = {
  id: string;
  section: StatementSection;
  text: string;
  source: string;
  sourceUrl: string | null;
  /** "Last confirmed on": a calendar date, YYYY-MM-DD. */
  statedOn: string;
};

const ORDER = [{ section: "asc" as const }, { position: "asc" as const }, { id: "asc" as const }];

function inLocale<T extends { locale: string }>(rows: T[], locale: Locale): T | undefined {
  return rows.find((row) => row.locale === locale) ?? rows[0];
}

/** Every statement, in its section's order, in one language (or any, if that one is missing). */
export async function listPublicStatements(locale: Locale): Promise<PublicStatement[]> {
  const rows = await getDb().statement.findMany({
    orderBy: ORDER,
    select: { id: true, section: true, statedOn: true, sourceUrl: true, translations: { select: { locale: true, text: true, source: true } } },
  });
  return rows.map(({ translations, statedOn, ...row }) => {
    const text = inLocale(translations, locale);
    return { ...row, statedOn: dbDateToDateKey(statedOn), text: text?.text ?? "", source: text?.source ?? "" };
  });
}

/** One saved version of a statement, in one language, for the public history. */
export type StatementHistoryEntry = {
  text: string;
  source: string;
  sourceUrl: string | null;
  statedOn: string;
  /** The day it was saved (Central time), YYYY-MM-DD. */
  recordedOn: string;
};

export type StatementHistory = { id: string; section: StatementSection; current: string; versions: StatementHistoryEntry[] };

/** Each statement with every version it has had, newest first: what changed and when. */
export async function listStatementHistory(locale: Locale): Promise<StatementHistory[]> {
  const rows = await getDb().statement.findMany({
    orderBy: ORDER,
    select: {
      id: true, section: true,
      translations: { select: { locale: true, text: true } },
      versions: { orderBy: [{ recordedAt: "desc" }, { id: "desc" }] },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    section: row.section,
    current: inLocale(row.translations, locale)?.text ?? "",
    versions: row.versions.map((version) => ({
      text: locale === "es" ? version.textEs : version.textEn,
      source: locale === "es" ? version.sourceEs : version.sourceEn,
      sourceUrl: version.sourceUrl,
      statedOn: dbDateToDateKey(version.statedOn),
      recordedOn: zonedDateKey(version.recordedAt),
    })),
  }));
}

export type StatementListItem = { id: string; section: StatementSection; position: number; text: string; statedOn: string; versionCount: number };

/** Every statement for the staff list, in the language of the page. */
export async function listStatementsForStaff(locale: Locale): Promise<StatementListItem[]> {
  const rows = await getDb().statement.findMany({
    orderBy: ORDER,
    select: { id: true, section: true, position: true, statedOn: true, translations: { select: { locale: true, text: true } }, _count: { select: { versions: true } } },
  });
  return rows.map((row) => ({
    id: row.id, section: row.section, position: row.position, statedOn: dbDateToDateKey(row.statedOn),
    text: inLocale(row.translations, locale)?.text ?? "", versionCount: row._count.versions,
  }));
}

export type StatementForEdit = { id: string; values: Record<StatementField, string> };

/** A statement as the edit form shows it (every field a string), or null. */
export async function getStatementForEdit(id: string): Promise<StatementForEdit | null> {
  if (!isRecordId(id)) return null;
  const row = await getDb().statement.findUnique({ where: { id }, include: { translations: true } });
  if (!row) return null;
  const text = (locale: string, field: "text" | "source") => row.translations.find((entry) => entry.locale === locale)?.[field] ?? "";
  return {
    id: row.id,
    values: {
      section: row.section,
      position: String(row.position),
      statedOn: dbDateToDateKey(row.statedOn),
      textEn: text("en", "text"),
      textEs: text("es", "text"),
      sourceEn: text("en", "source"),
      sourceEs: text("es", "source"),
      sourceUrl: row.sourceUrl ?? "",
    },
  };
}
