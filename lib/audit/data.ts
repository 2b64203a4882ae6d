import "server-only";
import { getDb } from "@/lib/db/client";
import { pageWindow } from "@/lib/db/paging";
import type { AuditAction, AuditActorKind } from "@/lib/generated/prisma/enums";
import { auditChanges, type AuditChange } from "./diff";

export const AUDIT_PAGE_SIZE = 25;

export type AuditListItem = {
  id: string;
  createdAt: Date;
  actorKind: AuditActorKind;
  /** Staff entries only. */
  actorEmail: string | null;
  action: AuditAction;
  entityType: string;
  /** What happened, as stored (lib/audit/events.ts); null on entries older than event codes… */
  event: string | null;
  params: unknown;
  /** …which keep the label they were written with instead. */
  summary: string | null;
  changes: AuditChange[];
};

export type AuditPage = { entries: AuditListItem[]; page: number; pageCount: number; total: number };

/** One page of the audit log, newest first. A page past the end gives the last page. */
export async function listAuditEntries(requestedPage: number, pageSize = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  const db = getDb();
  const total = await db.auditEntry.count();
  const { page, pageCount, skip } = pageWindow(total, requestedPage, pageSize);
  const rows = await db.auditEntry.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take: pageSize,
  });
  return {
    page,
    pageCount,
    total,
    entries: rows.map((row) => ({
      id: row.id,
      createdAt: row.createdAt,
      actorKind: row.actorKind,
      actorEmail: row.actorEmail,
      action: row.action,
      entityType: row.entityType,
      event: row.event,
      params: row.params,
      summary: row.summary,
      changes: auditChanges(row.before, row.after),
    })),
  };
}
