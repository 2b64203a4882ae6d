import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/roles";
import { parseMailAddress } from "@/lib/env";
import type { EmailDelivery } from "@/lib/email/delivery";
import { sendEmailAgain } from "@/lib/email/mutations";
import { INVALID_ADDRESS_REASON, queueEmail, type EmailMessage } from "@/lib/email/outbox";
import { INTERRUPTED_REASON, SENDING_LEASE_MS, sendDueEmails } from "@/lib/email/sender";
import { smtpMailServer } from "@/lib/email/smtp";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { pointAppAtDatabase, releaseAppDatabase } from "@/tests/support/app-database";
import { renderInThisProcess } from "@/tests/support/email";
import { createMigratedTestDatabase } from "@/tests/support/migrated-database";
import { SmtpSink } from "@/tests/support/smtp-sink";
import { DATABASE_KINDS, type TestDatabase } from "@/tests/support/test-database";

/**
 * The outbox against a real SMTP server (smtp-server on a loopback port,
 * every message read back with mailparser), on PGlite or PostgreSQL.
 */

const from = parseMailAddress("Encuentros <encuentros@example.org>")!;
const ADMIN: StaffUser = { id: "admin-1", email: "admin@example.org", name: "Ada Admin", role: "ADMIN" };
const MINUTE = 60_000;

function resetEmail(address: string, locale: "en" | "es", token: string): EmailMessage<"passwordReset"> {
  return {
    kind: "passwordReset",
    to: { address, name: "Ana Ruiz" },
    locale,
    params: { name: "Ana Ruiz", link: `http://localhost:3000/${locale}/admin/reset-password?token=${token}` },
  };
}

function testEmail(address: string, name = "Ana Ruiz"): EmailMessage<"testMessage"> {
  return { kind: "testMessage", to: { address, name }, locale: "en", params: { name } };
}

describe.each(DATABASE_KINDS)("the email outbox on %s", (kind) => {
  let database: TestDatabase;
  let db: PrismaClient;
  const sink = new SmtpSink();
  let smtp: EmailDelivery;

  /** One turn of the sender through the sink, at `now` (the real clock by default). */
  const turn = (now?: Date, client = db) =>
    sendDueEmails({
      db: client,
      delivery: smtp,
      server: smtpMailServer(sink.url),
      renderer: renderInThisProcess,
      ...(now ? { now: () => now } : {}),
    });
  /** A save that queues a message in its own transaction, as a staff save will. */
  const save = (message: EmailMessage, delivery = smtp) => db.$transaction((tx) => queueEmail(tx, message, delivery));

  beforeAll(async () => {
    database = await createMigratedTestDatabase(kind);
    db = database.connect();
    // sendEmailAgain, like every staff command, uses the app's database.
    pointAppAtDatabase(db);
    await sink.start();
    smtp = { mode: "smtp", url: sink.url, from };
  });

  afterEach(async () => {
    await db.outboxEmail.deleteMany();
    sink.received.length = 0;
  });

  afterAll(async () => {
    await sink.stop();
    releaseAppDatabase();
    await db.$disconnect();
    await database.drop();
  });

  it("sends a message queued by a save once, to its recipient, in its language, with its subject and link, as text and HTML", async () => {
    const id = await save(resetEmail("ana@example.org", "es", "tok123"));
    expect(await turn()).toMatchObject({ sent: 1, retrying: 0, failed: 0 });
    expect(await turn()).toMatchObject({ sent: 0 });

    expect(sink.received).toHaveLength(1);
    const [{ rcptTo, mail }] = sink.received as [(typeof sink.received)[number]];
    expect(rcptTo).toEqual(["ana@example.org"]);
    expect(mail.to).toMatchObject({ value: [{ address: "ana@example.org", name: "Ana Ruiz" }] });
    expect(mail.from).toMatchObject({ value: [{ address: "encuentros@example.org", name: "Encuentros" }] });
    expect(mail.subject).toBe("Elija una contraseña nueva para Encuentros");
    expect(mail.headers.get("content-language")).toBe("es");
    expect(mail.headers.get("auto-submitted")).toBe("auto-generated");
    const link = "http://localhost:3000/es/admin/reset-password?token=tok123";
    expect(mail.text).toContain(link);
    expect(mail.text).toContain("Hola, Ana Ruiz");
    expect(mail.html).toMatch(/^<!DOCTYPE html><html lang="es"/);
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.html).not.toMatch(/<img|<script/i);

    // The record stays; the link does not (it was for its recipient alone).
    const row = await db.outboxEmail.findUniqueOrThrow({ where: { id: id! } });
    expect(row).toMatchObject({
      status: "SENT",
      attempts: 1,
      subject: "Elija una contraseña nueva para Encuentros",
      text: null,
      html: null,
      params: {},
      lastError: null,
    });
    expect(row.contentRemovedAt).toBeInstanceOf(Date);
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it("keeps the body of a message without a secret, to read on the outbox page", async () => {
    const id = await save(testEmail("ana@example.org"));
    await turn();
    const row = await db.outboxEmail.findUniqueOrThrow({ where: { id: id! } });
    expect(row).toMatchObject({ status: "SENT", contentRemovedAt: null, params: { name: "Ana Ruiz" } });
    expect(row.text).toContain("Hello, Ana Ruiz");
    expect(row.html).toContain('<html lang="en"');
  });

  it("queues nothing for a save that rolls back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await queueEmail(tx, testEmail("ana@example.org"), smtp);
        throw new Error("the save failed");
      }),
    ).rejects.toThrow("the save failed");
    expect(await db.outboxEmail.count()).toBe(0);
  });

  it("while the mail server is down: saves succeed, messages wait, and each goes out once when it is back", async () => {
    await sink.stop();
    try {
      const id = await save(testEmail("ana@example.org"));
      const start = new Date();
      expect(await turn(start)).toMatchObject({ sent: 0, retrying: 1 });
      const waiting = await db.outboxEmail.findUniqueOrThrow({ where: { id: id! } });
      expect(waiting).toMatchObject({ status: "QUEUED", attempts: 1, claimedAt: null });
      expect(waiting.lastError).toMatch(/ECONNREFUSED|connect/i);
      expect(waiting.nextAttemptAt.getTime() - start.getTime()).toBe(30_000);
      // Backing off: not tried again before its time.
      expect(await turn(new Date(start.getTime() + 10_000))).toMatchObject({ sent: 0, retrying: 0 });
      expect(await turn(new Date(start.getTime() + 31_000))).toMatchObject({ retrying: 1 });
      expect(
        (await db.outboxEmail.findUniqueOrThrow({ where: { id: id! } })).nextAttemptAt.getTime() - start.getTime(),
      ).toBe(31_000 + 60_000);
    } finally {
      await sink.start();
    }
    expect(await turn(new Date(Date.now() + 2 * MINUTE))).toMatchObject({ sent: 1 });
    expect(await turn(new Date(Date.now() + 60 * MINUTE))).toMatchObject({ sent: 0, retrying: 0 });
    expect(sink.received).toHaveLength(1);
  });

  it("sends the messages of one kind to one address in the order they were queued, though the later one is due first; another kind does not wait", async () => {
    await sink.stop();
    let ids: (string | null)[];
    let start = new Date();
    try {
      const first = await save(testEmail("ana@example.org", "Primera"));
      start = new Date();
      // Its next try: 30 s after this one.
      expect(await turn(start)).toMatchObject({ retrying: 1 });
      ids = [
        first,
        await save(testEmail("ana@example.org", "Segunda")),
        await save(resetEmail("ana@example.org", "es", "x")),
      ];
    } finally {
      await sink.start();
    }
    const status = async () =>
      Promise.all(ids.map(async (id) => (await db.outboxEmail.findUniqueOrThrow({ where: { id: id! } })).status));
    // The server is back; the second message is due, but waits for the first one's next try. The reset link is sent.
    expect(await turn(new Date(start.getTime() + 10_000))).toMatchObject({ sent: 1, retrying: 0 });
    expect(await status()).toEqual(["QUEUED", "QUEUED", "SENT"]);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: ids[1]! } })).toMatchObject({ attempts: 0 });
    expect(await turn(new Date(start.getTime() + 31_000))).toMatchObject({ sent: 2, retrying: 0 });
    expect(await status()).toEqual(["SENT", "SENT", "SENT"]);
    expect(
      sink.received.slice(1).map((email) => email.mail.to && "text" in email.mail.to && email.mail.to.text),
    ).toEqual(['"Primera" <ana@example.org>', '"Segunda" <ana@example.org>']);
  });

  it("tries again after a 4xx answer, and marks failed at once on a 5xx, with the server's answer", async () => {
    sink.refuseNext(
      { code: 451, message: "Greylisted, try again later" },
      { code: 550, message: "No such mailbox here" },
    );
    const id = await save(testEmail("ana@example.org"));
    expect(await turn()).toMatchObject({ retrying: 1 });
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: id! } })).lastError).toMatch(/^451 .*Greylisted/);
    expect(await turn(new Date(Date.now() + MINUTE))).toMatchObject({ failed: 1 });
    const failed = await db.outboxEmail.findUniqueOrThrow({ where: { id: id! } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: 2 });
    expect(failed.lastError).toMatch(/^The mail server refused it: 550 .*No such mailbox here/);
    expect(sink.received).toHaveLength(0);
  });

  it("gives up after a day without the mail server (a reset link after its 30 minutes), with the reason", async () => {
    await sink.stop();
    try {
      const day = await save(testEmail("ana@example.org"));
      const reset = await save(resetEmail("ana@example.org", "en", "late"));
      const queuedAt = (await db.outboxEmail.findUniqueOrThrow({ where: { id: day! } })).queuedAt.getTime();
      expect(await turn(new Date(queuedAt + 31 * MINUTE))).toMatchObject({ retrying: 1, failed: 1 });
      const expired = await db.outboxEmail.findUniqueOrThrow({ where: { id: reset! } });
      expect(expired).toMatchObject({ status: "FAILED", params: {} });
      expect(expired.lastError).toMatch(/^Not sent in time/);
      expect(await turn(new Date(queuedAt + 24 * 60 * MINUTE))).toMatchObject({ failed: 1 });
      expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: day! } })).lastError).toMatch(/^Not sent in time/);
    } finally {
      await sink.start();
    }
    expect(sink.received).toHaveLength(0);
  });

  it("never sends one message twice when two instances send at once", async () => {
    // PostgreSQL: two instances are two connection pools on one database; PGlite has one connection per process.
    const other = kind === "postgres" ? database.connect() : db;
    try {
      for (let i = 0; i < 30; i++) await save(testEmail(`person${i}@example.org`));
      const [a, b] = await Promise.all([turn(undefined, db), turn(undefined, other)]);
      expect(a.sent + b.sent).toBe(30);
      const recipients = sink.received.flatMap((email) => email.rcptTo);
      expect(recipients).toHaveLength(30);
      expect(new Set(recipients).size).toBe(30);
      expect(await db.outboxEmail.count({ where: { status: "SENT", attempts: 1 } })).toBe(30);
    } finally {
      if (other !== db) await other.$disconnect();
    }
  });

  it("marks a message left sending by a stopped instance failed, never sends it by itself, and an admin sends it again", async () => {
    const id = (await save(testEmail("ana@example.org")))!;
    const crashedAt = new Date(Date.now() - SENDING_LEASE_MS - 1000);
    await db.outboxEmail.update({ where: { id }, data: { status: "SENDING", claimedAt: crashedAt, attempts: 1 } });
    expect(await turn()).toMatchObject({ interrupted: 1, sent: 0 });
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "FAILED",
      lastError: INTERRUPTED_REASON,
    });
    expect(await turn()).toMatchObject({ sent: 0 });
    expect(sink.received).toHaveLength(0);

    expect(await sendEmailAgain(ADMIN, id, smtp)).toEqual({ ok: true, id });
    expect(await sendEmailAgain(ADMIN, id, smtp)).toEqual({ ok: false, reason: "notFailed" });
    expect(await turn()).toMatchObject({ sent: 1 });
    expect(sink.received).toHaveLength(1);
    expect(await sendEmailAgain({ ...ADMIN, role: "EDITOR" }, id, smtp)).toEqual({ ok: false, reason: "forbidden" });
  });

  it("refuses CR and LF in a subject or a name: no header can be added", async () => {
    const injected = "Hello\r\nBcc: victim@example.net\r\nX-Injected: yes";
    await smtpMailServer(sink.url).send({
      from: { name: "Encuentros\r\nBcc: victim@example.net", address: "encuentros@example.org" },
      to: { address: "ana@example.org", name: "Ana\nCc: victim@example.net" },
      locale: "en",
      subject: injected,
      text: "Body",
      html: "<p>Body</p>",
    });
    // And through the outbox, with a name a staff member typed.
    await save(testEmail("ana@example.org", "Eve\r\nBcc: victim@example.net"));
    await turn();

    expect(sink.received).toHaveLength(2);
    for (const { rcptTo, raw, mail } of sink.received) {
      expect(rcptTo).toEqual(["ana@example.org"]);
      expect(mail.bcc).toBeUndefined();
      expect(mail.cc).toBeUndefined();
      expect(mail.headers.has("x-injected")).toBe(false);
      const head = raw.slice(0, raw.indexOf("\r\n\r\n"));
      expect(head).not.toMatch(/^(Bcc|Cc|X-Injected):/im);
    }
    expect(sink.received[0]!.mail.subject).toBe("Hello Bcc: victim@example.net X-Injected: yes");
    expect(sink.received[1]!.mail.to).toMatchObject({
      value: [{ address: "ana@example.org", name: "Eve Bcc: victim@example.net" }],
    });
  });

  it("marks failed a stored message its kind cannot write, without trying the mail server", async () => {
    const { id } = await db.outboxEmail.create({
      data: { kind: "retiredKind", toAddress: "ana@example.org", locale: "en", params: {} },
    });
    expect(await turn()).toMatchObject({ failed: 1 });
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id } })).lastError).toBe(
      'It could not be written: Unknown kind of message "retiredKind".',
    );
    expect(sink.received).toHaveLength(0);
  });

  it("keeps an address no server would take as failed, without failing the save", async () => {
    const id = await save(testEmail("ana@example.org\r\nRCPT TO:<victim@example.net>"));
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({
      status: "FAILED",
      lastError: INVALID_ADDRESS_REASON,
    });
    expect(await turn()).toMatchObject({ sent: 0, failed: 0 });
    expect(sink.received).toHaveLength(0);
  });

  it("in local mode renders and keeps each message (a reset link included), sending nothing; rendered in a process of its own, as in the built app", async () => {
    const local: EmailDelivery = { mode: "local", from };
    const id = await save(resetEmail("ana@example.org", "en", "dev-token"), local);
    // No renderer given: the app's own, `node --import tsx lib/email/render-child.ts`.
    expect(await sendDueEmails({ db, delivery: local })).toMatchObject({ kept: 1, sent: 0 });
    const row = await db.outboxEmail.findUniqueOrThrow({ where: { id: id! } });
    expect(row).toMatchObject({
      status: "KEPT",
      subject: "Choose a new password for Encuentros",
      contentRemovedAt: null,
    });
    expect(row.text).toContain("/en/admin/reset-password?token=dev-token");
    expect(row.html).toMatch(/^<!DOCTYPE html><html lang="en"/);
    expect(sink.received).toHaveLength(0);
  });

  it("writes nothing when email is off (a real deployment without SMTP_URL)", async () => {
    expect(await save(testEmail("ana@example.org"), { mode: "off" })).toBeNull();
    expect(await db.outboxEmail.count()).toBe(0);
    expect(await sendDueEmails({ db, delivery: { mode: "off" }, renderer: renderInThisProcess })).toMatchObject({
      sent: 0,
      kept: 0,
    });
  });
});
