import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffUser } from "@/lib/auth/roles";
import { applyMigrations } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createMeeting, updateMeeting } from "@/lib/meetings/mutations";
import type { MeetingFormValues } from "@/lib/meetings/schema";
import { dateKeyToDbDate } from "@/lib/time/central-time";
import { releaseAppDatabase, pointAppAtDatabase } from "@/tests/support/app-database";
import { meetingFormValues, meetingInput } from "@/tests/support/meeting-factory";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

// Noon in Dallas on Sunday 10 January 2027; the series runs to 20 February.
const NOW = new Date("2027-01-10T18:00:00Z");

/** The staff-action lines written while `work` runs. */
async function staffActionLines(work: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  vi.stubEnv("LOG_LEVEL", "info");
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
    vi.unstubAllEnvs();
  }
  return lines
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.event === "staff.action");
}

describe("staff actions in the log", () => {
  let database: TestDatabase;
  let db: PrismaClient;
  let editor: StaffUser;
  let seriesId: string;
  let venueId: string;

  const form = (overrides: Partial<MeetingFormValues> = {}) => meetingFormValues(seriesId, venueId, overrides);

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    await applyMigrations(database.target);
    db = database.connect();
    pointAppAtDatabase(db);
    const row = await db.user.create({ data: { email: "editor@example.test", name: "Editor", role: "EDITOR" } });
    editor = { id: row.id, email: row.email, name: row.name, role: "EDITOR" };
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
  });

  afterEach(() => vi.restoreAllMocks());

  afterAll(async () => {
    releaseAppDatabase();
    await db.$disconnect();
    await database.drop();
  });

  it("logs a save once it is committed, with ids only: no e-mail, no form contents", async () => {
    let id = "";
    const lines = await staffActionLines(async () => {
      const created = await createMeeting(editor, meetingInput(form()), NOW);
      if (created.ok) id = created.id;
    });
    expect(lines).toEqual([
      {
        time: expect.any(String),
        level: "info",
        event: "staff.action",
        action: "meeting.create",
        staffUserId: editor.id,
        entityId: id,
        outcome: "ok",
      },
    ]);
    const text = JSON.stringify(lines);
    for (const leak of ["editor@example.test", "Reunión", "Ramírez"]) expect(text).not.toContain(leak);
  });

  it("logs a refusal, and not the venue created in the transaction it rolled back", async () => {
    const lines = await staffActionLines(() =>
      createMeeting(
        editor,
        meetingInput(
          form({
            date: "2027-02-21",
            venueMode: "new",
            venueId: "",
            venueName: "Iglesia Fantasma",
            venueStreet: "2 Main St",
            venueCity: "Dallas",
            venuePostalCode: "75201",
          }),
        ),
        NOW,
      ),
    );
    expect(lines).toEqual([
      expect.objectContaining({ action: "meeting.create", outcome: "refused", reason: "invalid", entityId: null }),
    ]);
    expect(await db.venue.count({ where: { name: "Iglesia Fantasma" } })).toBe(0);
  });

  it("logs a stale edit as refused with its reason", async () => {
    const created = await createMeeting(editor, meetingInput(form({ date: "2027-01-29" })), NOW);
    if (!created.ok) throw new Error("create refused");
    const lines = await staffActionLines(() =>
      updateMeeting(editor, created.id, 99, meetingInput(form({ date: "2027-01-29" })), NOW),
    );
    expect(lines).toEqual([
      expect.objectContaining({
        action: "meeting.update",
        entityId: created.id,
        outcome: "refused",
        reason: "conflict",
      }),
    ]);
  });
});
