import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/roles";
import { createStaffAccount } from "@/lib/auth/staff-accounts";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { cacheStore } from "@/lib/serving/page-cache";
import { listAllPublicQuestions, listGeneralQuestions, listMeetingQuestions } from "@/lib/questions/data";
import {
  answerQuestion,
  deleteQuestion,
  publishQuestion,
  submitQuestion,
  unpublishQuestion,
} from "@/lib/questions/mutations";
import { purgeExpiredQuestions } from "@/lib/questions/purge";
import { answerSchema, deleteQuestionSchema } from "@/lib/questions/schema";
import { toFieldErrors } from "@/lib/forms/form-state";
import { ADDRESS_LIMITS, resetAddressLimits } from "@/lib/security/address-limit";
import { submitSessionRequest } from "@/lib/requests/mutations";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { DATABASE_KINDS } from "@/tests/support/test-database";

const TODAY = "2027-01-10";
const NOW = new Date("2027-01-10T18:23:45.678Z");
const DAY_MS = 24 * 60 * 60 * 1000;
const ADDRESS = "198.51.100.77";

// Every column the table may have: a new one (an address, a hash, a user agent…) fails here until it is looked at.
const QUESTION_COLUMNS = [
  "answerEn",
  "answerEs",
  "answeredByRole",
  "createdAt",
  "id",
  "locale",
  "meetingId",
  "publishedAt",
  "status",
  "text",
];

describe.each(DATABASE_KINDS)("anonymous questions on %s", (kind) => {
  const database = migratedDatabaseFor(kind, { seedOn: TODAY, inApp: true });
  let editor: StaffUser;
  let admin: StaffUser;
  let meetingId: string;

  async function staff(role: StaffRole, name: string): Promise<StaffUser> {
    const user = await createStaffAccount(database.db, {
      email: `${name}-${kind}@example.org`,
      name,
      password: "correct-horse-battery-2027",
      role,
    });
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  }

  /** A question asked through the public path, returned as stored. */
  async function asked(text: string, about: string | null = meetingId, locale: "en" | "es" = "es") {
    expect(
      await submitQuestion(
        { text, website: "" },
        `203.0.113.${Math.floor(Math.random() * 200) + 1}`,
        about,
        locale,
        NOW,
      ),
    ).toEqual({ ok: true, stored: true });
    return database.db.question.findFirstOrThrow({ where: { text } });
  }

  beforeAll(async () => {
    editor = await staff("EDITOR", "editor");
    admin = await staff("ADMIN", "admin");
    const meeting = await database.db.meeting.findFirstOrThrow({
      where: { publication: "PUBLISHED", startsAt: { gt: NOW } },
      orderBy: { startsAt: "asc" },
    });
    meetingId = meeting.id;
  });

  beforeEach(() => resetAddressLimits());

  it("stores the text, the meeting and the language only: no address or identifier column, a random id, the hour only, no audit entry", async () => {
    const columns = await database.db.$queryRaw<{ column_name: string }[]>`
      select column_name::text as column_name from information_schema.columns where table_name = 'Question' order by column_name`;
    expect(columns.map((column) => column.column_name).sort()).toEqual(QUESTION_COLUMNS);

    const auditBefore = await database.db.auditEntry.count();
    const row = await asked("¿Puedo ir si no tengo papeles?");
    expect(row).toMatchObject({
      meetingId,
      locale: "es",
      status: "NEW",
      answerEn: "",
      answerEs: "",
      answeredByRole: null,
      publishedAt: null,
    });
    expect(row.createdAt).toEqual(new Date("2027-01-10T18:00:00Z"));
    expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(JSON.stringify(row)).not.toContain("203.0.113.");
    expect(await database.db.auditEntry.count()).toBe(auditBefore);
  });

  it("takes a general question (no meeting) in English", async () => {
    const row = await asked("Do officers ask about immigration status at traffic stops?", null, "en");
    expect(row).toMatchObject({ meetingId: null, locale: "en" });
  });

  it("answers a filled honeypot as accepted and stores nothing", async () => {
    const before = await database.db.question.count();
    expect(
      await submitQuestion({ text: "Buy now", website: "http://spam.example" }, ADDRESS, meetingId, "en", NOW),
    ).toEqual({ ok: true, stored: false });
    expect(await database.db.question.count()).toBe(before);
  });

  it("refuses an empty or too long question with the limit named, and stores nothing", async () => {
    const before = await database.db.question.count();
    expect(await submitQuestion({ text: "   " }, ADDRESS, meetingId, "es", NOW)).toEqual({
      ok: false,
      reason: "invalid",
      errors: { text: { key: "required" } },
    });
    expect(await submitQuestion({ text: "a".repeat(1001) }, ADDRESS, meetingId, "es", NOW)).toEqual({
      ok: false,
      reason: "invalid",
      errors: { text: { key: "tooLong", values: { max: 1000 } } },
    });
    expect(await submitQuestion({ text: "bad\u0000byte" }, ADDRESS, meetingId, "es", NOW)).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(await database.db.question.count()).toBe(before);
    // Exactly at the limit is fine.
    expect(await submitQuestion({ text: "b".repeat(1000) }, ADDRESS, meetingId, "es", NOW)).toEqual({
      ok: true,
      stored: true,
    });
  });

  it("refuses questions about a meeting residents cannot see, one already over, or one that does not exist", async () => {
    const draft = await database.db.meeting.findFirstOrThrow({ where: { publication: "DRAFT" } });
    const past = await database.db.meeting.findFirstOrThrow({
      where: { publication: "PUBLISHED", endsAt: { lt: NOW } },
    });
    for (const id of [draft.id, past.id, "cmf3abcdefghijklmnopqrstu", "../../etc"]) {
      expect(await submitQuestion({ text: `About ${id}` }, ADDRESS, id, "en", NOW)).toEqual({
        ok: false,
        reason: "closed",
      });
    }
    expect(await database.db.question.count({ where: { text: { startsWith: "About " } } })).toBe(0);
  });

  it(`refuses question ${ADDRESS_LIMITS.question + 1} from one address within the hour, counted apart from session requests`, async () => {
    const address = "203.0.113.250";
    for (let index = 0; index < ADDRESS_LIMITS.question; index += 1) {
      expect(
        await submitQuestion(
          { text: `Limit ${index}` },
          address,
          meetingId,
          "es",
          new Date(NOW.getTime() + index * 1000),
        ),
      ).toEqual({ ok: true, stored: true });
    }
    const later = new Date(NOW.getTime() + 10 * 60_000);
    expect(await submitQuestion({ text: "One too many" }, address, meetingId, "es", later)).toEqual({
      ok: false,
      reason: "tooMany",
    });
    expect(await database.db.question.count({ where: { text: "One too many" } })).toBe(0);
    // Another address is not held back, nor is the same address's session request.
    expect(await submitQuestion({ text: "Another address" }, "203.0.113.251", meetingId, "es", later)).toMatchObject({
      ok: true,
    });
    expect(await submitSessionRequest({ website: "x" }, address, later)).toEqual({ ok: true, stored: false });
    expect(
      await submitQuestion({ text: "An hour later" }, address, meetingId, "es", new Date(NOW.getTime() + 61 * 60_000)),
    ).toMatchObject({ ok: true });
  });

  it("staff answer in both languages and publish: residents read it in each language with the role, never the name; unpublish takes it away; the audit log keeps who, not what was asked", async () => {
    const row = await asked("¿Llaman a inmigración si reporto un robo?");
    expect(await publishQuestion(editor, row.id, NOW)).toEqual({ ok: false, reason: "notAnswered" });
    const blank = answerSchema.safeParse({ answerEn: "", answerEs: "No." });
    expect(blank.success ? {} : toFieldErrors(blank.error)).toMatchObject({ answerEn: { key: "required" } });
    expect(
      await answerQuestion(editor, row.id, {
        answerEn: "No. Reporting a crime is safe.",
        answerEs: "No. Denunciar un delito es seguro.",
      }),
    ).toEqual({ ok: true });
    expect(await database.db.question.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "ANSWERED",
      answeredByRole: "EDITOR",
    });
    expect(await listMeetingQuestions(meetingId, "en", NOW)).toEqual([]);

    // Publishing goes through the change notification: this instance's page cache is emptied (others hear the NOTIFY).
    const generation = cacheStore().generation;
    expect(await publishQuestion(editor, row.id, NOW)).toEqual({ ok: true });
    expect(cacheStore().generation).toBeGreaterThan(generation);
    const [english] = await listMeetingQuestions(meetingId, "en", NOW);
    const [spanish] = await listMeetingQuestions(meetingId, "es", NOW);
    expect(english).toMatchObject({
      id: row.id,
      text: row.text,
      askedIn: "es",
      answer: "No. Reporting a crime is safe.",
      answeredByRole: "EDITOR",
    });
    expect(spanish).toMatchObject({ id: row.id, answer: "No. Denunciar un delito es seguro." });
    expect(JSON.stringify(english)).not.toContain(editor.name);
    expect((await listAllPublicQuestions("es", NOW)).map((question) => question.id)).toContain(row.id);

    // An admin corrects the answer of a published question: it stays published, now as answered by an admin.
    expect(
      await answerQuestion(admin, row.id, {
        answerEn: "No. Reporting a crime never leads to deportation.",
        answerEs: "No. Denunciar un delito nunca lleva a la deportación.",
      }),
    ).toEqual({ ok: true });
    expect((await listMeetingQuestions(meetingId, "en", NOW))[0]).toMatchObject({
      answer: "No. Reporting a crime never leads to deportation.",
      answeredByRole: "ADMIN",
    });

    expect(await unpublishQuestion(editor, row.id)).toEqual({ ok: true });
    expect(await listMeetingQuestions(meetingId, "en", NOW)).toEqual([]);
    expect(await database.db.question.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "ANSWERED",
      publishedAt: null,
    });

    const entries = await database.db.auditEntry.findMany({
      where: { entityType: "question", entityId: row.id },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["UPDATE", editor.id],
      ["PUBLISH", editor.id],
      ["UPDATE", admin.id],
      ["UPDATE", editor.id],
    ]);
    expect(JSON.stringify(entries)).not.toContain("inmigración si reporto");
  });

  it("shows published answers only for meetings residents may see, and general ones on their own", async () => {
    const hidden = await database.db.meeting.findFirstOrThrow({
      where: { publication: "PUBLISHED", startsAt: { gt: NOW }, id: { not: meetingId } },
      orderBy: { startsAt: "asc" },
    });
    const aboutHidden = await asked("About a meeting that goes back to draft", hidden.id);
    const general = await asked("A general question", null);
    for (const id of [aboutHidden.id, general.id]) {
      expect(await answerQuestion(editor, id, { answerEn: "Yes.", answerEs: "Sí." })).toEqual({ ok: true });
      expect(await publishQuestion(editor, id, NOW)).toEqual({ ok: true });
    }
    expect((await listMeetingQuestions(hidden.id, "en", NOW)).map((question) => question.id)).toEqual([aboutHidden.id]);
    await database.db.meeting.update({ where: { id: hidden.id }, data: { publication: "DRAFT" } });
    expect(await listMeetingQuestions(hidden.id, "en", NOW)).toEqual([]);
    const all = (await listAllPublicQuestions("en", NOW)).map((question) => question.id);
    expect(all).not.toContain(aboutHidden.id);
    expect(all).toContain(general.id);
    expect((await listGeneralQuestions("es", NOW)).map((question) => question.id)).toContain(general.id);
    expect((await listGeneralQuestions("es", NOW)).map((question) => question.id)).not.toContain(aboutHidden.id);
    await database.db.meeting.update({ where: { id: hidden.id }, data: { publication: "PUBLISHED" } });
  });

  it("deletes a question for good after the box is ticked", async () => {
    const row = await asked("Please delete me");
    const unconfirmed = deleteQuestionSchema.safeParse({});
    expect(unconfirmed.success ? {} : toFieldErrors(unconfirmed.error)).toMatchObject({
      confirm: { key: "confirmDelete" },
    });
    expect(await deleteQuestion(editor, row.id)).toEqual({ ok: true });
    expect(await database.db.question.count({ where: { id: row.id } })).toBe(0);
    expect(await deleteQuestion(editor, row.id)).toEqual({ ok: false, reason: "notFound" });
  });

  it("deletes unpublished questions 30 days after their meeting (general ones after they were asked), keeps published ones", async () => {
    const meeting = await database.db.meeting.findFirstOrThrow({ where: { id: meetingId } });
    const ended = meeting.endsAt.getTime();
    const make = (
      text: string,
      data: { meetingId?: string | null; createdAt?: Date; status?: "NEW" | "ANSWERED" | "PUBLISHED" },
    ) =>
      database.db.question.create({
        data: {
          text,
          locale: "es",
          meetingId: data.meetingId ?? null,
          createdAt: data.createdAt ?? NOW,
          status: data.status ?? "NEW",
          answerEn: "A",
          answerEs: "R",
        },
      });
    const unanswered = await make("Old meeting, new", { meetingId });
    const answered = await make("Old meeting, answered", { meetingId, status: "ANSWERED" });
    const published = await make("Old meeting, published", { meetingId, status: "PUBLISHED" });
    const oldGeneral = await make("General, 31 days", { createdAt: new Date(ended - DAY_MS) });
    const newGeneral = await make("General, 29 days", { createdAt: new Date(ended + DAY_MS) });

    // 29 days after the meeting's end, nothing of that meeting goes.
    const early = await purgeExpiredQuestions(new Date(ended + 29 * DAY_MS));
    expect(early).not.toContain(unanswered.id);
    expect(early).not.toContain(answered.id);

    const later = new Date(ended + 30 * DAY_MS + 60_000);
    const purged = await purgeExpiredQuestions(later);
    expect(purged).toEqual(expect.arrayContaining([unanswered.id, answered.id, oldGeneral.id]));
    expect(purged).not.toContain(published.id);
    expect(purged).not.toContain(newGeneral.id);
    expect(
      await database.db.question.count({ where: { id: { in: [unanswered.id, answered.id, oldGeneral.id] } } }),
    ).toBe(0);
    expect(await database.db.question.count({ where: { id: { in: [published.id, newGeneral.id] } } })).toBe(2);
    const entries = await database.db.auditEntry.findMany({
      where: { entityType: "question", entityId: unanswered.id },
    });
    expect(entries.map((entry) => [entry.action, entry.actorKind, entry.actorId, entry.event])).toEqual([
      ["DELETE", "RETENTION", null, "question.expired"],
    ]);
    expect(JSON.stringify(entries)).not.toContain("Old meeting, new");
    // Once done, a later run finds nothing more of these.
    expect(await purgeExpiredQuestions(new Date(later.getTime() + 60_000))).not.toContain(unanswered.id);
  });
});
