import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_SERIES_SLUG } from "@/prisma/seed-data";
import { seedDemoData } from "@/prisma/seed-demo";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "@/tests/support/test-database";

const TODAY = "2027-01-10";

describe.each(DATABASE_KINDS)("database on %s", (kind) => {
  let database: TestDatabase;
  let db: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await database.drop();
  });

  it("migrates an empty database to the current schema, and a second run applies nothing", async () => {
    const applied = await applyMigrations(database.target);
    expect(applied).toEqual(readMigrations().map((migration) => migration.name));
    expect(await applyMigrations(database.target)).toEqual([]);
  });

  it("seeds demo data with upcoming sessions through Feb 20, and reseeding adds nothing", async () => {
    db = database.connect();
    const first = await seedDemoData(db, TODAY);
    const counts = async () => ({
      series: await db.series.count(),
      venues: await db.venue.count(),
      meetings: await db.meeting.count(),
      translations: await db.meetingTranslation.count(),
    });
    const afterFirst = await counts();
    await seedDemoData(db, TODAY);
    expect(await counts()).toEqual(afterFirst);
    expect(afterFirst.meetings).toBe(first.meetings);
    expect(afterFirst.translations).toBe(afterFirst.meetings * 2);

    const series = await db.series.findUniqueOrThrow({ where: { slug: DEMO_SERIES_SLUG } });
    expect(series.endsOn.toISOString().slice(0, 10)).toBe("2027-02-20");
    expect(series.timeZone).toBe("America/Chicago");

    const now = new Date(`${TODAY}T18:00:00Z`);
    const upcoming = await db.meeting.findMany({ where: { startsAt: { gt: now } }, include: { venue: true } });
    const past = await db.meeting.count({ where: { endsAt: { lte: now } } });
    expect(upcoming.length).toBeGreaterThanOrEqual(10);
    expect(past).toBeGreaterThanOrEqual(2);
    expect(upcoming.every((meeting) => meeting.startsAt < new Date("2027-02-21T06:00:00Z"))).toBe(true);
    expect(upcoming.filter((meeting) => meeting.status === "CANCELLED")).toHaveLength(1);
    expect(new Set(upcoming.flatMap((meeting) => meeting.spokenLanguages))).toEqual(new Set(["es", "en"]));
    const kinds = new Set(upcoming.map((meeting) => meeting.venue.kind));
    expect(kinds.has("CHURCH") && kinds.has("SCHOOL") && kinds.has("COMMUNITY_CENTER")).toBe(true);

    const opening = await db.meeting.findFirstOrThrow({ orderBy: { startsAt: "asc" }, include: { venue: true } });
    expect(opening.venue.name).toBe("Familia Bethel Internacional");
    expect(await db.venue.count({ where: { isDemo: false } })).toBe(0);
  });

  it("keeps the cancelled session's public note in both languages", async () => {
    const cancelled = await db.meeting.findFirstOrThrow({
      where: { status: "CANCELLED" },
      include: { translations: true },
    });
    const notes = Object.fromEntries(cancelled.translations.map((row) => [row.locale, row.statusNote]));
    expect(notes.en).toMatch(/cancel/i);
    expect(notes.es).toMatch(/cancel/i);
  });
});
