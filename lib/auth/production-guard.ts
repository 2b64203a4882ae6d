import type { Env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The rules of a real deployment (any SITE_URL that is not on localhost;
 * see lib/env.ts), whatever the database or NODE_ENV: a real session
 * secret, and none of the local demo's doors. Each problem is one sentence
 * for the operator.
 */

/** Problems visible from the configuration alone (no database needed). */
export function deploymentConfigProblems(env: Env): string[] {
  if (env.mode === "local") return [];
  const problems: string[] = [];
  if (!env.AUTH_SECRET) {
    problems.push(
      `AUTH_SECRET is not set: a real deployment (SITE_URL=${env.SITE_URL}) needs one of at least 32 characters to sign staff sessions; generate it with \`openssl rand -base64 48\`.`,
    );
  }
  if (env.SMTP_URL && !env.EMAIL_FROM) {
    problems.push(
      `EMAIL_FROM is not set: a real deployment that sends email (SMTP_URL is set) needs the address its messages come from, e.g. EMAIL_FROM="Encuentros <encuentros@example.org>" (an address the mail server may send as).`,
    );
  }
  for (const name of ["SEED_DEMO_DATA", "SEED_DEMO_ADMIN"] as const) {
    if (env[name])
      problems.push(
        `${name}=true loads the demo (invented meetings, a staff account with a published password): it is for local mode only, so unset it.`,
      );
  }
  return problems;
}

/** Problems in the database: the demo admin (its password is in the README) or the demo meetings. */
export async function deploymentDatabaseProblems(db: PrismaClient, env: Env): Promise<string[]> {
  if (env.mode === "local") return [];
  const problems: string[] = [];
  if ((await db.user.count({ where: { isDemo: true } })) > 0) {
    problems.push(
      "The demo admin account (its password is in the README) exists in this database: delete it with `npm run demo:remove`.",
    );
  }
  if ((await db.venue.count({ where: { isDemo: true } })) > 0) {
    problems.push(
      "Demo data (invented venues and meetings) is loaded in this database: delete it with `npm run demo:remove`.",
    );
  }
  return problems;
}

/** True when no active admin can sign in yet: the start-up prints how to create one. */
export async function needsFirstAdmin(db: PrismaClient): Promise<boolean> {
  return (await db.user.count({ where: { role: "ADMIN", active: true, isDemo: false } })) === 0;
}
