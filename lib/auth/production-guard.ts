import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DatabaseTarget } from "@/lib/db/target";

/**
 * Reasons a production start must be refused, as sentences for the log:
 * a missing session secret, or the public demo admin still present.
 */
export async function productionProblems(
  db: PrismaClient,
  target: DatabaseTarget,
  env: Record<string, string | undefined> = process.env,
): Promise<string[]> {
  if (env.NODE_ENV !== "production" || target.kind !== "postgres") return [];
  const problems: string[] = [];
  if (!env.AUTH_SECRET || env.AUTH_SECRET.length < 32) {
    problems.push("AUTH_SECRET is not set (or shorter than 32 characters): generate one with `openssl rand -base64 48`.");
  }
  if ((await db.user.count({ where: { isDemo: true } })) > 0) {
    problems.push("The demo admin account exists in this database: delete it (npm run admin:remove-demo) before running in production.");
  }
  return problems;
}
