import "server-only";
import type { Tx } from "@/lib/db/write-transaction";
import { rolesWith, type Permission, type StaffUser } from "@/lib/auth/roles";
import { emailDelivery } from "@/lib/email/delivery";
import type { EmailKindName } from "@/lib/email/kinds";
import { queueEmail } from "@/lib/email/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { safeLocale } from "@/lib/i18n/locales";
import { dbDateToDateKey } from "@/lib/time/central-time";
import { firstLine } from "./first-line";
import { NOTICE_PARAMS, type NoticeKind, type NoticeParams } from "./notice-kinds";

/**
 * Staff notices, one function per event, each called with one line from
 * inside the transaction of the change that causes it: the recipients are
 * read in that transaction, and each gets the notice as they chose on
 * their account page (lib/notices/mutations.ts): an email queued at once
 * (lib/email/outbox.ts), a pending row for their daily digest
 * (lib/notices/digest.ts), or nothing. So a notice exists exactly when its
 * change committed, and never makes the change wait for a mail server.
 * Email off (a real deployment without SMTP_URL): nothing is written.
 */

const EMAIL_KIND: Record<NoticeKind, EmailKindName> = {
  newRequest: "staffNewRequest",
  newQuestion: "staffNewQuestion",
  reviewRequested: "staffReviewRequested",
  reviewDecided: "staffReviewDecided",
  scheduledPublished: "staffScheduledPublished",
  interpretationNeeded: "staffInterpretationNeeded",
};

const RECIPIENT = { id: true, email: true, name: true, locale: true, noticeMode: true } as const;
type Recipient = Prisma.UserGetPayload<{ select: typeof RECIPIENT }>;

/** Active staff whose role holds `permission` (and, for reviews, may review here), who have not turned notices off; never `except`. */
function staffWith(
  tx: Tx,
  permission: Permission,
  except: (string | null | undefined)[] = [],
  roles?: StaffRole[],
): Promise<Recipient[]> {
  const allowed = rolesWith(permission).filter((role) => !roles || roles.includes(role));
  const excluded = except.filter((id): id is string => Boolean(id));
  return tx.user.findMany({
    where: {
      active: true,
      noticeMode: { not: "OFF" },
      role: { in: allowed },
      ...(excluded.length ? { id: { notIn: excluded } } : {}),
    },
    select: RECIPIENT,
    orderBy: { id: "asc" },
  });
}

/** One person by id, if active and not opted out. */
async function person(tx: Tx, id: string | null | undefined): Promise<Recipient[]> {
  if (!id) return [];
  const found = await tx.user.findFirst({ where: { id, active: true, noticeMode: { not: "OFF" } }, select: RECIPIENT });
  return found ? [found] : [];
}

type Timing = { recordedAt: Date; sendAfter: Date };

/** Hands one notice to each recipient, as they chose: an email now, or a line in tomorrow's digest. */
async function deliver<Kind extends NoticeKind>(
  tx: Tx,
  recipients: Recipient[],
  kind: Kind,
  params: NoticeParams<Kind>,
  timing?: Timing,
): Promise<void> {
  const delivery = emailDelivery();
  if (delivery.mode === "off" || recipients.length === 0) return;
  const checked = NOTICE_PARAMS[kind].parse(params) as Prisma.InputJsonObject;
  for (const recipient of recipients) {
    if (recipient.noticeMode === "DIGEST") {
      await tx.pendingNotice.create({
        data: {
          userId: recipient.id,
          kind,
          params: checked,
          ...(timing ? { id: crypto.randomUUID(), createdAt: timing.recordedAt } : {}),
        },
      });
    } else {
      const to = { address: recipient.email, name: recipient.name };
      // Checked by the notice's schema above, which is its email kind's own (lib/email/kinds/staff-notice.ts); queueEmail checks them again.
      await queueEmail(
        tx,
        {
          kind: EMAIL_KIND[kind],
          to,
          locale: safeLocale(recipient.locale),
          params: checked as never,
          ...(timing ? { timing } : {}),
        },
        delivery,
      );
    }
  }
}

/** A meeting's title in both languages (a text in one only stands for both). */
async function meetingTitle(tx: Tx, meetingId: string): Promise<{ en: string; es: string }> {
  const rows = await tx.meetingTranslation.findMany({ where: { meetingId }, select: { locale: true, title: true } });
  const en = rows.find((row) => row.locale === "en")?.title ?? rows[0]?.title ?? "";
  const es = rows.find((row) => row.locale === "es")?.title ?? en;
  return { en: en || es, es };
}

/** A partner's request for a session, from the public form: to those who handle requests. Never its contact details. */
export async function noticeNewRequest(
  tx: Tx,
  request: { id: string; organization: string; city: string; preferredDate: Date },
): Promise<void> {
  await deliver(tx, await staffWith(tx, "manageRequests"), "newRequest", {
    requestId: request.id,
    organization: request.organization,
    city: request.city,
    preferredDate: dbDateToDateKey(request.preferredDate),
  });
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * A resident's question: to those who answer, with its first line only.
 * Its record is the question's own hour (already rounded down), its id
 * random like the question's, and it goes out at the top of the next hour,
 * so nothing stored or sent tells the minute it was asked
 * (lib/questions/mutations.ts explains why that matters).
 */
export async function noticeNewQuestion(
  tx: Tx,
  question: { text: string; meetingId: string | null; createdAt: Date },
): Promise<void> {
  const hour = new Date(Math.floor(question.createdAt.getTime() / HOUR_MS) * HOUR_MS);
  const timing = { recordedAt: hour, sendAfter: new Date(hour.getTime() + HOUR_MS) };
  const meetingTitleOrNull = question.meetingId ? await meetingTitle(tx, question.meetingId) : null;
  await deliver(
    tx,
    await staffWith(tx, "answerQuestions"),
    "newQuestion",
    { firstLine: firstLine(question.text), meetingTitle: meetingTitleOrNull },
    timing,
  );
}

/** Who may approve a meeting of this series: admins, and editors where the series lets them; never the author. */
async function meetingReviewers(tx: Tx, meetingId: string, authorId: string): Promise<Recipient[]> {
  const { series } = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { series: { select: { editorsMayReview: true } } },
  });
  return staffWith(tx, "manageMeetings", [authorId], series.editorsMayReview ? undefined : ["ADMIN"]);
}

/** A new meeting (or a recurring set, told once) or a change to a published one, waiting for review: to those who may approve it. */
export async function noticeMeetingReviewRequested(
  tx: Tx,
  subject: "meeting" | "meetingChange",
  meetingId: string,
  author: StaffUser,
): Promise<void> {
  await deliver(tx, await meetingReviewers(tx, meetingId, author.id), "reviewRequested", {
    subject,
    targetId: meetingId,
    title: await meetingTitle(tx, meetingId),
    by: author.name,
  });
}

/** A statement's text as a title: its first line, shortened. */
function statementTitle(values: unknown): { en: string; es: string } {
  const fields = (values ?? {}) as { textEn?: unknown; textEs?: unknown };
  const en = typeof fields.textEn === "string" ? firstLine(fields.textEn, 80) : "";
  const es = typeof fields.textEs === "string" ? firstLine(fields.textEs, 80) : "";
  return { en: en || es, es: es || en };
}

/** A proposed statement change: to those who may approve it (admins), never its author. */
export async function noticeStatementChangeProposed(
  tx: Tx,
  change: { statementId: string | null; values: unknown },
  author: StaffUser,
): Promise<void> {
  await deliver(tx, await staffWith(tx, "manageStatements", [author.id]), "reviewRequested", {
    subject: "statementChange",
    targetId: change.statementId,
    title: statementTitle(change.values),
    by: author.name,
  });
}

type Decision = { decision: "approve" | "sendBack"; comment: string | null | undefined };

/** A meeting or a change to one, approved or sent back: to the person who asked for review. */
export async function noticeMeetingReviewDecided(
  tx: Tx,
  subject: "meeting" | "meetingChange",
  meetingId: string,
  authorId: string | null,
  reviewer: StaffUser,
  { decision, comment }: Decision,
): Promise<void> {
  await deliver(tx, await person(tx, authorId), "reviewDecided", {
    subject,
    decision: decision === "approve" ? "approved" : "sentBack",
    targetId: meetingId,
    title: await meetingTitle(tx, meetingId),
    by: reviewer.name,
    comment: comment ?? "",
  });
}

/** A proposed statement change approved or sent back: to the person who proposed it. */
export async function noticeStatementChangeDecided(
  tx: Tx,
  change: { statementId: string | null; values: unknown; proposedById: string },
  reviewer: StaffUser,
  { decision, comment }: Decision,
): Promise<void> {
  await deliver(tx, await person(tx, change.proposedById), "reviewDecided", {
    subject: "statementChange",
    decision: decision === "approve" ? "approved" : "sentBack",
    targetId: change.statementId,
    title: statementTitle(change.values),
    by: reviewer.name,
    comment: comment ?? "",
  });
}

/**
 * A scheduled meeting the scheduler just published: to whoever scheduled it
 * (the staff member whose publish or approval set its time) and whoever
 * asked for its review. A recurring set published together is told once,
 * by its first session.
 */
export async function noticeScheduledPublished(tx: Tx, meetingId: string): Promise<void> {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { setId: true, publishAt: true, startsAt: true, reviewRequestedById: true },
  });
  if (meeting.setId) {
    const earlier = await tx.meeting.count({
      where: { setId: meeting.setId, publishAt: meeting.publishAt, startsAt: { lt: meeting.startsAt } },
    });
    if (earlier > 0) return;
  }
  const scheduled = await tx.auditEntry.findFirst({
    where: {
      entityType: "meeting",
      entityId: meetingId,
      actorKind: "STAFF",
      action: { in: ["PUBLISH", "APPROVE"] },
      after: { path: ["publication"], equals: "SCHEDULED" },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { actorId: true },
  });
  const ids = [...new Set([scheduled?.actorId, meeting.reviewRequestedById].filter((id): id is string => Boolean(id)))];
  const recipients = (await Promise.all(ids.map((id) => person(tx, id)))).flat();
  await deliver(tx, recipients, "scheduledPublished", {
    meetingId,
    title: await meetingTitle(tx, meetingId),
    startsAt: meeting.startsAt.toISOString(),
  });
}

/** Residents asked for interpretation in a language nobody is noted for: to the meeting's managers (lib/notices/interpretation-alerts.ts). */
export async function noticeInterpretationNeeded(
  tx: Tx,
  meeting: { id: string; startsAt: Date },
  language: string,
  asked: number,
): Promise<void> {
  await deliver(tx, await staffWith(tx, "manageMeetings"), "interpretationNeeded", {
    meetingId: meeting.id,
    title: await meetingTitle(tx, meeting.id),
    startsAt: meeting.startsAt.toISOString(),
    language,
    asked,
  });
}
