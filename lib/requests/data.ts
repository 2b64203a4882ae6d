import "server-only";
import { getDb } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import type { SessionRequestStatus } from "@/lib/generated/prisma/enums";
import { dbDateToDateKey } from "@/lib/time/central-time";
import type { RequestRow } from "./request-rows";

export type RequestListItem = {
  id: string;
  organization: string;
  preferredDate: string;
  createdAt: Date;
  status: SessionRequestStatus;
};

/** One tab of the staff queue: open requests oldest first (first come, first served), closed ones newest first. */
export async function listRequests(status: SessionRequestStatus): Promise<RequestListItem[]> {
  const open = status === "NEW" || status === "IN_PROGRESS";
  const rows = await getDb().sessionRequest.findMany({
    where: { status },
    orderBy: [{ createdAt: open ? "asc" : "desc" }, { id: "asc" }],
    take: 200,
    select: { id: true, organization: true, preferredDate: true, createdAt: true, status: true },
  });
  return rows.map((row) => ({ ...row, preferredDate: dbDateToDateKey(row.preferredDate) }));
}

/** How many requests each tab holds. */
export async function countRequestsByStatus(): Promise<Record<SessionRequestStatus, number>> {
  const groups = await getDb().sessionRequest.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<SessionRequestStatus, number> = { NEW: 0, IN_PROGRESS: 0, ACCEPTED: 0, DECLINED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

export async function getRequest(id: string): Promise<RequestRow | null> {
  return isRecordId(id) ? getDb().sessionRequest.findUnique({ where: { id } }) : null;
}
