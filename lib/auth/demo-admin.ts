import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createStaffAccount } from "./staff-accounts";

/**
 * The demo admin exists only in the embedded demo mode, so a first-time
 * visitor can try the staff area. Production refuses to start while it
 * exists (lib/auth/production-guard.ts).
 */
export const DEMO_ADMIN = {
  email: "demo-admin@encuentros.test",
  password: "demo-only-password-2027",
  name: "Demo Admin",
} as const;

export async function ensureDemoAdmin(db: PrismaClient): Promise<void> {
  const existing = await db.user.findUnique({ where: { email: DEMO_ADMIN.email } });
  if (existing) return;
  await createStaffAccount(db, { ...DEMO_ADMIN, role: "ADMIN", isDemo: true });
}
