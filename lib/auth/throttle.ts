import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Failed sign-ins are counted per account and per IP address over a sliding
 * window, in the database so that every app instance shares the count.
 */
export const MAX_LOGIN_FAILURES = 10;
export const LOGIN_FAILURE_WINDOW_MS = 15 * 60 * 1000;

export type ThrottleResult = { ok: true } | { ok: false; retryAfterMinutes: number };

export async function checkLoginThrottle(db: PrismaClient, email: string, ip: string, now = new Date()): Promise<ThrottleResult> {
  const since = new Date(now.getTime() - LOGIN_FAILURE_WINDOW_MS);
  for (const where of [{ email, createdAt: { gt: since } }, { ip, createdAt: { gt: since } }]) {
    const failures = await db.loginFailure.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: MAX_LOGIN_FAILURES,
      select: { createdAt: true },
    });
    if (failures.length >= MAX_LOGIN_FAILURES) {
      // Allowed again once the oldest of the last ten leaves the window.
      const oldest = failures[failures.length - 1]!.createdAt.getTime();
      const waitMs = oldest + LOGIN_FAILURE_WINDOW_MS - now.getTime();
      return { ok: false, retryAfterMinutes: Math.max(1, Math.ceil(waitMs / 60_000)) };
    }
  }
  return { ok: true };
}

export async function recordLoginFailure(db: PrismaClient, email: string, ip: string): Promise<void> {
  await db.loginFailure.create({ data: { email, ip } });
}

/** After a successful sign-in the account's count starts again (the IP's does not). */
export async function clearLoginFailures(db: PrismaClient, email: string): Promise<void> {
  await db.loginFailure.deleteMany({ where: { email } });
}
