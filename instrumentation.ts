/**
 * Runs once when the Next.js server starts. On Node.js it hands the request
 * boundary to the server (lib/serving/boundary.ts, lib/server-process/server.mjs), checks the
 * environment (lib/env.ts: a wrong value, or a real deployment without its
 * secret, stops the server with one sentence whichever way it was started),
 * turns a page or route that failed because the database is down into 503
 * with Retry-After, and starts listening for staff saves so the page cache
 * is ready before the first visitor (lib/db/public-changes.ts), and
 * starts the scheduled-publishing loop (lib/publishing/scheduler.ts: every
 * instance runs it; each meeting is still published exactly once) and the
 * hourly deletion of request contact details 90 days after the request
 * closed (lib/requests/contact-purge.ts), of unpublished questions 30
 * days after their meeting (lib/questions/purge.ts) and of the past days'
 * tally keys (lib/attendance/key-purge.ts), and the email sender
 * (lib/email/sender.ts: renders and sends the outbox's messages; every
 * instance runs it, each message goes out once), and the staff notices' two
 * jobs (lib/notices/digest.ts: each person's daily digest at their hour,
 * claimed once a day; lib/notices/interpretation-alerts.ts: interpretation
 * asked for with no interpreter, told once per meeting and language).
 * Messages are rendered here,
 * in modules this file imports, because react-dom/server refuses to run in
 * the server actions and pages that queue them.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const building = process.env.NEXT_PHASE === "phase-production-build";
  if (!building) await refuseUnsafeEnvironment();
  // The request boundary in front of Next.js (lib/server-process/server.mjs picks it up after prepare()).
  const { installBoundary } = await import("@/lib/serving/boundary");
  installBoundary();
  if (process.env.NODE_ENV === "production" && !building) {
    const { listenForPublicChanges } = await import("@/lib/db/public-changes");
    listenForPublicChanges();
  }
  if (!building) {
    const { startPublishScheduler } = await import("@/lib/publishing/scheduler");
    startPublishScheduler();
    const { startContactPurge } = await import("@/lib/requests/contact-purge");
    startContactPurge();
    const { startQuestionPurge } = await import("@/lib/questions/purge");
    startQuestionPurge();
    const { startTallyKeyPurge } = await import("@/lib/attendance/key-purge");
    startTallyKeyPurge();
    const { startEmailSender } = await import("@/lib/email/sender");
    startEmailSender();
    const { startDigestJob } = await import("@/lib/notices/digest");
    startDigestJob();
    const { startInterpretationAlerts } = await import("@/lib/notices/interpretation-alerts");
    startInterpretationAlerts();
  }
}

async function refuseUnsafeEnvironment(): Promise<void> {
  const { EnvError, getEnv } = await import("@/lib/env");
  const { deploymentConfigProblems } = await import("@/lib/auth/production-guard");
  try {
    const problems = deploymentConfigProblems(getEnv());
    if (problems.length > 0) throw new EnvError(problems.join(" "));
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`Error: ${error.message}`);
    process.exit(1);
  }
}
