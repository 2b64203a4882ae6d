import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as unsubscribePage, POST as unsubscribePost } from "@/app/api/unsubscribe/route";
import type { StaffUser } from "@/lib/auth/roles";
import { createStaffAccount } from "@/lib/auth/staff-accounts";
import type { EmailDelivery } from "@/lib/email/delivery";
import { sendDueEmails } from "@/lib/email/sender";
import { smtpMailServer } from "@/lib/email/smtp";
import { parseMailAddress } from "@/lib/env";
import {
  cancelMeeting,
  createMeeting,
  createRecurringMeetings,
  postponeMeeting,
  updateMeeting,
} from "@/lib/meetings/mutations";
import { reviewMeetingRevision, saveMeetingRevision } from "@/lib/meeting-revisions/mutations";
import { addPartnerContact } from "@/lib/partner-contacts/mutations";
import { newUnsubscribeToken } from "@/lib/notices/unsubscribe-link";
import { publishMeeting } from "@/lib/publishing/mutations";
import { publishDueMeetings } from "@/lib/publishing/scheduler";
import { DEMO_SERIES_SLUG } from "@/prisma/seed-data";
import { renderInThisProcess } from "@/tests/support/email";
import { meetingFormValues, meetingInput } from "@/tests/support/meeting-factory";
import { recurringFormSchema } from "@/lib/meetings/schema";
import { revisionReviewSchema } from "@/lib/meeting-revisions/schema";
import { publishFormSchema } from "@/lib/publishing/schema";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { SmtpSink, type ReceivedEmail } from "@/tests/support/smtp-sink";
import { DATABASE_KINDS } from "@/tests/support/test-database";

/**
 * Partner notices end to end below the browser: staff commands change
 * meetings at partner places, the sender job delivers the outbox to a real
 * SMTP server (smtp-server on loopback, read back with mailparser), and the
 * unsubscribe route is called as the mail program would.
 */

// Noon in Dallas, a few weeks before the sessions (inside the demo series).
const NOW = new Date("2027-01-10T18:00:00Z");
const from = parseMailAddress("Encuentros <encuentros@example.org>")!;
const notes = { statusNoteEn: "The hall is being repaired.", statusNoteEs: "El salón está en reparación." };

/** The message's header section, as the SMTP server took it. */
const headerBlock = (email: ReceivedEmail) => email.raw.split(/\r?\n\r?\n/, 1)[0]!;
/** Intl's thin and narrow no-break spaces as plain ones, to match times by eye. */
const plainSpaces = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, " ");

describe.each(DATABASE_KINDS)("notices to partner places on %s", (kind) => {
  const database = migratedDatabaseFor(kind, { seedOn: "2027-01-10", inApp: true });
  const sink = new SmtpSink();
  let smtp: EmailDelivery;
  let admin: StaffUser;
  let seriesId: string;
  let bethel: string;
  let esperanza: string;
  let day = 1;

  const turn = (now?: Date) =>
    sendDueEmails({
      db: database.db,
      delivery: smtp,
      server: smtpMailServer(sink.url),
      renderer: renderInThisProcess,
      ...(now ? { now: () => now } : {}),
    });
  const partnerNotices = () =>
    database.db.outboxEmail.findMany({ where: { kind: "partnerNotice" }, orderBy: { createdAt: "asc" } });
  const to = (address: string) => sink.received.filter((email) => email.rcptTo.includes(address));

  async function partnerPlace(name: string, slug: string): Promise<string> {
    const venue = await database.db.venue.create({
      data: {
        slug,
        kind: "CHURCH",
        name,
        street: "100 Demo Street",
        city: "Dallas",
        postalCode: "75211",
        isPartner: true,
      },
    });
    return venue.id;
  }

  async function contact(venueId: string, address: string, locale: "es" | "en") {
    const result = await addPartnerContact(admin, venueId, {
      address,
      name: null,
      locale,
      consentNote: "Pastor Ruiz, by phone on 3 December",
    });
    expect(result).toEqual({ ok: true });
  }

  /** A draft at a place on its own February day, 6:30–8 PM Central. */
  async function draft(venueId: string, title: string) {
    day += 1;
    const values = meetingFormValues(seriesId, venueId, {
      date: `2027-02-${String(day).padStart(2, "0")}`,
      startTime: "18:30",
      endTime: "20:00",
      titleEn: title,
      titleEs: `${title} (es)`,
    });
    const created = await createMeeting(admin, meetingInput(values), NOW, "draft");
    if (!created.ok) throw new Error(`draft refused: ${JSON.stringify(created)}`);
    return { id: created.id, values };
  }

  async function published(venueId: string, title: string) {
    const meeting = await draft(venueId, title);
    expect(await publishMeeting(admin, meeting.id, publishFormSchema.parse({ version: 1 }), NOW)).toMatchObject({
      ok: true,
      outcome: "published",
    });
    return meeting;
  }

  const version = async (id: string) => (await database.db.meeting.findUniqueOrThrow({ where: { id } })).version;
  const tokenOf = async (address: string) =>
    (await database.db.partnerContact.findFirstOrThrow({ where: { address } })).unsubscribeToken;
  const unsubscribeRequest = (token: string, method: "GET" | "POST") =>
    new Request(
      `http://localhost:3000/api/unsubscribe?t=${token}`,
      method === "POST"
        ? {
            method,
            body: "List-Unsubscribe=One-Click",
            headers: { "content-type": "application/x-www-form-urlencoded" },
          }
        : { method },
    );

  beforeAll(async () => {
    await sink.start();
    smtp = { mode: "smtp", url: sink.url, from };
    const db = database.db;
    seriesId = (await db.series.findUniqueOrThrow({ where: { slug: DEMO_SERIES_SLUG } })).id;
    const user = await createStaffAccount(db, {
      email: `admin-${kind}@example.org`,
      name: "Ada Admin",
      role: "ADMIN",
      password: "correct-horse-battery-2027",
    });
    admin = { id: user.id, email: user.email, name: user.name, role: user.role };
    bethel = await partnerPlace("Iglesia Familia Bethel", "iglesia-familia-bethel-test");
    esperanza = await partnerPlace("Iglesia La Esperanza", "iglesia-la-esperanza-test");
    await contact(bethel, "pastor@bethel.example.org", "es");
    await contact(esperanza, "office@esperanza.example.org", "en");
  });

  afterEach(async () => {
    await turn();
    await database.db.outboxEmail.deleteMany();
    sink.received.length = 0;
  });

  afterAll(async () => {
    await sink.stop();
  });

  it("tells nobody about a draft or its changes; tells the partner once when it is published, in both languages, with the links and one-click unsubscribe", async () => {
    const meeting = await draft(bethel, "Publish notice");
    expect(
      await updateMeeting(
        admin,
        meeting.id,
        1,
        meetingInput({ ...meeting.values, startTime: "19:00", endTime: "20:00" }),
        NOW,
      ),
    ).toMatchObject({ ok: true });
    expect(await partnerNotices()).toHaveLength(0);

    expect(await publishMeeting(admin, meeting.id, publishFormSchema.parse({ version: 2 }), NOW)).toMatchObject({
      ok: true,
      outcome: "published",
    });
    expect(await turn()).toMatchObject({ sent: 1, failed: 0 });
    expect(await turn()).toMatchObject({ sent: 0 });

    const [email] = to("pastor@bethel.example.org") as [ReceivedEmail];
    expect(sink.received).toHaveLength(1);
    expect(email.mail.subject).toBe("Nueva reunión: Publish notice (es) / New meeting: Publish notice");
    expect(email.mail.headers.get("content-language")).toBe("es");
    expect(email.mail.text).toContain(
      "La reunión “Publish notice (es)” en Iglesia Familia Bethel ya aparece en el sitio público.",
    );
    expect(email.mail.text).toContain(
      "The meeting “Publish notice” at Iglesia Familia Bethel is now on the public site.",
    );
    const slug = (await database.db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).slug;
    expect(email.mail.text).toContain(`http://localhost:3000/es/reuniones/${slug}`);
    expect(email.mail.text).toContain(`http://localhost:3000/flyer/meeting/${slug}`);
    expect(email.mail.text).toContain("http://localhost:3000/es/socios/iglesia-familia-bethel-test");
    const token = await tokenOf("pastor@bethel.example.org");
    // RFC 8058, read from the raw message (mailparser folds List-* headers into one object).
    expect(headerBlock(email)).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect(headerBlock(email)).toContain(`List-Unsubscribe:\r\n <http://localhost:3000/api/unsubscribe?t=${token}>`);
    // Both languages in the HTML, each marked with its own.
    expect(email.mail.html).toMatch(/^<!DOCTYPE html><html lang="es"/);
    expect(email.mail.html).toContain('<div lang="en"');
    expect(email.mail.html).not.toMatch(/<img|<script/i);
  });

  it("tells the partner once when the time changes: the old and new time in both languages, and the announcement to paste in both", async () => {
    const meeting = await published(bethel, "Time change");
    await turn();
    sink.received.length = 0;
    expect(
      await updateMeeting(
        admin,
        meeting.id,
        await version(meeting.id),
        meetingInput({ ...meeting.values, startTime: "20:00", endTime: "21:00" }),
        NOW,
      ),
    ).toMatchObject({ ok: true });
    expect(await turn()).toMatchObject({ sent: 1 });
    expect(sink.received).toHaveLength(1);
    const text = plainSpaces(sink.received[0]!.mail.text!);
    expect(sink.received[0]!.mail.subject).toBe(
      "Cambio en la reunión: Time change (es) / Meeting changed: Time change",
    );
    expect(text).toMatch(
      /Cuándo: miércoles 3 de febrero · 6:30 – 8:00 p\. m\. → miércoles 3 de febrero · 8:00 – 9:00 p\. m\./,
    );
    expect(text).toMatch(/When: Wednesday, February 3 · 6:30 – 8:00 PM → Wednesday, February 3 · 8:00 – 9:00 PM/);
    // The announcement lib/announcements builds, as of the change: Spanish, then English.
    expect(text).toContain("Reunión comunitaria con el Departamento de Policía de Dallas: Time change (es)");
    expect(text).toContain("Community meeting with the Dallas Police Department: Time change");
    expect(text).toMatch(/Cuándo: miércoles 3 de febrero · 8:00 – 9:00 p\. m\. \(hora del centro\)/);
    // A text-only edit is no news.
    expect(
      await updateMeeting(
        admin,
        meeting.id,
        await version(meeting.id),
        meetingInput({ ...meeting.values, startTime: "20:00", endTime: "21:00", descriptionEn: "New words." }),
        NOW,
      ),
    ).toMatchObject({ ok: true });
    expect(await partnerNotices()).toHaveLength(2);
  });

  it("tells the partner when a meeting is cancelled, and when one is postponed, with the note", async () => {
    const cancelled = await published(bethel, "Cancelled one");
    const postponed = await published(bethel, "Postponed one");
    await turn();
    sink.received.length = 0;
    expect(await cancelMeeting(admin, cancelled.id, { version: await version(cancelled.id), ...notes })).toMatchObject({
      ok: true,
    });
    const moved = await postponeMeeting(
      admin,
      postponed.id,
      { version: await version(postponed.id), date: "2027-02-19", startTime: "10:00", endTime: "11:00", ...notes },
      NOW,
    );
    expect(moved, JSON.stringify(moved)).toMatchObject({ ok: true });
    expect(await turn()).toMatchObject({ sent: 2 });
    const subjects = sink.received.map((email) => email.mail.subject);
    expect(subjects).toEqual([
      "Reunión cancelada: Cancelled one (es) / Meeting cancelled: Cancelled one",
      "Reunión aplazada: Postponed one (es) / Meeting postponed: Postponed one",
    ]);
    expect(sink.received[0]!.mail.text).toContain("Nota: El salón está en reparación.");
    expect(sink.received[0]!.mail.text).toContain("Note: The hall is being repaired.");
    expect(plainSpaces(sink.received[1]!.mail.text!)).toMatch(/When: .* → Friday, February 19 · 10:00 – 11:00 AM/);
  });

  it("tells both places when a meeting moves from one to the other, each in its contact's language first", async () => {
    const meeting = await published(bethel, "Moving");
    await turn();
    sink.received.length = 0;
    expect(
      await updateMeeting(
        admin,
        meeting.id,
        await version(meeting.id),
        meetingInput({ ...meeting.values, venueId: esperanza }),
        NOW,
      ),
    ).toMatchObject({ ok: true });
    expect(await turn()).toMatchObject({ sent: 2 });
    const [bethelEmail] = to("pastor@bethel.example.org") as [ReceivedEmail];
    const [esperanzaEmail] = to("office@esperanza.example.org") as [ReceivedEmail];
    expect(bethelEmail.mail.text).toMatch(
      /Dónde: Iglesia Familia Bethel, 100 Demo Street, Dallas, TX 75211 → Iglesia La Esperanza, 100 Demo Street/,
    );
    expect(esperanzaEmail.mail.subject).toBe("Meeting changed: Moving / Cambio en la reunión: Moving (es)");
    expect(esperanzaEmail.mail.headers.get("content-language")).toBe("en");
    expect(esperanzaEmail.mail.text).toMatch(/Where: Iglesia Familia Bethel, .* → Iglesia La Esperanza/);
  });

  it("tells nobody about a draft change waiting for review, and the partner once when it is approved and residents see the new time", async () => {
    const meeting = await published(bethel, "Reviewed change");
    const user = await createStaffAccount(database.db, {
      email: `editor-${kind}@example.org`,
      name: "Eddie Editor",
      role: "EDITOR",
      password: "correct-horse-battery-2027",
    });
    const editor: StaffUser = { id: user.id, email: user.email, name: user.name, role: user.role };
    const before = (await partnerNotices()).length;
    const saved = await saveMeetingRevision(
      editor,
      meeting.id,
      await version(meeting.id),
      meetingInput({ ...meeting.values, startTime: "19:00", endTime: "20:30" }),
      { askForReview: true },
    );
    expect(saved).toMatchObject({ ok: true, outcome: "changeInReview" });
    expect(await partnerNotices()).toHaveLength(before);
    const revision = await database.db.meetingRevision.findUniqueOrThrow({ where: { meetingId: meeting.id } });
    expect(
      await reviewMeetingRevision(
        admin,
        meeting.id,
        revisionReviewSchema.parse({ version: revision.version, decision: "approve" }),
      ),
    ).toMatchObject({ ok: true, outcome: "changePublished" });
    const notices = await partnerNotices();
    expect(notices).toHaveLength(before + 1);
    const params = notices.at(-1)!.params as { event: string; before: { startsAt: string }; now: { startsAt: string } };
    expect(params.event).toBe("changed");
    // 6:30 PM became 7:00 PM.
    expect(Date.parse(params.now.startsAt) - Date.parse(params.before.startsAt)).toBe(30 * 60_000);
  });

  it("tells each address once about a recurring set published together: its first session in full, the others as dates", async () => {
    // Tuesdays from 2 through 16 February, at 8 AM: three sessions.
    const values = {
      ...meetingFormValues(seriesId, esperanza, {
        titleEn: "Set",
        titleEs: "Serie",
        startTime: "08:00",
        endTime: "09:00",
      }),
      date: undefined,
      fromDate: "2027-02-02",
      weekdays: ["2"],
      endMode: "date",
      untilDate: "2027-02-16",
    };
    const created = await createRecurringMeetings(admin, recurringFormSchema.parse(values), NOW, "draft");
    if (!created.ok) throw new Error(`set refused: ${JSON.stringify(created)}`);
    expect(created.ids).toHaveLength(3);
    expect(await publishMeeting(admin, created.ids[0]!, publishFormSchema.parse({ version: 1 }), NOW)).toMatchObject({
      ok: true,
      outcome: "published",
    });
    expect((await partnerNotices()).map((row) => row.toAddress)).toEqual(["office@esperanza.example.org"]);
    expect(await turn()).toMatchObject({ sent: 1 });
    const text = plainSpaces(sink.received[0]!.mail.text!);
    expect(text).toContain("When: Tuesday, February 2 · 8:00 – 9:00 AM (Central time)");
    expect(text).toContain(
      "Also published, in the same series of sessions (2 more):\nTuesday, February 9 · 8:00 – 9:00 AM\nTuesday, February 16 · 8:00 – 9:00 AM",
    );
    expect(text).toContain(
      "También se publicaron, en la misma serie de sesiones (2 más):\nmartes 9 de febrero · 8:00 – 9:00 a. m.",
    );
  });

  it("publishes a scheduled meeting's notice when the scheduler publishes it, not before", async () => {
    const meeting = await draft(bethel, "Scheduled");
    expect(
      await publishMeeting(
        admin,
        meeting.id,
        publishFormSchema.parse({ version: 1, publishDate: "2027-01-12", publishTime: "09:00" }),
        NOW,
      ),
    ).toMatchObject({ ok: true, outcome: "scheduled" });
    expect(await partnerNotices()).toHaveLength(0);
    expect(await publishDueMeetings(new Date("2027-01-12T15:01:00Z"))).toContain(meeting.id);
    expect((await partnerNotices()).map((row) => row.toAddress)).toEqual(["pastor@bethel.example.org"]);
  });

  it("stops at once on a one-click POST; a second POST changes nothing; a GET only asks; a made-up key is refused", async () => {
    await contact(bethel, "secretary@bethel.example.org", "en");
    const token = await tokenOf("secretary@bethel.example.org");

    const page = await unsubscribePage(unsubscribeRequest(token, "GET"));
    expect(page.status).toBe(200);
    expect(page.headers.get("set-cookie")).toBeNull();
    expect(page.headers.get("cache-control")).toBe("private, no-store");
    const html = await page.text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain("Stop the notices");
    expect(html).toContain("Dejar de recibir avisos");
    expect(html).not.toContain("<script");
    expect(
      (await database.db.partnerContact.findFirstOrThrow({ where: { address: "secretary@bethel.example.org" } }))
        .unsubscribedAt,
    ).toBeNull();

    const first = await unsubscribePost(unsubscribeRequest(token, "POST"));
    expect(first.status).toBe(200);
    expect(await first.text()).toContain("You will receive no more notices");
    const stopped = (
      await database.db.partnerContact.findFirstOrThrow({ where: { address: "secretary@bethel.example.org" } })
    ).unsubscribedAt;
    expect(stopped).toBeInstanceOf(Date);
    const second = await unsubscribePost(unsubscribeRequest(token, "POST"));
    expect(second.status).toBe(200);
    expect(
      (await database.db.partnerContact.findFirstOrThrow({ where: { address: "secretary@bethel.example.org" } }))
        .unsubscribedAt,
    ).toEqual(stopped);

    for (const bad of [newUnsubscribeToken(), "short", `${token}'--`]) {
      const refused = await unsubscribePost(unsubscribeRequest(encodeURIComponent(bad), "POST"));
      expect(refused.status).toBe(404);
      expect(await refused.text()).toContain("Este enlace no funciona");
    }

    await published(bethel, "After unsubscribe");
    expect((await partnerNotices()).map((row) => row.toAddress)).toEqual(["pastor@bethel.example.org"]);
  });

  it("keeps line breaks in a title or a place's name out of the headers: no header can be added", async () => {
    const meeting = await published(bethel, "Plain");
    await turn();
    sink.received.length = 0;
    await database.db.venue.update({ where: { id: bethel }, data: { name: "Bethel\r\nX-Injected: name" } });
    try {
      const hostile = {
        titleEs: "Malvado\r\nBcc: victim@example.org\r\nX-Injected: yes",
        titleEn: "Evil\nBcc: victim@example.org",
      };
      expect(
        await updateMeeting(
          admin,
          meeting.id,
          await version(meeting.id),
          meetingInput({ ...meeting.values, ...hostile, startTime: "21:00", endTime: "21:30" }),
          NOW,
        ),
      ).toMatchObject({ ok: true });
      expect(await turn()).toMatchObject({ sent: 1 });
      const [email] = sink.received as [ReceivedEmail];
      expect(email.rcptTo).toEqual(["pastor@bethel.example.org"]);
      expect(email.mail.headers.get("bcc")).toBeUndefined();
      expect(email.mail.headers.get("x-injected")).toBeUndefined();
      expect(headerBlock(email)).not.toMatch(/^(Bcc|X-Injected):/im);
      expect(email.mail.subject).toMatch(/^Cambio en la reunión: Malvado\s+Bcc: victim@example.org\s+X-Injected: yes/);
    } finally {
      await database.db.venue.update({ where: { id: bethel }, data: { name: "Iglesia Familia Bethel" } });
    }
  });

  it("with the mail server down during publish and change: both saves succeed, and once it is back each notice arrives once", async () => {
    await sink.stop();
    let meeting: Awaited<ReturnType<typeof published>>;
    try {
      meeting = await published(bethel, "Server down");
      expect(
        await updateMeeting(
          admin,
          meeting.id,
          await version(meeting.id),
          meetingInput({ ...meeting.values, startTime: "19:30", endTime: "21:00" }),
          NOW,
        ),
      ).toMatchObject({ ok: true });
      // The publish notice is tried and waits; the change notice to the same address waits behind it, untried.
      expect(await turn()).toMatchObject({ sent: 0, retrying: 1 });
      expect(await turn()).toMatchObject({ sent: 0, retrying: 0 });
    } finally {
      await sink.start();
    }
    // Two minutes later (past the first retry's wait), the job runs again.
    const later = new Date(Date.now() + 2 * 60_000);
    expect(await turn(later)).toMatchObject({ sent: 2, retrying: 0, failed: 0 });
    expect(await turn(new Date(later.getTime() + 60 * 60_000))).toMatchObject({ sent: 0 });
    expect(sink.received.map((email) => email.mail.subject)).toEqual([
      "Nueva reunión: Server down (es) / New meeting: Server down",
      "Cambio en la reunión: Server down (es) / Meeting changed: Server down",
    ]);
    expect((await partnerNotices()).map((row) => row.status)).toEqual(["SENT", "SENT"]);
  });
});
