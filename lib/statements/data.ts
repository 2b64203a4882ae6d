import "server-only";
import { getDb } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import type { StatementSection } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { formTexts, translationFor } from "@/lib/i18n/translation";
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
  /** The day (Central) its wording in this language last changed, apart from when it was confirmed; null without a saved version. */
  wordingChangedOn: string | null;
};

const ORDER = [{ section: "asc" as const }, { position: "asc" as const }, { id: "asc" as const }];

type SavedVersion = {
  statedOn: Date;
  sourceUrl: string | null;
  textEn: string;
  textEs: string;
  sourceEn: string;
  sourceEs: string;
  recordedAt: Date;
};

/** What a reader of `locale` sees of a version: a version that changed only the other language is no change to them. */
const seenIn = (version: SavedVersion, locale: Locale) =>
  JSON.stringify([
    dbDateToDateKey(version.statedOn),
    version.sourceUrl,
    ...(locale === "es" ? [version.textEs, version.sourceEs] : [version.textEn, version.sourceEn]),
  ]);

/** The versions (newest first) that changed something a reader of `locale` sees; the first version always does. */
function changesIn<T extends SavedVersion>(newestFirst: T[], locale: Locale): T[] {
  return newestFirst.filter(
    (version, index) =>
      index === newestFirst.length - 1 || seenIn(version, locale) !== seenIn(newestFirst[index + 1]!, locale),
  );
}

/** The day (Central) the statement's words in `locale` last changed: its newest version whose text differs from the one before. */
function wordingChangedOn(newestFirst: SavedVersion[], locale: Locale): string | null {
  const text = (version: SavedVersion) => (locale === "es" ? version.textEs : version.textEn);
  const changed = newestFirst.find(
    (version, index) => index === newestFirst.length - 1 || text(version) !== text(newestFirst[index + 1]!),
  );
  return changed ? zonedDateKey(changed.recordedAt) : null;
}

const NEWEST_FIRST = [{ recordedAt: "desc" as const }, { id: "desc" as const }];

/** Every statement, in its section's order, in one language (or any, if that one is missing). */
export async function listPublicStatements(locale: Locale): Promise<PublicStatement[]> {
  const rows = await getDb().statement.findMany({
    orderBy: ORDER,
    select: {
      id: true,
      section: true,
      statedOn: true,
      sourceUrl: true,
      translations: { select: { locale: true, text: true, source: true } },
      versions: { orderBy: NEWEST_FIRST },
    },
  });
  return rows.map(({ translations, statedOn, versions, ...row }) => {
    const text = translationFor(translations, locale);
    return {
      ...row,
      statedOn: dbDateToDateKey(statedOn),
      text: text?.text ?? "",
      source: text?.source ?? "",
      wordingChangedOn: wordingChangedOn(versions, locale),
    };
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

export type StatementHistory = {
  id: string;
  section: StatementSection;
  current: string;
  versions: StatementHistoryEntry[];
};

/**
 * Each statement with the versions that changed it in this language, newest
 * first: what changed and when. A version that changed only the other
 * language's words is not a change here.
 */
export async function listStatementHistory(locale: Locale): Promise<StatementHistory[]> {
  const rows = await getDb().statement.findMany({
    orderBy: ORDER,
    select: {
      id: true,
      section: true,
      translations: { select: { locale: true, text: true } },
      versions: { orderBy: NEWEST_FIRST },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    section: row.section,
    current: translationFor(row.translations, locale)?.text ?? "",
    versions: changesIn(row.versions, locale).map((version) => ({
      text: locale === "es" ? version.textEs : version.textEn,
      source: locale === "es" ? version.sourceEs : version.sourceEn,
      sourceUrl: version.sourceUrl,
      statedOn: dbDateToDateKey(version.statedOn),
      recordedOn: zonedDateKey(version.recordedAt),
    })),
  }));
}

export type StatementListItem = {
  id: string;
  section: StatementSection;
  position: number;
  text: string;
  statedOn: string;
  versionCount: number;
};

/** Every statement for the staff list, in the language of the page. */
export async function listStatementsForStaff(locale: Locale): Promise<StatementListItem[]> {
  const rows = await getDb().statement.findMany({
    orderBy: ORDER,
    select: {
      id: true,
      section: true,
      position: true,
      statedOn: true,
      translations: { select: { locale: true, text: true } },
      _count: { select: { versions: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    section: row.section,
    position: row.position,
    statedOn: dbDateToDateKey(row.statedOn),
    text: translationFor(row.translations, locale)?.text ?? "",
    versionCount: row._count.versions,
  }));
}

/** `confirmedOn`: "last confirmed on" as saved, which the form offers to keep. */
export type StatementForEdit = { id: string; confirmedOn: string; values: Record<StatementField, string> };

/**
 * A statement as the edit form shows it (every field a string), or null.
 * Whether the department confirmed it again is left unchosen, and the day
 * for "restated" starts at today, never at the date last saved.
 */
export async function getStatementForEdit(
  id: string,
  today = zonedDateKey(new Date()),
): Promise<StatementForEdit | null> {
  if (!isRecordId(id)) return null;
  const row = await getDb().statement.findUnique({ where: { id }, include: { translations: true } });
  if (!row) return null;
  return {
    id: row.id,
    confirmedOn: dbDateToDateKey(row.statedOn),
    values: {
      section: row.section,
      position: String(row.position),
      statedOn: today,
      dateChoice: "",
      ...formTexts(row.translations, "text"),
      ...formTexts(row.translations, "source"),
      sourceUrl: row.sourceUrl ?? "",
    },
  };
}

/** Whether statement changes wait for a second admin (the admin-only setting; off until an admin turns it on). */
export async function statementChangesNeedReview(): Promise<boolean> {
  return Boolean((await getDb().staffSettings.findUnique({ where: { id: 1 } }))?.statementChangesNeedReview);
}

/** A proposed statement change, beside the text residents read now, for the staff list. */
export type PendingStatementChange = {
  id: string;
  statementId: string | null;
  proposedById: string;
  proposedBy: string;
  sentBack: boolean;
  reviewComment: string | null;
  proposed: Record<StatementField, string>;
  /** The current text in both languages, or null for a proposed new statement. */
  current: { textEn: string; textEs: string } | null;
};

/** Every proposal waiting for review or sent back, oldest first. */
export async function listStatementChanges(): Promise<PendingStatementChange[]> {
  const db = getDb();
  const rows = await db.statementChange.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { statement: { include: { translations: true } } },
  });
  const people = await db.user.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.proposedById))] } },
    select: { id: true, name: true },
  });
  return rows.map((row) => {
    return {
      id: row.id,
      statementId: row.statementId,
      proposedById: row.proposedById,
      proposedBy: people.find((person) => person.id === row.proposedById)?.name ?? "—",
      sentBack: row.sentBack,
      reviewComment: row.reviewComment,
      proposed: row.values as Record<StatementField, string>,
      current: row.statement ? formTexts(row.statement.translations, "text") : null,
    };
  });
}
