import "server-only";
import { getDb } from "@/lib/db/client";
import { pageWindow } from "@/lib/db/paging";
import type { OutboxEmailStatus } from "@/lib/generated/prisma/enums";
import { emailKind } from "./kinds";

export const OUTBOX_PAGE_SIZE = 25;

export type OutboxListItem = {
  id: string;
  kind: string;
  toAddress: string;
  status: OutboxEmailStatus;
  subject: string | null;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
};

export type OutboxPage = { emails: OutboxListItem[]; page: number; pageCount: number; total: number };

const listed = {
  id: true,
  kind: true,
  toAddress: true,
  status: true,
  subject: true,
  createdAt: true,
  sentAt: true,
  attempts: true,
  lastError: true,
} as const;

/** One page of the outbox, newest first. A page past the end gives the last page. */
export async function listOutboxEmails(requestedPage: number, pageSize = OUTBOX_PAGE_SIZE): Promise<OutboxPage> {
  const db = getDb();
  const total = await db.outboxEmail.count();
  const { page, pageCount, skip } = pageWindow(total, requestedPage, pageSize);
  const emails = await db.outboxEmail.findMany({
    select: listed,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take: pageSize,
  });
  return { emails, page, pageCount, total };
}

/**
 * What an admin reads of a message: its body as it was sent (or kept), if
 * it was written yet. `secretWithheld`: the body of a message holding a
 * one-time link is never shown while a mail server delivers it (it is for
 * its recipient alone); `contentRemovedAt`: emptied once it left the queue.
 */
export type OutboxEmailView = OutboxListItem & {
  toName: string | null;
  locale: string;
  queuedAt: Date;
  nextAttemptAt: Date;
  text: string | null;
  html: boolean;
  contentRemovedAt: Date | null;
  secretWithheld: boolean;
  canSendAgain: boolean;
};

export async function outboxEmail(
  id: string,
  { showSecrets }: { showSecrets: boolean },
): Promise<OutboxEmailView | null> {
  const row = await getDb().outboxEmail.findUnique({ where: { id } });
  if (!row) return null;
  const secretWithheld = !showSecrets && Boolean(emailKind(row.kind)?.holdsSecret) && row.contentRemovedAt === null;
  return {
    id: row.id,
    kind: row.kind,
    toAddress: row.toAddress,
    toName: row.toName,
    status: row.status,
    subject: row.subject,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    attempts: row.attempts,
    lastError: row.lastError,
    locale: row.locale,
    queuedAt: row.queuedAt,
    nextAttemptAt: row.nextAttemptAt,
    contentRemovedAt: row.contentRemovedAt,
    secretWithheld,
    text: secretWithheld ? null : row.text,
    html: !secretWithheld && row.html !== null,
    canSendAgain: row.status === "FAILED" && row.contentRemovedAt === null,
  };
}

/** A message's HTML as it was sent, for the sandboxed preview (app/api/outbox/[id]/route.ts); null when there is none to show. */
export async function outboxEmailHtml(id: string, { showSecrets }: { showSecrets: boolean }): Promise<string | null> {
  const row = await getDb().outboxEmail.findUnique({ where: { id }, select: { kind: true, html: true } });
  if (!row?.html) return null;
  return !showSecrets && emailKind(row.kind)?.holdsSecret ? null : row.html;
}
