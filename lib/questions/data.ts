import "server-only";
import { getDb } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionStatus, StaffRole } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { translationFor } from "@/lib/i18n/translation";
import { publiclyVisible } from "@/lib/meetings/visibility";

/** A published question and its answer, in the reader's language (the question as it was asked). */
export type PublicQuestion = {
  id: string;
  text: string;
  /** The language the question was asked in (for the lang attribute). */
  askedIn: string;
  answer: string;
  answeredByRole: StaffRole | null;
  publishedAt: Date;
  /** The meeting it was asked about, if any and if public. */
  meeting: { slug: string; title: string } | null;
};

const publicSelect = {
  id: true,
  text: true,
  locale: true,
  answerEn: true,
  answerEs: true,
  answeredByRole: true,
  publishedAt: true,
  meeting: { select: { slug: true, translations: { select: { locale: true, title: true } } } },
} satisfies Prisma.QuestionSelect;

type PublicRow = Prisma.QuestionGetPayload<{ select: typeof publicSelect }>;

function toPublicQuestion(row: PublicRow, locale: Locale): PublicQuestion {
  const title = row.meeting ? (translationFor(row.meeting.translations, locale)?.title ?? "") : "";
  return {
    id: row.id,
    text: row.text,
    askedIn: row.locale,
    answer: locale === "es" ? row.answerEs : row.answerEn,
    answeredByRole: row.answeredByRole,
    publishedAt: row.publishedAt ?? new Date(0),
    meeting: row.meeting ? { slug: row.meeting.slug, title } : null,
  };
}

// Published questions residents may read: general ones, and those of a meeting they may see (lib/meetings/visibility.ts).
function publishedWhere(about: Prisma.QuestionWhereInput, now: Date): Prisma.QuestionWhereInput {
  return { AND: [{ status: "PUBLISHED" }, about, { OR: [{ meetingId: null }, { meeting: publiclyVisible(now) }] }] };
}

const PUBLIC_ORDER = [{ publishedAt: "desc" as const }, { id: "asc" as const }];
const PUBLIC_LIMIT = 200;

/** The published questions of one meeting (none if the meeting is not public). */
export async function listMeetingQuestions(
  meetingId: string,
  locale: Locale,
  now = new Date(),
): Promise<PublicQuestion[]> {
  const rows = await getDb().question.findMany({
    where: publishedWhere({ meetingId }, now),
    orderBy: PUBLIC_ORDER,
    take: PUBLIC_LIMIT,
    select: publicSelect,
  });
  return rows.map((row) => toPublicQuestion(row, locale));
}

/** The published general questions (asked on "What to know"). */
export async function listGeneralQuestions(locale: Locale, now = new Date()): Promise<PublicQuestion[]> {
  const rows = await getDb().question.findMany({
    where: publishedWhere({ meetingId: null }, now),
    orderBy: PUBLIC_ORDER,
    take: PUBLIC_LIMIT,
    select: publicSelect,
  });
  return rows.map((row) => toPublicQuestion(row, locale));
}

/** Every published question residents may read, newest first: the "Questions and answers" page. */
export async function listAllPublicQuestions(locale: Locale, now = new Date()): Promise<PublicQuestion[]> {
  const rows = await getDb().question.findMany({
    where: publishedWhere({}, now),
    orderBy: PUBLIC_ORDER,
    take: PUBLIC_LIMIT,
    select: publicSelect,
  });
  return rows.map((row) => toPublicQuestion(row, locale));
}

/** A question as staff see it. */
export type StaffQuestion = {
  id: string;
  text: string;
  askedIn: string;
  status: QuestionStatus;
  answerEn: string;
  answerEs: string;
  answeredByRole: StaffRole | null;
  createdAt: Date;
  publishedAt: Date | null;
  meeting: { id: string; title: string; startsAt: Date } | null;
};

const staffSelect = {
  id: true,
  text: true,
  locale: true,
  status: true,
  answerEn: true,
  answerEs: true,
  answeredByRole: true,
  createdAt: true,
  publishedAt: true,
  meeting: { select: { id: true, startsAt: true, translations: { select: { locale: true, title: true } } } },
} satisfies Prisma.QuestionSelect;

function toStaffQuestion(
  row: Prisma.QuestionGetPayload<{ select: typeof staffSelect }>,
  locale: Locale,
): StaffQuestion {
  const { locale: askedIn, meeting, ...rest } = row;
  const title = meeting ? (translationFor(meeting.translations, locale)?.title ?? "") : "";
  return { ...rest, askedIn, meeting: meeting ? { id: meeting.id, title, startsAt: meeting.startsAt } : null };
}

export type QuestionGroup = { meeting: StaffQuestion["meeting"]; questions: StaffQuestion[] };

/** One tab of the staff list, grouped per meeting (general questions first, then meetings by date), oldest question first. */
export async function listQuestionsForStaff(status: QuestionStatus, locale: Locale): Promise<QuestionGroup[]> {
  const rows = await getDb().question.findMany({
    where: { status },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: staffSelect,
  });
  const groups = new Map<string, QuestionGroup>();
  for (const row of rows.map((entry) => toStaffQuestion(entry, locale))) {
    const key = row.meeting?.id ?? "";
    const group = groups.get(key) ?? { meeting: row.meeting, questions: [] };
    group.questions.push(row);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => (a.meeting?.startsAt.getTime() ?? 0) - (b.meeting?.startsAt.getTime() ?? 0),
  );
}

/** How many questions each tab holds. */
export async function countQuestionsByStatus(): Promise<Record<QuestionStatus, number>> {
  const groups = await getDb().question.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<QuestionStatus, number> = { NEW: 0, ANSWERED: 0, PUBLISHED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

/** New questions waiting for an answer (the staff menu shows the number). */
export async function countNewQuestions(): Promise<number> {
  return getDb().question.count({ where: { status: "NEW" } });
}

export async function getQuestionForStaff(id: string, locale: Locale): Promise<StaffQuestion | null> {
  if (!isRecordId(id)) return null;
  const row = await getDb().question.findUnique({ where: { id }, select: staffSelect });
  return row ? toStaffQuestion(row, locale) : null;
}
