import "server-only";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";

/**
 * A borrowed laptop or a stolen cookie must not be enough to add a passkey
 * (which would keep working after the session is ended and the password
 * changed), turn a second factor off or make new backup codes. Those need
 * a recent proof in the same session: signing in (the session's createdAt),
 * or the password or a second-factor code typed again on the account page
 * (`provedAt`), within STAFF_PROOF_SECONDS (5 minutes by default).
 */
export function proofWindowSeconds(): number {
  return getEnv().STAFF_PROOF_SECONDS;
}

export async function sessionHasRecentProof(sessionId: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - proofWindowSeconds() * 1000);
  const fresh = await getDb().session.count({
    where: { id: sessionId, OR: [{ createdAt: { gte: since } }, { provedAt: { gte: since } }] },
  });
  return fresh > 0;
}

/** The password or a code was just typed again in this session. */
export async function recordProof(sessionId: string): Promise<void> {
  await getDb().session.updateMany({ where: { id: sessionId }, data: { provedAt: new Date() } });
}
