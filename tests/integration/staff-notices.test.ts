import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { personOf } from "@/lib/audit/events";
import type { StaffUser } from "@/lib/auth/roles";
import { setStaffPassword } from "@/lib/auth/staff-accounts";
import type { EmailDelivery } from "@/lib/email/delivery";
import { sendDueEmails } from "@/lib/email/sender";
import { smtpMailServer } from "@/lib/email/smtp";
import { parseMailAddress } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { NoticeMode, StaffRole } from "@/lib/generated/prisma/enums";
import { saveMeetingRevision, reviewMeetingRevision } from "@/lib/meeting-revisions/mutations";
import { createMeeting } from "@/lib/meetings/mutations";
import { sendDueDigests } from "@/lib/notices/digest";
import { alertUnstaffedInterpretation } from "@/lib/notices/interpretation-alerts";
import { saveNoticePreferences } from "@/lib/notices/mutations";
import { noticeNewRequest } from "@/lib/notices/staff-notices";
import { publishMeeting, reviewMeeting } from "@/lib/publishing/mutations";
import { publishDueMeetings } from "@/lib/publishing/scheduler";
import { submitQuestion } from "@/lib/questions/mutations";
import { submitSessionRequest } from "@/lib/requests/mutations";
import { recordSecondFactorEvent } from "@/lib/second-factor/events";
import { replaceBackupCodes, resetSecondFactor, turnOffAuthenticatorApp } from "@/lib/second-factor/mutations";
import { resetAddressLimits } from "@/lib/security/address-limit";
import { proposeStatementChange, reviewStatementChange } from "@/lib/statements/mutations";
import { statementInputSchema } from "@/lib/statements/schema";
import { addDaysToDateKey, dateKeyToDbDate, zonedDateKey } from "@/lib/time/central-time";
import { DEMO_SERIES_SLUG } from "@/prisma/seed-data";
import { pointAppAtDatabase, releaseAppDatabase } from "@/tests/support/app-database";
import { renderInThisProcess } from "@/tests/support/email";
import { meetingFormValues, meetingInput } from "@/tests/support/meeting-factory";
import { revisionReviewSchema } from "@/lib/meeting-revisions/schema";
import { publishFormSchema, reviewFormSchema } from "@/lib/publishing/schema";
import { createMigratedTestDatabase } from "@/tests/support/migrated-database";
import { SmtpSink, type ReceivedEmail } from "@/tests/support/smtp-sink";
import { testStaffAccount } from "@/tests/support/staff-sessions";
import { DATABASE_KINDS, type TestDatabase } from "@/tests/support/test-database";
import { seedDemoData } from "@/prisma/seed-demo";

/**
 * Staff notices and account-security notices through the outbox to a real
 * SMTP server (smtp-server on a loopback port, read back with mailparser),
 * on PGlite or PostgreSQL: who receives each, once, in their language, with
 * which subject and link; at once, in the daily digest or not at all.
 */

const TODAY = "2027-01-10";
// Noon in Dallas on TODAY.
const NOW = new Date("2027-01-10T18:00:00Z");
const HOUR = 60 * 60 * 1000;
const REQUEST_DAY = addDaysToDateKey(zonedDateKey(new Date()), 30);
const CONTACT = {
  contactName: "Pastor Privado Nombre",
  contactPhone: "214-555-0199",
  contactEmail: "pastor.private@example.net",
};

describe.each(DATABASE_KINDS)("staff notices on %s", (kind) => {
  let database: TestDatabase;
  let db: PrismaClient;
  const sink = new SmtpSink();
  let smtp: EmailDelivery;
  let seriesId: string;
  let venueId: string;
  const people = {} as Record<"adminEs" | "editorEn" | "adminDigest" | "editorOff" | "inactive", StaffUser>;

  /** One turn of the sender through the SMTP server, at `now`. */
  const send = (now = new Date(), client = db) =>
    sendDueEmails({
      db: client,
      delivery: smtp,
      server: smtpMailServer(sink.url),
      renderer: renderInThisProcess,
      now: () => now,
    });
  const to = (person: StaffUser) => sink.received.filter((email) => email.rcptTo.includes(person.email));
  const only = (person: StaffUser): ReceivedEmail => {
    const mails = to(person);
    expect(mails, person.email).toHaveLength(1);
    return mails[0]!;
  };

  async function staff(
    role: StaffRole,
    name: string,
    settings: { locale: "en" | "es"; noticeMode: NoticeMode; active?: boolean },
  ): Promise<StaffUser> {
    const user = await testStaffAccount(db, {
      email: `${name.toLowerCase().replace(/\s+/g, ".")}-${kind}@example.org`,
      name,
      role,
    });
    await db.user.update({
      where: { id: user.id },
      data: {
        locale: settings.locale,
        noticeMode: settings.noticeMode,
        digestHour: 8,
        active: settings.active ?? true,
      },
    });
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  }

  beforeAll(async () => {
    database = await createMigratedTestDatabase(kind);
    db = database.connect();
    await seedDemoData(db, TODAY);
    pointAppAtDatabase(db);
    await sink.start();
    smtp = { mode: "smtp", url: sink.url, from: parseMailAddress("Encuentros <encuentros@example.org>")! };
    // The demo's own accounts hear nothing here: only the people below.
    await db.user.updateMany({ data: { noticeMode: "OFF" } });
    seriesId = (await db.series.findUniqueOrThrow({ where: { slug: DEMO_SERIES_SLUG } })).id;
    venueId = (await db.venue.findFirstOrThrow({ orderBy: { slug: "asc" } })).id;
    people.adminEs = await staff("ADMIN", "Ana Admin", { locale: "es", noticeMode: "AT_ONCE" });
    people.editorEn = await staff("EDITOR", "Ed Editor", { locale: "en", noticeMode: "AT_ONCE" });
    people.adminDigest = await staff("ADMIN", "Dana Digest", { locale: "en", noticeMode: "DIGEST" });
    people.editorOff = await staff("EDITOR", "Olga Off", { locale: "es", noticeMode: "OFF" });
    people.inactive = await staff("EDITOR", "Ian Inactive", { locale: "en", noticeMode: "AT_ONCE", active: false });
    return async () => {
      await sink.stop();
      releaseAppDatabase();
      await db.$disconnect();
      await database.drop();
    };
  });

  afterEach(async () => {
    await db.outboxEmail.deleteMany();
    await db.pendingNotice.deleteMany();
    sink.received.length = 0;
  });

  const requestFields = (organization: string) => ({
    organization,
    venueKind: "CHURCH",
    street: "500 Demo Avenue",
    city: "Dallas",
    postalCode: "75211",
    preferredDate: REQUEST_DAY,
    startTime: "18:00",
    endTime: "19:30",
    spokenLanguages: ["es"],
    attendance: "40",
    ...CONTACT,
  });

  it("tells those who handle requests of a new one, once each, in their language, with a link to it and never the requester's contact details", async () => {
    resetAddressLimits();
    expect(await submitSessionRequest(requestFields("Familia Bethel"), "203.0.113.7")).toEqual({
      ok: true,
      stored: true,
    });
    const request = await db.sessionRequest.findFirstOrThrow({ where: { organization: "Familia Bethel" } });
    expect(await send()).toMatchObject({ sent: 2, failed: 0 });
    expect(await send()).toMatchObject({ sent: 0 });

    const es = only(people.adminEs);
    expect(es.mail.subject).toBe("Nueva solicitud de reunión de Familia Bethel");
    expect(es.mail.headers.get("content-language")).toBe("es");
    expect(es.mail.text).toContain(`http://localhost:3000/es/admin/requests/${request.id}`);
    const en = only(people.editorEn);
    expect(en.mail.subject).toBe("New meeting request from Familia Bethel");
    expect(en.mail.html).toContain(`href="http://localhost:3000/en/admin/requests/${request.id}"`);
    // The digest reader has it waiting; nobody who turned notices off, and no inactive account, gets anything.
    expect(await db.pendingNotice.count({ where: { userId: people.adminDigest.id, kind: "newRequest" } })).toBe(1);
    expect(to(people.adminDigest)).toHaveLength(0);
    expect(to(people.editorOff)).toHaveLength(0);
    expect(to(people.inactive)).toHaveLength(0);
    for (const { raw } of sink.received) {
      for (const secret of Object.values(CONTACT)) expect(raw).not.toContain(secret);
      // Never a link that signs in by itself: only staff pages, which ask for the session.
      expect(raw).not.toMatch(/token=|callbackURL|magic/i);
    }
    const pending = await db.pendingNotice.findFirstOrThrow({ where: { userId: people.adminDigest.id } });
    for (const secret of Object.values(CONTACT)) expect(JSON.stringify(pending.params)).not.toContain(secret);
  });

  it("tells those who answer of a new question with its first line only, at the top of the next hour, with nothing finer than the hour recorded", async () => {
    resetAddressLimits();
    const asked = new Date();
    expect(
      await submitQuestion(
        { text: "¿Habrá intérprete de vietnamita?\nMi nombre es Rosa y vivo en la calle Elm." },
        "203.0.113.8",
        null,
        "es",
        asked,
      ),
    ).toEqual({ ok: true, stored: true });
    const hour = new Date(Math.floor(asked.getTime() / HOUR) * HOUR);
    const rows = await db.outboxEmail.findMany({ where: { kind: "staffNewQuestion" } });
    expect(rows).toHaveLength(2);
    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const row of rows) {
      // A cuid would carry the moment it was made.
      expect(row.id).toMatch(UUID);
      expect(row.createdAt).toEqual(hour);
      expect(row.queuedAt).toEqual(hour);
      expect(row.nextAttemptAt).toEqual(new Date(hour.getTime() + HOUR));
    }
    expect(await send(asked)).toMatchObject({ sent: 0 });
    expect(await send(new Date(hour.getTime() + HOUR))).toMatchObject({ sent: 2 });
    const es = only(people.adminEs);
    expect(es.mail.subject).toBe("Llegó una pregunta nueva");
    expect(es.mail.text).toContain("> ¿Habrá intérprete de vietnamita?");
    expect(es.mail.text).toContain("http://localhost:3000/es/admin/questions");
    expect(only(people.editorEn).mail.subject).toBe("A new question arrived");
    for (const { raw } of sink.received) expect(raw).not.toMatch(/Rosa|Elm/);
    const pending = await db.pendingNotice.findFirstOrThrow({ where: { userId: people.adminDigest.id } });
    expect(pending.createdAt).toEqual(hour);
    expect(pending.id).toMatch(UUID);
  });

  it("tells those who may approve of a meeting waiting for review, never its author; then the author of the send-back, with the comment", async () => {
    await db.series.update({ where: { id: seriesId }, data: { requiresReview: true, editorsMayReview: false } });
    try {
      const values = meetingFormValues(seriesId, venueId, {
        date: "2027-02-05",
        startTime: "07:00",
        endTime: "07:45",
        titleEn: "Know your rights",
        titleEs: "Conozca sus derechos",
      });
      const created = await createMeeting(people.editorEn, meetingInput(values), NOW, "draft");
      if (!created.ok) throw new Error(JSON.stringify(created));
      expect(
        await publishMeeting(people.editorEn, created.id, publishFormSchema.parse({ version: 1 }), NOW),
      ).toMatchObject({ ok: true, outcome: "inReview" });
      await send();
      // Editors may not review in this series: the admins, not the author, not the other editor.
      expect(sink.received.flatMap((email) => email.rcptTo)).toEqual([people.adminEs.email]);
      const asked = only(people.adminEs);
      expect(asked.mail.subject).toBe("Espera su revisión: Conozca sus derechos");
      expect(asked.mail.text).toContain("Ed Editor pidió que se revise una reunión");
      expect(asked.mail.text).toContain(`http://localhost:3000/es/admin/meetings/${created.id}`);
      expect(await db.pendingNotice.count({ where: { userId: people.adminDigest.id, kind: "reviewRequested" } })).toBe(
        1,
      );

      sink.received.length = 0;
      const { version } = await db.meeting.findUniqueOrThrow({ where: { id: created.id } });
      expect(
        await reviewMeeting(
          people.adminEs,
          created.id,
          reviewFormSchema.parse({ version, decision: "sendBack", comment: "Add the address, please." }),
          NOW,
        ),
      ).toMatchObject({ ok: true, outcome: "sentBack" });
      await send();
      const back = only(people.editorEn);
      expect(sink.received).toHaveLength(1);
      expect(back.mail.subject).toBe("Sent back: Know your rights");
      expect(back.mail.text).toContain("Ana Admin has sent back your meeting “Know your rights”.");
      expect(back.mail.text).toContain("> Add the address, please.");

      // Asked again, and approved: the author hears that too, once.
      sink.received.length = 0;
      const again = await db.meeting.findUniqueOrThrow({ where: { id: created.id } });
      expect(
        await publishMeeting(people.editorEn, created.id, publishFormSchema.parse({ version: again.version }), NOW),
      ).toMatchObject({ outcome: "inReview" });
      const inReview = await db.meeting.findUniqueOrThrow({ where: { id: created.id } });
      expect(
        await reviewMeeting(
          people.adminEs,
          created.id,
          reviewFormSchema.parse({ version: inReview.version, decision: "approve" }),
          NOW,
        ),
      ).toMatchObject({ ok: true, outcome: "published" });
      await send();
      expect(to(people.adminEs)).toHaveLength(1);
      const approved = only(people.editorEn);
      expect(approved.mail.subject).toBe("Approved: Know your rights");
      expect(approved.mail.text).not.toContain("> ");
    } finally {
      await db.series.update({ where: { id: seriesId }, data: { requiresReview: false } });
    }
  });

  it("tells those who may approve of a change to a published meeting (editors too, where the series lets them), and its author of the approval", async () => {
    const values = meetingFormValues(seriesId, venueId, {
      date: "2027-02-07",
      startTime: "07:00",
      endTime: "07:45",
      titleEn: "Published talk",
      titleEs: "Charla publicada",
    });
    const created = await createMeeting(people.adminEs, meetingInput(values), NOW, "draft");
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(
      await publishMeeting(people.adminEs, created.id, publishFormSchema.parse({ version: 1 }), NOW),
    ).toMatchObject({ outcome: "published" });
    await db.series.update({ where: { id: seriesId }, data: { requiresReview: true, editorsMayReview: true } });
    // Another editor who hears at once, for this test.
    await db.user.update({ where: { id: people.editorOff.id }, data: { noticeMode: "AT_ONCE" } });
    try {
      const { version } = await db.meeting.findUniqueOrThrow({ where: { id: created.id } });
      const saved = await saveMeetingRevision(
        people.editorEn,
        created.id,
        version,
        meetingInput({ ...values, venueMode: "existing", startTime: "08:00", endTime: "08:45" }),
        { askForReview: true },
      );
      expect(saved).toMatchObject({ ok: true, outcome: "changeInReview" });
      await send();
      // Admins and, in this series, editors may approve; never the author.
      expect(sink.received.flatMap((email) => email.rcptTo).sort()).toEqual(
        [people.adminEs.email, people.editorOff.email].sort(),
      );
      expect(only(people.adminEs).mail.text).toContain(
        "Ed Editor pidió que se revise un cambio a una reunión publicada: “Charla publicada”.",
      );
      expect(await db.pendingNotice.count({ where: { userId: people.adminDigest.id, kind: "reviewRequested" } })).toBe(
        1,
      );

      expect(only(people.editorOff).mail.subject).toBe("Espera su revisión: Charla publicada");
      sink.received.length = 0;
      const revision = await db.meetingRevision.findUniqueOrThrow({ where: { meetingId: created.id } });
      expect(
        await reviewMeetingRevision(
          people.adminEs,
          created.id,
          revisionReviewSchema.parse({ version: revision.version, decision: "approve" }),
        ),
      ).toMatchObject({ ok: true, outcome: "changePublished" });
      await send();
      expect(sink.received).toHaveLength(1);
      expect(only(people.editorEn).mail.subject).toBe("Approved: Published talk");
      expect(only(people.editorEn).mail.text).toContain(
        "Ana Admin has approved your change to a published meeting “Published talk”.",
      );
    } finally {
      await db.series.update({ where: { id: seriesId }, data: { requiresReview: false, editorsMayReview: false } });
      await db.user.update({ where: { id: people.editorOff.id }, data: { noticeMode: "OFF" } });
    }
  });

  it("tells the admins of a proposed statement change, and its author of the decision", async () => {
    await db.staffSettings.upsert({
      where: { id: 1 },
      create: { id: 1, statementChangesNeedReview: true },
      update: { statementChangesNeedReview: true },
    });
    const input = statementInputSchema.parse({
      section: "WILL_NOT",
      position: "7",
      statedOn: "2027-01-09",
      dateChoice: "restated",
      textEn: "Officers will not ask about immigration status.\nSecond line.",
      textEs: "Los oficiales no preguntarán por el estatus migratorio.",
      sourceEn: "Chief",
      sourceEs: "Jefe",
      sourceUrl: "",
    });
    const proposed = await proposeStatementChange(people.editorEn, null, input);
    if (!proposed.ok) throw new Error(JSON.stringify(proposed));
    await send();
    expect(sink.received.flatMap((email) => email.rcptTo)).toEqual([people.adminEs.email]);
    expect(only(people.adminEs).mail.subject).toBe(
      "Espera su revisión: Los oficiales no preguntarán por el estatus migratorio.",
    );
    sink.received.length = 0;
    expect(
      await reviewStatementChange(people.adminEs, proposed.id, { decision: "sendBack", comment: "Cite the policy." }),
    ).toMatchObject({ ok: true });
    await send();
    expect(only(people.editorEn).mail.subject).toBe("Sent back: Officers will not ask about immigration status.");
    expect(sink.received).toHaveLength(1);
  });

  it("tells whoever scheduled a meeting when the scheduler publishes it", async () => {
    const values = meetingFormValues(seriesId, venueId, {
      date: "2027-02-06",
      startTime: "07:00",
      endTime: "07:45",
      titleEn: "Scheduled talk",
      titleEs: "Charla programada",
    });
    const created = await createMeeting(people.adminEs, meetingInput(values), NOW, "draft");
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(
      await publishMeeting(
        people.adminEs,
        created.id,
        publishFormSchema.parse({ version: 1, publishDate: "2027-02-01", publishTime: "09:00" }),
        NOW,
      ),
    ).toMatchObject({ outcome: "scheduled" });
    await send();
    expect(sink.received).toHaveLength(0);
    expect(await publishDueMeetings(new Date("2027-02-01T15:00:01Z"))).toEqual([created.id]);
    await send();
    const mail = only(people.adminEs);
    expect(sink.received).toHaveLength(1);
    expect(mail.mail.subject).toBe("Ya es pública: Charla programada");
    expect(mail.mail.text).toContain("sábado 6 de febrero · 7:00 a. m.");
  });

  it("tells meeting managers once per meeting and language of interpretation asked for with no interpreter, however many instances check", async () => {
    const values = meetingFormValues(seriesId, venueId, {
      date: "2027-01-11",
      startTime: "07:00",
      endTime: "07:45",
      titleEn: "Tomorrow morning",
      titleEs: "Mañana temprano",
      interpretation: ["ar"],
    });
    const created = await createMeeting(people.adminEs, meetingInput(values), NOW, "draft");
    if (!created.ok) throw new Error(JSON.stringify(created));
    await db.meeting.update({ where: { id: created.id }, data: { publication: "PUBLISHED", publishAt: NOW } });
    await db.tallyCount.createMany({
      data: [
        { meetingId: created.id, kind: "INTERPRETATION", language: "vi", count: 3 },
        { meetingId: created.id, kind: "INTERPRETATION", language: "ar", count: 2 },
      ],
    });
    const other = kind === "postgres" ? database.connect() : db;
    try {
      await Promise.all([
        alertUnstaffedInterpretation({ db, now: NOW }),
        alertUnstaffedInterpretation({ db: other, now: NOW }),
      ]);
      expect(await alertUnstaffedInterpretation({ db, now: new Date(NOW.getTime() + HOUR) })).toBe(0);
    } finally {
      if (other !== db) await other.$disconnect();
    }
    expect(
      await db.interpretationAlert.findMany({ where: { meetingId: created.id }, select: { language: true } }),
    ).toEqual([{ language: "vi" }]);
    await send();
    const about = (person: StaffUser) => to(person).filter((email) => email.mail.text?.includes(created.id));
    expect(about(people.adminEs)).toHaveLength(1);
    expect(about(people.adminEs)[0]!.mail.subject).toBe("Se necesita interpretación: Mañana temprano");
    expect(about(people.adminEs)[0]!.mail.text).toContain("3 personas pidieron interpretación en vietnamita");
    expect(about(people.editorEn)).toHaveLength(1);
    expect(about(people.editorEn)[0]!.mail.text).toContain("3 residents asked for interpretation in Vietnamese");
    expect(about(people.editorOff)).toHaveLength(0);
  });

  it("sends the digest once a day at the person's Central-time hour, however many instances run the job, listing what waited", async () => {
    resetAddressLimits();
    await submitSessionRequest(requestFields("Digest Church"), "203.0.113.9");
    resetAddressLimits();
    await submitSessionRequest(requestFields("Second Church"), "203.0.113.10");
    expect(await db.pendingNotice.count({ where: { userId: people.adminDigest.id } })).toBe(2);
    await db.user.update({ where: { id: people.adminDigest.id }, data: { digestClaimedOn: null } });
    // 7:59 AM in Dallas: not yet. 8:00 AM (14:00 UTC in winter): due.
    expect(await sendDueDigests({ db, now: new Date("2027-01-12T13:59:00Z"), delivery: smtp })).toBe(0);
    const other = kind === "postgres" ? database.connect() : db;
    try {
      const at = new Date("2027-01-12T14:00:30Z");
      const runs = await Promise.all([
        sendDueDigests({ db, now: at, delivery: smtp }),
        sendDueDigests({ db: other, now: at, delivery: smtp }),
      ]);
      expect(runs[0] + runs[1]).toBe(1);
    } finally {
      if (other !== db) await other.$disconnect();
    }
    expect(await sendDueDigests({ db, now: new Date("2027-01-12T20:00:00Z"), delivery: smtp })).toBe(0);
    await send();
    const digest = only(people.adminDigest);
    expect(digest.mail.subject).toBe("Encuentros: your daily summary (2 notices)");
    expect(digest.mail.text).toContain("- Meeting request: Digest Church (Dallas)");
    expect(digest.mail.text).toContain("- Meeting request: Second Church (Dallas)");
    for (const secret of Object.values(CONTACT)) expect(digest.raw).not.toContain(secret);
    expect(await db.pendingNotice.count({ where: { userId: people.adminDigest.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: people.adminDigest.id } })).digestClaimedOn).toEqual(
      dateKeyToDbDate("2027-01-12"),
    );
  });

  it("honours a change of settings at once: off stops notices, and leaving the digest drops what waited", async () => {
    const person = people.editorEn;
    try {
      await saveNoticePreferences(person, { noticeMode: "OFF", digestHour: null, locale: "en" });
      resetAddressLimits();
      await submitSessionRequest(requestFields("Quiet Church"), "203.0.113.11");
      await send();
      expect(to(person)).toHaveLength(0);
      await saveNoticePreferences(person, { noticeMode: "DIGEST", digestHour: 9, locale: "es" });
      resetAddressLimits();
      await submitSessionRequest(requestFields("Waiting Church"), "203.0.113.12");
      expect(await db.pendingNotice.count({ where: { userId: person.id } })).toBe(1);
      await saveNoticePreferences(person, { noticeMode: "AT_ONCE", digestHour: null, locale: "es" });
      expect(await db.pendingNotice.count({ where: { userId: person.id } })).toBe(0);
      expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
        noticeMode: "AT_ONCE",
        digestHour: 9,
        locale: "es",
      });
      resetAddressLimits();
      await submitSessionRequest(requestFields("Spanish Church"), "203.0.113.13");
      await send();
      expect(only(person).mail.subject).toBe("Nueva solicitud de reunión de Spanish Church");
    } finally {
      await db.user.update({ where: { id: person.id }, data: { noticeMode: "AT_ONCE", locale: "en" } });
    }
  });

  it("keeps CR and LF in a partner's or a staff member's name out of the headers", async () => {
    await db.user.update({ where: { id: people.adminEs.id }, data: { name: "Ana\r\nCc: victim@example.net" } });
    try {
      await db.$transaction((tx) =>
        noticeNewRequest(tx, {
          id: "req-hostile",
          organization: "Iglesia\r\nBcc: victim@example.net\r\nX-Injected: yes",
          city: "Dallas\nSubject: other",
          preferredDate: dateKeyToDbDate("2027-02-01"),
        }),
      );
      await send();
      expect(sink.received).toHaveLength(2);
      for (const { rcptTo, raw, mail } of sink.received) {
        expect(rcptTo).toHaveLength(1);
        expect(mail.bcc).toBeUndefined();
        expect(mail.cc).toBeUndefined();
        expect(mail.headers.has("x-injected")).toBe(false);
        expect(raw.slice(0, raw.indexOf("\r\n\r\n"))).not.toMatch(/^(Bcc|Cc|X-Injected):/im);
      }
      expect(only(people.adminEs).mail.subject).toBe(
        "Nueva solicitud de reunión de Iglesia Bcc: victim@example.net X-Injected: yes",
      );
    } finally {
      await db.user.update({ where: { id: people.adminEs.id }, data: { name: "Ana Admin" } });
    }
  });

  it("tells the account's owner at once of every change to how it signs in, even with notices off", async () => {
    const owner = people.editorOff;
    await db.twoFactor.create({
      data: { id: `tf-${kind}`, userId: owner.id, secret: "unused", backupCodes: "unused", verified: true },
    });
    await db.user.update({ where: { id: owner.id }, data: { twoFactorEnabled: true } });
    await recordSecondFactorEvent(owner, {
      action: "CREATE",
      entityType: "passkey",
      entityId: "pk-1",
      event: { code: "passkey.added", params: { passkey: "Phone", person: personOf(owner) } },
    });
    expect(await replaceBackupCodes(owner)).toEqual({ ok: true });
    expect(await turnOffAuthenticatorApp(owner)).toEqual({ ok: true });
    await setStaffPassword(db, owner.id, "another-long-passphrase-2027");
    await db.passkey.create({
      data: {
        id: `pk-${kind}`,
        userId: owner.id,
        name: "Key",
        publicKey: "unused",
        credentialID: `pk-${kind}`,
        counter: 0,
        deviceType: "singleDevice",
        backedUp: false,
      },
    });
    expect(await resetSecondFactor(people.adminEs, owner.id)).toEqual({ ok: true });
    await send();
    const subjects = to(owner).map((email) => email.mail.subject);
    expect(subjects).toEqual([
      "Se agregó una llave de acceso a su cuenta de Encuentros",
      "Se crearon códigos de respaldo nuevos para su cuenta de Encuentros",
      "Se desactivó la aplicación de autenticación de su cuenta de Encuentros",
      "Se cambió la contraseña de su cuenta de Encuentros",
      "Se restableció el segundo factor de su cuenta de Encuentros",
    ]);
    for (const { mail } of to(owner)) {
      expect(mail.text).toMatch(/\(hora del centro\)/);
      expect(mail.text).toContain("http://localhost:3000/es/admin/account");
    }
    expect(sink.received).toHaveLength(5);
  });
});
