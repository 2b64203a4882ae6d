import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { startIntervalJob } from "@/lib/jobs/interval-job";
import { writeLog } from "@/lib/logging/log.mjs";
import { emailDelivery, type EmailDelivery } from "./delivery";
import { GIVE_UP_AFTER_MS } from "./kind";
import { emailKind } from "./kinds";
import { INVALID_ADDRESS_REASON, isDeliverableAddress } from "./outbox";
import { EmailRenderError, type RenderedEmail } from "./content";
import { renderInChildProcess, type EmailRenderer } from "./renderer";
import { deliveryFailure, smtpMailServer, type MailServer } from "./smtp";

/**
 * The sender job: every app instance runs it (instrumentation.ts), and each
 * message goes out at most once, because a message is claimed by one
 * conditional `UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED)
 * RETURNING`, which commits SENDING before the mail server is contacted:
 * another instance skips the row while it is being claimed and finds it
 * SENDING after. A message is rendered when it is sent, by a renderer
 * process this job starts for the turn (lib/email/renderer.ts).
 *
 * - The mail server unreachable, or a 4xx answer: the message waits and is
 *   tried again after 30 s, 1, 2, 4… minutes (at most 30), until its kind's
 *   time is up (a day; a reset link's 30 minutes), then it is marked failed.
 * - Messages of one kind to one address go out in the order they were
 *   queued: a later one waits for an earlier one's retries (claimNext).
 * - A 5xx answer: failed at once, with the server's answer for admins.
 * - Left SENDING by an instance that stopped mid-send (SENDING_LEASE_MS): it
 *   may or may not have arrived, so it is marked failed, never sent again by
 *   itself; an admin may send it again (lib/email/mutations.ts).
 * - Local mode without SMTP_URL: rendered and kept in the outbox (KEPT).
 */

export const SEND_INTERVAL_MS = 5_000;
/** Longer than any one send can take (lib/email/smtp.ts's timeouts): a message SENDING for longer was interrupted. */
export const SENDING_LEASE_MS = 10 * 60 * 1000;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 30 * 60 * 1000;
/** Messages one turn of one instance sends at most; the next turn takes the rest. */
const MESSAGES_PER_TURN = 50;

export const INTERRUPTED_REASON =
  "Interrupted: the app stopped while sending it, so it may or may not have arrived. It is not sent again by itself, so that it cannot arrive twice.";

/** Wait before the next try after `attempts` tries. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(attempts - 1, 0), MAX_RETRY_MS);
}

type Claimed = {
  id: string;
  kind: string;
  toAddress: string;
  toName: string | null;
  locale: string;
  params: Prisma.JsonValue;
  attempts: number;
  queuedAt: Date;
  claimedAt: Date;
};

export type SendOptions = {
  db?: PrismaClient;
  delivery?: EmailDelivery;
  /** The mail server for "smtp" delivery (SMTP_URL's by default). */
  server?: MailServer;
  /** Renders the turn's messages; a process of its own by default, started at the first one (lib/email/renderer.ts). */
  renderer?: EmailRenderer;
  now?: () => Date;
};

export type SendTurn = { sent: number; kept: number; retrying: number; failed: number; interrupted: number };

/**
 * Claims the oldest due message for this instance, or null when none is due.
 * A message waits while one of its kind to the same address, queued before
 * it, is still waiting or being sent: each retry's delay counts from that
 * message's own tries, so without this a change notice written after a
 * publish notice could go out first once the mail server is back.
 */
async function claimNext(db: PrismaClient, now: Date): Promise<Claimed | null> {
  const rows = await db.$queryRaw<Claimed[]>`
    UPDATE "OutboxEmail" SET "status" = 'SENDING', "claimedAt" = ${now}, "attempts" = "attempts" + 1
    WHERE "status" = 'QUEUED' AND "id" = (
      SELECT "id" FROM "OutboxEmail" AS due WHERE "status" = 'QUEUED' AND "nextAttemptAt" <= ${now}
      AND NOT EXISTS (
        SELECT 1 FROM "OutboxEmail" AS earlier
        WHERE earlier."status" IN ('QUEUED', 'SENDING') AND earlier."kind" = due."kind"
        AND earlier."toAddress" = due."toAddress" AND (earlier."queuedAt", earlier."id") < (due."queuedAt", due."id"))
      ORDER BY "nextAttemptAt", "id" LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING "id", "kind", "toAddress", "toName", "locale", "params", "attempts", "queuedAt", "claimedAt"`;
  return rows[0] ?? null;
}

/** Messages left SENDING past the lease by an instance that stopped: failed, never sent again by themselves. */
async function failInterrupted(db: PrismaClient, now: Date): Promise<number> {
  const before = new Date(now.getTime() - SENDING_LEASE_MS);
  const rows = await db.$queryRaw<{ id: string; kind: string }[]>`
    UPDATE "OutboxEmail" SET "status" = 'FAILED', "lastError" = ${INTERRUPTED_REASON}, "claimedAt" = NULL
    WHERE "status" = 'SENDING' AND "claimedAt" < ${before}
    RETURNING "id", "kind"`;
  for (const row of rows) {
    writeLog("warn", "email.failed", { id: row.id, kind: row.kind, reason: "interrupted" });
    if (emailKind(row.kind)?.holdsSecret) await forgetContent(db, row.id, now);
  }
  return rows.length;
}

/** Empties a message that holds a secret (its parameters and body); the record stays. */
async function forgetContent(db: PrismaClient, id: string, now: Date): Promise<void> {
  await db.outboxEmail.update({ where: { id }, data: { params: {}, text: null, html: null, contentRemovedAt: now } });
}

type Outcome =
  | { status: "SENT" | "KEPT"; rendered: RenderedEmail }
  | { status: "QUEUED"; rendered: RenderedEmail | null; reason: string; nextAttemptAt: Date }
  | { status: "FAILED"; rendered: RenderedEmail | null; reason: string };

/** Writes how a claimed message ended, if it is still this instance's claim. */
async function finish(
  db: PrismaClient,
  message: Claimed,
  outcome: Outcome,
  viaServer: boolean,
  now: Date,
): Promise<void> {
  const secret = viaServer && Boolean(emailKind(message.kind)?.holdsSecret) && outcome.status !== "QUEUED";
  const body =
    outcome.rendered && !secret
      ? { text: outcome.rendered.text, html: outcome.rendered.html }
      : { text: null, html: null };
  await db.outboxEmail.updateMany({
    where: { id: message.id, status: "SENDING", claimedAt: message.claimedAt },
    data: {
      status: outcome.status,
      claimedAt: null,
      ...(outcome.rendered ? { subject: outcome.rendered.subject.slice(0, 300), ...body } : {}),
      ...("reason" in outcome ? { lastError: outcome.reason.slice(0, 1000) } : { sentAt: now, lastError: null }),
      ...(outcome.status === "QUEUED" ? { nextAttemptAt: outcome.nextAttemptAt } : {}),
      ...(secret ? { params: {}, contentRemovedAt: now } : {}),
    },
  });
}

/** A try that failed before the message reached the mail server: again later, or failed once its time is up. */
function retryLater(
  message: Claimed,
  rendered: RenderedEmail | null,
  reason: string,
  giveUpAt: number,
  now: Date,
): Outcome {
  const nextAttemptAt = new Date(now.getTime() + retryDelayMs(message.attempts));
  if (nextAttemptAt.getTime() < giveUpAt) return { status: "QUEUED", rendered, reason, nextAttemptAt };
  return { status: "FAILED", rendered, reason: `Gave up: it could not be sent in time. Last problem: ${reason}` };
}

/** The one-click unsubscribe address of a message one may stop receiving, from its parameters; null for every other. */
function unsubscribeUrlOf(message: Claimed): string | null {
  const kind = emailKind(message.kind);
  if (!kind?.unsubscribeUrl) return null;
  const parsed = kind.params.safeParse(message.params);
  return parsed.success ? kind.unsubscribeUrl(parsed.data) : null;
}

/** Renders and sends (or keeps) one claimed message; returns how it ended. */
async function deliver(
  message: Claimed,
  delivery: Exclude<EmailDelivery, { mode: "off" }>,
  server: MailServer | null,
  renderer: EmailRenderer,
  now: Date,
): Promise<Outcome> {
  const giveUpAt = message.queuedAt.getTime() + (emailKind(message.kind)?.giveUpAfterMs ?? GIVE_UP_AFTER_MS);
  let rendered: RenderedEmail;
  try {
    rendered = await renderer.render(message);
  } catch (error) {
    const reason = `It could not be written: ${error instanceof Error ? error.message : String(error)}`;
    // A message its kind cannot write is a bug: failed. The renderer itself failing (it did not start, say) is not the message's fault.
    return error instanceof EmailRenderError
      ? { status: "FAILED", rendered: null, reason }
      : retryLater(message, null, reason, giveUpAt, now);
  }
  if (!isDeliverableAddress(message.toAddress)) return { status: "FAILED", rendered, reason: INVALID_ADDRESS_REASON };
  if (!server) return { status: "KEPT", rendered };
  if (now.getTime() >= giveUpAt)
    return {
      status: "FAILED",
      rendered,
      reason: "Not sent in time: the mail server could not be reached before the message's time ran out.",
    };
  try {
    await server.send({
      from: delivery.from,
      to: { address: message.toAddress, name: message.toName },
      locale: message.locale,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      unsubscribeUrl: unsubscribeUrlOf(message),
    });
    return { status: "SENT", rendered };
  } catch (error) {
    const failure = deliveryFailure(error);
    return failure.retry
      ? retryLater(message, rendered, failure.reason, giveUpAt, now)
      : { status: "FAILED", rendered, reason: `The mail server refused it: ${failure.reason}` };
  }
}

const OUTCOME_LOG = {
  SENT: ["info", "email.sent", "sent"],
  KEPT: ["info", "email.kept", "kept"],
  QUEUED: ["warn", "email.retry", "retrying"],
  FAILED: ["error", "email.failed", "failed"],
} as const satisfies Record<Outcome["status"], readonly ["info" | "warn" | "error", string, keyof SendTurn]>;

let configuredServer: { url: string; server: MailServer } | undefined;

function serverFor(delivery: EmailDelivery): MailServer | null {
  if (delivery.mode !== "smtp") return null;
  if (configuredServer?.url !== delivery.url)
    configuredServer = { url: delivery.url, server: smtpMailServer(delivery.url) };
  return configuredServer.server;
}

/**
 * One turn of the sender: marks interrupted sends failed, then claims,
 * renders and sends due messages one at a time (each claim is its own
 * statement, so a message's SENDING time is its own send's).
 */
export async function sendDueEmails(options: SendOptions = {}): Promise<SendTurn> {
  const db = options.db ?? getDb();
  const delivery = options.delivery ?? emailDelivery();
  const clock = options.now ?? (() => new Date());
  const turn: SendTurn = { sent: 0, kept: 0, retrying: 0, failed: 0, interrupted: 0 };
  if (delivery.mode === "off") return turn;
  const server = options.server ?? serverFor(delivery);
  turn.interrupted = await failInterrupted(db, clock());
  const renderer = options.renderer ?? renderInChildProcess();
  try {
    await sendClaimed(db, delivery, server, renderer, clock, turn);
  } finally {
    renderer.close();
  }
  return turn;
}

async function sendClaimed(
  db: PrismaClient,
  delivery: Exclude<EmailDelivery, { mode: "off" }>,
  server: MailServer | null,
  renderer: EmailRenderer,
  clock: () => Date,
  turn: SendTurn,
): Promise<void> {
  for (let count = 0; count < MESSAGES_PER_TURN; count += 1) {
    const message = await claimNext(db, clock());
    if (!message) break;
    const outcome = await deliver(message, delivery, server, renderer, clock());
    await finish(db, message, outcome, server !== null, clock());
    const [level, event, counter] = OUTCOME_LOG[outcome.status];
    turn[counter] += 1;
    // Never the address or the server's answer (it may name the address): the outbox page has those.
    writeLog(level, event, {
      id: message.id,
      kind: message.kind,
      attempts: message.attempts,
      ...(outcome.status === "QUEUED" ? { nextAttemptAt: outcome.nextAttemptAt.toISOString() } : {}),
    });
  }
}

/**
 * Starts the sender once per process (instrumentation.ts). A real
 * deployment without SMTP_URL starts no loop and says so once in the log
 * (and on the admin dashboard).
 */
export function startEmailSender(): void {
  const delivery = emailDelivery();
  if (delivery.mode === "off") {
    const holder = globalThis as unknown as Record<symbol, boolean | undefined>;
    const said = Symbol.for("encuentros.email.offLogged");
    if (!holder[said])
      writeLog("warn", "email.off", {
        message:
          "SMTP_URL is not set: this deployment sends no email (password resets included). See docs/deployment.md#email.",
      });
    holder[said] = true;
    return;
  }
  startIntervalJob({
    key: "emailSender",
    intervalMs: SEND_INTERVAL_MS,
    label: "Sending email",
    run: () => sendDueEmails({ delivery }),
  });
}
