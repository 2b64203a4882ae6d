import "server-only";
import { getDb } from "@/lib/db/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";

export type StaffListItem = { id: string; name: string; email: string; role: StaffRole; active: boolean; createdAt: Date };

/** Every staff account: active ones first, then by name. */
export async function listStaffAccounts(): Promise<StaffListItem[]> {
  return getDb().user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, createdAt: true },
  });
}
