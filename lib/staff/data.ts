import "server-only";
import { getDb } from "@/lib/db/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";

export type StaffListItem = {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  active: boolean;
  createdAt: Date;
  authenticatorApp: boolean;
  passkeys: number;
};

/** Every staff account: active ones first, then by name. */
export async function listStaffAccounts(): Promise<StaffListItem[]> {
  const rows = await getDb().user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      createdAt: true,
      twoFactorEnabled: true,
      _count: { select: { passkeys: true } },
    },
  });
  return rows.map(({ twoFactorEnabled, _count, ...row }) => ({
    ...row,
    authenticatorApp: twoFactorEnabled,
    passkeys: _count.passkeys,
  }));
}
