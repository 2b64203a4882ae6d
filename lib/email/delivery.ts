import { getEnv, LOCAL_EMAIL_FROM, parseMailAddress, type Env, type MailAddress } from "@/lib/env";

/**
 * Where the app's email goes, from SMTP_URL and the mode (lib/env.ts):
 * - "smtp": SMTP_URL names a mail server; the sender job sends through it;
 * - "local": local mode without SMTP_URL; each message is rendered and kept
 *   in the outbox ("Email kept in local mode"), so the demo needs no server;
 * - "off": a real deployment without SMTP_URL; it works, but queueing
 *   writes nothing, says so once in the log and on the admin dashboard.
 */
export type EmailDelivery =
  { mode: "smtp"; url: string; from: MailAddress } | { mode: "local"; from: MailAddress } | { mode: "off" };

export function emailDelivery(env: Env = getEnv()): EmailDelivery {
  // A real deployment without EMAIL_FROM never starts with SMTP_URL set (lib/auth/production-guard.ts).
  const from = parseMailAddress(env.EMAIL_FROM ?? LOCAL_EMAIL_FROM)!;
  if (env.SMTP_URL) return { mode: "smtp", url: env.SMTP_URL, from };
  return env.mode === "local" ? { mode: "local", from } : { mode: "off" };
}
