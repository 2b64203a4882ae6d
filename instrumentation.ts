/**
 * Runs once when the Next.js server starts. On Node.js it turns a page or
 * route that failed because the database is down into 503 with Retry-After.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { answerOutagesWith503 } = await import("@/lib/db/outage-status");
  answerOutagesWith503();
}
