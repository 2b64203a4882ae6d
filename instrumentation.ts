/**
 * Runs once when the Next.js server starts. On Node.js it turns a page or
 * route that failed because the database is down into 503 with Retry-After,
 * and starts listening for staff saves so the page cache is ready before
 * the first visitor (lib/cache/change-listener.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { answerOutagesWith503 } = await import("@/lib/db/outage-status");
  answerOutagesWith503();
  if (process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { listenForPublicChanges } = await import("@/lib/cache/change-listener");
    listenForPublicChanges();
  }
}
