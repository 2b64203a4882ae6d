import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/roles";
import { cachedEntry, cacheStore, makeEntry, storeEntry } from "@/lib/serving/page-cache";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getEditableMeeting } from "@/lib/meetings/admin-data";
import {
  cancelMeeting,
  createMeeting,
  createRecurringMeetings,
  deleteMeeting,
  postponeMeeting,
  updateMeeting,
} from "@/lib/meetings/mutations";
import {
  cancelFormSchema,
  deleteMeetingSchema,
  meetingFormSchema,
  postponeFormSchema,
  recurringFormSchema,
  type MeetingFormValues,
} from "@/lib/meetings/schema";
import { dateKeyToDbDate, zonedDateTimeToInstant } from "@/lib/time/central-time";
import { releaseAppDatabase, pointAppAtDatabase } from "@/tests/support/app-database";
import { meetingFormValues, meetingInput } from "@/tests/support/meeting-factory";
import { schemaErrors } from "@/tests/support/schema-errors";
import { createMigratedTestDatabase } from "@/tests/support/migrated-database";
import { DATABASE_KINDS, type TestDatabase } from "@/tests/support/test-database";

// Noon in Dallas on Sunday 10 January 2027; the series runs to 20 February.
const NOW = new Date("2027-01-10T18:00:00Z");

describe.each(DATABASE_KINDS)("meeting mutations on %s", (kind) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let admin: StaffUser;
  let editor: StaffUser;
  let seriesId: string;
  let venueId: string;
  let otherVenueId: string;

  const form = (overrides: Partial<MeetingFormValues> & Record<string, unknown> = {}) =>
    meetingFormValues(seriesId, venueId, overrides);

  async function create(overrides: Partial<MeetingFormValues> = {}) {
    const result = await createMeeting(editor, meetingInput(form(overrides)), NOW);
    if (!result.ok) throw new Error(`create refused: ${JSON.stringify(result)}`);
    return result;
  }

  beforeAll(async () => {
    database = await createMigratedTestDatabase(kind);
    db = database.connect();
    pointAppAtDatabase(db);
    const adminRow = await db.user.create({ data: { email: "admin@example.test", name: "Admin", role: "ADMIN" } });
    const editorRow = await db.user.create({ data: { email: "editor@example.test", name: "Editor", role: "EDITOR" } });
    admin = { id: adminRow.id, email: adminRow.email, name: adminRow.name, role: "ADMIN" };
    editor = { id: editorRow.id, email: editorRow.email, name: editorRow.name, role: "EDITOR" };
    const series = await db.series.create({
      data: {
        slug: "winter-2027",
        organizer: "Dallas Police Department",
        startsOn: dateKeyToDbDate("2027-01-01"),
        endsOn: dateKeyToDbDate("2027-02-20"),
        translations: {
          create: [
            { locale: "en", title: "Winter 2027", description: "" },
            { locale: "es", title: "Invierno 2027", description: "" },
          ],
        },
      },
    });
    seriesId = series.id;
    const venue = await db.venue.create({
      data: {
        slug: "bethel",
        kind: "CHURCH",
        name: "Familia Bethel",
        street: "100 Demo St",
        city: "Dallas",
        postalCode: "75211",
      },
    });
    venueId = venue.id;
    const other = await db.venue.create({
      data: {
        slug: "san-jose",
        kind: "CHURCH",
        name: "San José Obrero",
        street: "200 Demo St",
        city: "Dallas",
        postalCode: "75212",
      },
    });
    otherVenueId = other.id;
  });

  afterAll(async () => {
    releaseAppDatabase();
    await db.$disconnect();
    await database.drop();
  });

  it("refuses anonymous actors and lets editors and admins create", async () => {
    expect(await createMeeting(null, meetingInput(form({ date: "2027-01-11" })), NOW)).toEqual({
      ok: false,
      reason: "unauthenticated",
    });
    expect(await db.meeting.count()).toBe(0);
    const byAdmin = await createMeeting(admin, meetingInput(form({ date: "2027-01-11" })), NOW);
    expect(byAdmin.ok).toBe(true);
    const byEditor = await createMeeting(editor, meetingInput(form({ date: "2027-01-12" })), NOW);
    expect(byEditor.ok).toBe(true);
  });

  it("stores Central wall-clock times as UTC instants and generates an ASCII slug from the Spanish title", async () => {
    const created = await create({ date: "2027-01-14", titleEs: "Reunión Comunitaria ¡Ñandú!" });
    expect(created.slug).toBe("reunion-comunitaria-nandu-2027-01-14");
    const row = await db.meeting.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.startsAt.toISOString()).toBe("2027-01-15T00:00:00.000Z");
    expect(row.createdById).toBe(editor.id);
  });

  it("adds -2, -3 to a slug already taken, and never changes a slug on edit", async () => {
    const first = await create({
      date: "2027-01-21",
      venueId,
      startTime: "10:00",
      endTime: "11:00",
      titleEs: "Misma reunión",
    });
    const second = await create({
      date: "2027-01-21",
      venueId: otherVenueId,
      startTime: "10:00",
      endTime: "11:00",
      titleEs: "Misma reunión",
    });
    const third = await create({
      date: "2027-01-21",
      venueId,
      startTime: "12:00",
      endTime: "13:00",
      titleEs: "Misma reunión",
    });
    expect([first.slug, second.slug, third.slug]).toEqual([
      "misma-reunion-2027-01-21",
      "misma-reunion-2027-01-21-2",
      "misma-reunion-2027-01-21-3",
    ]);

    const saved = await updateMeeting(
      editor,
      first.id,
      1,
      meetingInput(form({ date: "2027-01-22", startTime: "10:00", endTime: "11:00", titleEs: "Otro título" })),
      NOW,
    );
    expect(saved).toMatchObject({ ok: true, version: 2 });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: first.id } })).slug).toBe(first.slug);
  });

  it("refuses an end before the start, a time that does not exist, and text over the limits", async () => {
    // The form's schema refuses them before any command runs (lib/meetings/actions.ts).
    expect(
      schemaErrors(
        meetingFormSchema,
        form({
          date: "2027-03-14",
          startTime: "02:30",
          endTime: "02:15",
          titleEs: "",
          descriptionEn: "x".repeat(10_000),
        }),
      ),
    ).toMatchObject({
      endTime: { key: "endBeforeStart" },
      startTime: { key: "nonexistentTime" },
      titleEs: { key: "required" },
      descriptionEn: { key: "tooLong", values: { max: 5000 } },
    });
  });

  it("refuses a session outside its series, naming the series end date", async () => {
    const result = await createMeeting(editor, meetingInput(form({ date: "2027-02-21" })), NOW);
    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      errors: { date: { key: "outsideSeries", values: { endDate: "2027-02-20" } } },
    });
  });

  it("refuses a new session in the past", async () => {
    const result = await createMeeting(
      editor,
      meetingInput(form({ date: "2027-01-10", startTime: "09:00", endTime: "10:00" })),
      NOW,
    );
    expect(result).toMatchObject({ ok: false, reason: "invalid", errors: { date: { key: "inPast" } } });
  });

  it("refuses overlapping sessions at one venue, but not at another venue or over a cancelled one", async () => {
    const base = await create({ date: "2027-02-01", startTime: "18:00", endTime: "19:30" });
    const overlap = await createMeeting(
      editor,
      meetingInput(form({ date: "2027-02-01", startTime: "19:00", endTime: "20:00" })),
      NOW,
    );
    expect(overlap).toMatchObject({ ok: false, reason: "invalid", errors: { startTime: { key: "overlap" } } });
    expect(
      (
        await createMeeting(
          editor,
          meetingInput(form({ date: "2027-02-01", startTime: "19:30", endTime: "20:30" })),
          NOW,
        )
      ).ok,
    ).toBe(true);
    expect(
      (
        await createMeeting(
          editor,
          meetingInput(form({ date: "2027-02-01", venueId: otherVenueId, startTime: "18:00", endTime: "19:00" })),
          NOW,
        )
      ).ok,
    ).toBe(true);

    expect(
      (
        await cancelMeeting(
          editor,
          base.id,
          cancelFormSchema.parse({ version: 1, statusNoteEn: "Cancelled.", statusNoteEs: "Cancelada." }),
        )
      ).ok,
    ).toBe(true);
    expect(
      (
        await createMeeting(
          editor,
          meetingInput(form({ date: "2027-02-01", startTime: "18:00", endTime: "19:00" })),
          NOW,
        )
      ).ok,
    ).toBe(true);
  });

  it("lets only one of two concurrent saves at one venue and time through", async () => {
    const results = await Promise.all([
      createMeeting(
        editor,
        meetingInput(form({ date: "2027-02-03", startTime: "18:00", endTime: "19:00", titleEs: "Carrera A" })),
        NOW,
      ),
      createMeeting(
        admin,
        meetingInput(form({ date: "2027-02-03", startTime: "18:30", endTime: "19:30", titleEs: "Carrera B" })),
        NOW,
      ),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });

  it("creates a venue typed into the form in the same transaction", async () => {
    const result = await createMeeting(
      editor,
      meetingInput(
        form({
          date: "2027-02-05",
          venueMode: "new",
          venueId: "",
          venueName: "Iglesia Nueva Luz",
          venueStreet: "1 Main St",
          venueCity: "Dallas",
          venuePostalCode: "75201",
        }),
      ),
      NOW,
    );
    expect(result.ok).toBe(true);
    const venue = await db.venue.findUniqueOrThrow({ where: { slug: "iglesia-nueva-luz" } });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: (result as { id: string }).id } })).venueId).toBe(
      venue.id,
    );
    // Made by the venues module itself: its audit snapshot, its defaults.
    expect(venue).toMatchObject({ region: "TX", isPartner: false, kind: "CHURCH" });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "venue", entityId: venue.id } });
    expect(audit.after).toMatchObject({ slug: "iglesia-nueva-luz", name: "Iglesia Nueva Luz", descriptionEn: null });

    const refused = await createMeeting(
      editor,
      meetingInput(
        form({
          date: "2027-02-21",
          venueMode: "new",
          venueName: "Iglesia Fantasma",
          venueStreet: "2 Main St",
          venueCity: "Dallas",
          venuePostalCode: "75201",
        }),
      ),
      NOW,
    );
    expect(refused.ok).toBe(false);
    expect(await db.venue.count({ where: { name: "Iglesia Fantasma" } })).toBe(0);
  });

  it("refuses a stale save with the current values and never overwrites", async () => {
    const created = await create({ date: "2027-02-08" });
    const first = await updateMeeting(
      editor,
      created.id,
      1,
      meetingInput(form({ date: "2027-02-08", titleEn: "First editor's title" })),
      NOW,
    );
    expect(first).toMatchObject({ ok: true, version: 2 });
    const stale = await updateMeeting(
      admin,
      created.id,
      1,
      meetingInput(form({ date: "2027-02-08", titleEn: "Second editor's title" })),
      NOW,
    );
    expect(stale).toMatchObject({
      ok: false,
      reason: "conflict",
      current: { version: 2, values: { titleEn: "First editor's title" } },
    });
    expect((await getEditableMeeting(created.id))?.values.titleEn).toBe("First editor's title");
  });

  it("keeps the status and its notes when the edit form is saved: only cancel and postpone change them", async () => {
    const created = await create({ date: "2027-02-12" });
    await cancelMeeting(
      editor,
      created.id,
      cancelFormSchema.parse({ version: 1, statusNoteEn: "Sorry.", statusNoteEs: "Lo sentimos." }),
    );
    expect(
      await updateMeeting(editor, created.id, 2, meetingInput(form({ date: "2027-02-12", titleEn: "Renamed" })), NOW),
    ).toMatchObject({ ok: true, version: 3 });
    const row = await db.meeting.findUniqueOrThrow({ where: { id: created.id }, include: { translations: true } });
    expect(row.status).toBe("CANCELLED");
    expect(row.translations.map((text) => text.statusNote).sort()).toEqual(["Lo sentimos.", "Sorry."]);
  });

  it("checks a cancellation or a new date without saving it, for the confirmation step", async () => {
    const created = await create({ date: "2027-02-13" });
    const notes = { statusNoteEn: "Moved.", statusNoteEs: "Cambiada." };
    // A preview changes nothing residents see, so the page cache keeps its pages.
    storeEntry("/es", makeEntry(200, [], new TextEncoder().encode("listing")), cacheStore().generation);
    expect(
      await cancelMeeting(editor, created.id, cancelFormSchema.parse({ version: 1, ...notes }), { dryRun: true }),
    ).toEqual({ ok: true, dryRun: true });
    expect(
      await postponeMeeting(
        editor,
        created.id,
        postponeFormSchema.parse({ version: 1, date: "2027-03-01", startTime: "18:00", endTime: "19:00", ...notes }),
        NOW,
        { dryRun: true },
      ),
    ).toMatchObject({
      ok: false,
      errors: { date: { key: "outsideSeries" } },
    });
    expect(
      await postponeMeeting(
        editor,
        created.id,
        postponeFormSchema.parse({ version: 1, date: "2027-02-19", startTime: "18:00", endTime: "19:00", ...notes }),
        NOW,
        { dryRun: true },
      ),
    ).toEqual({ ok: true, dryRun: true });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      status: "SCHEDULED",
      version: 1,
      previousStartsAt: null,
    });
    expect(cachedEntry("/es")).not.toBeNull();
  });

  it("requires notes in both languages to cancel, then raises the version", async () => {
    const created = await create({ date: "2027-02-09" });
    expect(schemaErrors(cancelFormSchema, { version: 1, statusNoteEn: "Sorry.", statusNoteEs: "" })).toEqual({
      statusNoteEs: { key: "noteRequired" },
    });
    expect(
      await cancelMeeting(
        null,
        created.id,
        cancelFormSchema.parse({ version: 1, statusNoteEn: "Sorry.", statusNoteEs: "Lo sentimos." }),
      ),
    ).toEqual({ ok: false, reason: "unauthenticated" });
    expect(
      await cancelMeeting(
        editor,
        created.id,
        cancelFormSchema.parse({ version: 1, statusNoteEn: "Sorry.", statusNoteEs: "Lo sentimos." }),
      ),
    ).toMatchObject({ ok: true, version: 2 });
    const row = await db.meeting.findUniqueOrThrow({ where: { id: created.id }, include: { translations: true } });
    expect(row.status).toBe("CANCELLED");
    expect(row.translations.find((text) => text.locale === "es")?.statusNote).toBe("Lo sentimos.");
  });

  it("postpones to a new date, keeping the previous start", async () => {
    const created = await create({ date: "2027-02-10" });
    const refused = await postponeMeeting(
      editor,
      created.id,
      postponeFormSchema.parse({
        version: 1,
        date: "2027-03-01",
        startTime: "18:00",
        endTime: "19:00",
        statusNoteEn: "Moved.",
        statusNoteEs: "Cambiada.",
      }),
      NOW,
    );
    expect(refused).toMatchObject({ ok: false, errors: { date: { key: "outsideSeries" } } });
    const moved = await postponeMeeting(
      editor,
      created.id,
      postponeFormSchema.parse({
        version: 1,
        date: "2027-02-17",
        startTime: "18:00",
        endTime: "19:00",
        statusNoteEn: "Moved.",
        statusNoteEs: "Cambiada.",
      }),
      NOW,
    );
    expect(moved).toMatchObject({ ok: true, version: 2 });
    const row = await db.meeting.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.status).toBe("POSTPONED");
    expect(row.previousStartsAt?.toISOString()).toBe("2027-02-11T00:00:00.000Z");
    const expected = zonedDateTimeToInstant("2027-02-17", "18:00");
    expect(expected.ok && row.startsAt.getTime() === expected.instant.getTime()).toBe(true);
  });

  it("deletes only with confirmation and the current version", async () => {
    const created = await create({ date: "2027-02-11" });
    expect(schemaErrors(deleteMeetingSchema, { version: 1 })).toEqual({ confirm: { key: "confirmDelete" } });
    expect(
      await deleteMeeting(editor, created.id, deleteMeetingSchema.parse({ version: 7, confirm: "yes" })),
    ).toMatchObject({ ok: false, reason: "conflict" });
    expect(await deleteMeeting(null, created.id, deleteMeetingSchema.parse({ version: 1, confirm: "yes" }))).toEqual({
      ok: false,
      reason: "unauthenticated",
    });
    expect(await deleteMeeting(admin, created.id, deleteMeetingSchema.parse({ version: 1, confirm: "yes" }))).toEqual({
      ok: true,
    });
    expect(await db.meeting.count({ where: { id: created.id } })).toBe(0);
  });

  it("writes an audit entry with before and after for every change", async () => {
    const created = await create({ date: "2027-02-12" });
    await updateMeeting(
      editor,
      created.id,
      1,
      meetingInput(form({ date: "2027-02-12", hostName: "Sgt. Luis Pérez" })),
      NOW,
    );
    await cancelMeeting(
      admin,
      created.id,
      cancelFormSchema.parse({ version: 2, statusNoteEn: "Sorry.", statusNoteEs: "Lo sentimos." }),
    );
    await deleteMeeting(admin, created.id, deleteMeetingSchema.parse({ version: 3, confirm: "yes" }));
    const entries = await db.auditEntry.findMany({
      where: { entityType: "meeting", entityId: created.id },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((entry) => [entry.action, entry.actorEmail])).toEqual([
      ["CREATE", editor.email],
      ["UPDATE", editor.email],
      ["CANCEL", admin.email],
      ["DELETE", admin.email],
    ]);
    const update = entries[1]!;
    expect((update.before as { hostName: string }).hostName).toBe("Lt. Ana Ramírez");
    expect((update.after as { hostName: string; version: number }).hostName).toBe("Sgt. Luis Pérez");
    expect(entries[3]!.after).toBeNull();
  });

  it("creates a recurring set in one transaction, or nothing and the dates that conflict", async () => {
    const recurring = {
      ...form(),
      venueId: otherVenueId,
      fromDate: "2027-02-13",
      weekdays: ["2", "4"],
      startTime: "10:00",
      endTime: "11:00",
    };
    // Tuesdays and Thursdays from 13 Feb through 20 Feb: the 16th and 18th.
    const blocker = await create({ venueId: otherVenueId, date: "2027-02-18", startTime: "10:30", endTime: "11:30" });
    const before = await db.meeting.count();
    const refused = await createRecurringMeetings(editor, recurringFormSchema.parse(recurring), NOW);
    expect(refused).toMatchObject({
      ok: false,
      reason: "invalid",
      conflicts: [{ date: "2027-02-18", error: { key: "overlap" } }],
    });
    expect(await db.meeting.count()).toBe(before);

    await cancelMeeting(
      editor,
      blocker.id,
      cancelFormSchema.parse({ version: 1, statusNoteEn: "Moved.", statusNoteEs: "Cambiada." }),
    );
    const created = await createRecurringMeetings(editor, recurringFormSchema.parse(recurring), NOW);
    expect(created).toMatchObject({ ok: true });
    expect((created as { ids: string[] }).ids).toHaveLength(2);
    expect(await createRecurringMeetings(null, recurringFormSchema.parse(recurring), NOW)).toEqual({
      ok: false,
      reason: "unauthenticated",
    });
  });

  it("ends a recurring set on a chosen date or after a chosen number of sessions", async () => {
    const venue = await db.venue.create({
      data: {
        slug: "recurring-end",
        kind: "SCHOOL",
        name: "Escuela Fin",
        street: "3 Demo St",
        city: "Dallas",
        postalCode: "75213",
      },
    });
    // Mondays from 11 January; the series ends 20 February (six Mondays: 11, 18, 25 Jan, 1, 8, 15 Feb).
    const set = (extra: Record<string, string>) => ({
      ...form({ venueId: venue.id, startTime: "09:00", endTime: "10:00", titleEs: "Serie de lunes" }),
      fromDate: "2027-01-11",
      weekdays: ["1"],
      ...extra,
    });
    const startDays = async (ids: string[]) =>
      (await db.meeting.findMany({ where: { id: { in: ids } }, orderBy: { startsAt: "asc" } })).map((row) =>
        row.startsAt.toISOString().slice(0, 10),
      );

    const byDate = await createRecurringMeetings(
      editor,
      recurringFormSchema.parse(set({ endMode: "date", untilDate: "2027-01-25" })),
      NOW,
    );
    expect(byDate.ok && (await startDays(byDate.ids))).toEqual(["2027-01-11", "2027-01-18", "2027-01-25"]);

    const byCount = await createRecurringMeetings(
      editor,
      recurringFormSchema.parse(set({ endMode: "count", sessionCount: "2", fromDate: "2027-02-01" })),
      NOW,
    );
    expect(byCount.ok && (await startDays(byCount.ids))).toEqual(["2027-02-01", "2027-02-08"]);

    const before = await db.meeting.count();
    expect(
      await createRecurringMeetings(
        editor,
        recurringFormSchema.parse(set({ endMode: "date", untilDate: "2027-03-31", fromDate: "2027-02-15" })),
        NOW,
      ),
    ).toMatchObject({
      ok: false,
      errors: { untilDate: { key: "endAfterSeries", values: { endDate: "2027-02-20" } } },
    });
    expect(await db.meeting.count()).toBe(before);
  });
});
