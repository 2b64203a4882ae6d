import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEntries } from "@/lib/audit/data";
import type { StaffUser } from "@/lib/auth/roles";
import { createStaffAccount } from "@/lib/auth/staff-accounts";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getSeriesForEdit } from "@/lib/series/data";
import { createSeries, updateSeries } from "@/lib/series/mutations";
import { seriesInputSchema, type SeriesInput } from "@/lib/series/schema";
import { changeStaffRole, createStaffMember, setStaffActive } from "@/lib/staff/mutations";
import { newStaffSchema } from "@/lib/staff/schema";
import { getVenueForEdit } from "@/lib/venues/data";
import { createVenue, updateVenue } from "@/lib/venues/mutations";
import { venueInputSchema } from "@/lib/venues/schema";
import { DEMO_SERIES_SLUG } from "@/prisma/seed-data";
import { seedDemoData } from "@/prisma/seed-demo";
import { releaseAppDatabase, pointAppAtDatabase } from "@/tests/support/app-database";
import { createMigratedTestDatabase } from "@/tests/support/migrated-database";
import { DATABASE_KINDS, type TestDatabase } from "@/tests/support/test-database";

const TODAY = "2027-01-10";

const venueForm = {
  name: "Iglesia San Juan <b>Bautista</b>",
  kind: "CHURCH",
  street: "200 Demo Avenue",
  city: "Dallas",
  region: "TX",
  postalCode: "75211",
  neighborhood: "Oak Cliff",
  policeDivision: "Southwest",
  latitude: "32.74",
  longitude: "-96.87",
  isPartner: "on",
  contactName: "Sra. Pérez",
  contactPhone: "214-555-0100",
  contactEmail: "secretaria@example.org",
  descriptionEn: "A church on the corner.",
  descriptionEs: "Una iglesia en la esquina.",
  directionsEn: "Side entrance.",
  directionsEs: "Entrada lateral.",
};

describe.each(DATABASE_KINDS)("staff administration on %s", (kind) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let admin: StaffUser;

  beforeAll(async () => {
    database = await createMigratedTestDatabase(kind);
    db = database.connect();
    await seedDemoData(db, TODAY);
    pointAppAtDatabase(db);
    const user = await createStaffAccount(db, {
      email: "boss@example.org",
      name: "Boss",
      password: "a-long-enough-secret-1",
      role: "ADMIN",
    });
    admin = { id: user.id, email: user.email, name: user.name, role: user.role };
  });

  afterAll(async () => {
    releaseAppDatabase();
    await db.$disconnect();
    await database.drop();
  });

  describe("venues", () => {
    it("creates a venue with a slug made once from its name, and keeps it on rename", async () => {
      const input = venueInputSchema.parse(venueForm);
      const first = await createVenue(admin, input);
      const second = await createVenue(admin, input);
      expect(first).toMatchObject({ ok: true, slug: "iglesia-san-juan-b-bautista-b" });
      expect(second).toMatchObject({ ok: true, slug: "iglesia-san-juan-b-bautista-b-2" });
      if (!first.ok) return;

      const renamed = await updateVenue(
        admin,
        first.id,
        venueInputSchema.parse({ ...venueForm, name: "Iglesia San Juan", descriptionEs: "" }),
      );
      expect(renamed).toMatchObject({ ok: true, slug: first.slug });
      const saved = await getVenueForEdit(first.id);
      expect(saved?.values).toMatchObject({
        name: "Iglesia San Juan",
        descriptionEs: "",
        descriptionEn: "A church on the corner.",
        latitude: "32.74",
        isPartner: "on",
      });

      const entries = await db.auditEntry.findMany({ where: { entityId: first.id }, orderBy: { createdAt: "asc" } });
      expect(entries.map((entry) => entry.action)).toEqual(["CREATE", "UPDATE"]);
      expect(entries[1]).toMatchObject({ entityType: "venue", actorEmail: "boss@example.org" });
      expect(entries[1]?.before).toMatchObject({ name: venueForm.name, descriptionEs: "Una iglesia en la esquina." });
      expect(entries[1]?.after).toMatchObject({ name: "Iglesia San Juan", descriptionEs: null });
    });

    it("reports per-field problems: missing name, bad ZIP, half a position, long text", () => {
      const result = venueInputSchema.safeParse({
        ...venueForm,
        name: " ",
        postalCode: "7521",
        longitude: "",
        directionsEs: "x".repeat(1001),
      });
      expect(result.success).toBe(false);
      const issues = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
      expect(issues).toMatchObject({
        name: "required",
        postalCode: "postalCode",
        longitude: "coordinatesPair",
        directionsEs: "tooLong",
      });
    });

    it("lets editors create venues too, and reports an unknown venue", async () => {
      const editor = { ...admin, id: "someone", role: "EDITOR" as const };
      expect(await createVenue(editor, venueInputSchema.parse({ ...venueForm, name: "Editor venue" }))).toMatchObject({
        ok: true,
      });
      expect(await updateVenue(admin, "no-such-venue", venueInputSchema.parse(venueForm))).toEqual({
        ok: false,
        reason: "notFound",
      });
    });
  });

  describe("series", () => {
    const form = {
      organizer: "Dallas Police Department",
      startsOn: "2027-03-01",
      endsOn: "2027-05-31",
      titleEn: "Spring 2027 meetings",
      titleEs: "Reuniones de primavera 2027",
      descriptionEn: "Spring sessions.",
      descriptionEs: "Sesiones de primavera.",
    };

    it("refuses an end date before the start date", () => {
      const result = seriesInputSchema.safeParse({ ...form, endsOn: "2027-02-28" });
      expect(result.error?.issues).toMatchObject([{ path: ["endsOn"], message: "lastDayBeforeFirst" }]);
      expect(seriesInputSchema.safeParse({ ...form, startsOn: "2027-02-30" }).error?.issues[0]?.message).toBe(
        "invalidDate",
      );
    });

    it("creates a Dallas-time series with a fixed slug", async () => {
      const result = await createSeries(admin, seriesInputSchema.parse(form));
      expect(result).toMatchObject({ ok: true, slug: "spring-2027-meetings" });
      if (!result.ok) return;
      const row = await db.series.findUniqueOrThrow({ where: { id: result.id } });
      expect(row.timeZone).toBe("America/Chicago");
      const updated = await updateSeries(admin, result.id, seriesInputSchema.parse({ ...form, titleEn: "Renamed" }));
      expect(updated).toMatchObject({ ok: true, slug: "spring-2027-meetings" });
      expect((await getSeriesForEdit(result.id))?.values).toMatchObject({
        titleEn: "Renamed",
        startsOn: "2027-03-01",
        endsOn: "2027-05-31",
      });
    });

    it("refuses to shorten a series so that sessions fall outside, naming how many", async () => {
      const series = await db.series.findUniqueOrThrow({
        where: { slug: DEMO_SERIES_SLUG },
        include: { meetings: { orderBy: { startsAt: "asc" } } },
      });
      const values = (await getSeriesForEdit(series.id))!.values;
      const lastTwo = series.meetings.slice(-2);
      // The day before the second-to-last session, in Dallas.
      const cut = new Date(lastTwo[0]!.startsAt.getTime() - 30 * 60 * 60 * 1000).toLocaleDateString("en-CA", {
        timeZone: "America/Chicago",
      });
      const input: SeriesInput = seriesInputSchema.parse({ ...values, endsOn: cut });
      const sameDayCount = series.meetings.filter(
        (meeting) => meeting.startsAt.toLocaleDateString("en-CA", { timeZone: "America/Chicago" }) > cut,
      ).length;
      expect(await updateSeries(admin, series.id, input)).toEqual({
        ok: false,
        reason: "sessionsOutside",
        count: sameDayCount,
      });
      expect((await getSeriesForEdit(series.id))?.values.endsOn).toBe(values.endsOn);
      // Keeping every session inside is fine.
      expect(await updateSeries(admin, series.id, seriesInputSchema.parse(values))).toMatchObject({ ok: true });
    });
  });

  describe("staff accounts", () => {
    const newStaff = {
      name: "Eddie Editor",
      email: "Eddie@Example.org",
      role: "EDITOR",
      password: "a-fine-long-password",
    };

    it("creates an account, refuses a taken email and a weak password", async () => {
      const created = await createStaffMember(admin, newStaffSchema.parse(newStaff));
      expect(created).toMatchObject({ ok: true });
      expect(await createStaffMember(admin, newStaffSchema.parse(newStaff))).toEqual({
        ok: false,
        reason: "emailTaken",
      });
      expect(newStaffSchema.safeParse({ ...newStaff, password: "short" }).error?.issues[0]?.message).toBe(
        "passwordTooShort",
      );
      expect(newStaffSchema.safeParse({ ...newStaff, password: "password1234" }).error?.issues[0]?.message).toBe(
        "passwordTooCommon",
      );
      const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "user", action: "CREATE" } });
      expect(audit.after).toEqual({ name: "Eddie Editor", email: "eddie@example.org", role: "EDITOR", active: true });
      expect(JSON.stringify(audit)).not.toMatch(/scrypt|password|\$/i);
    });

    it("changes roles, deactivates (deleting sessions) and reactivates, but never the admin themselves", async () => {
      const eddie = await db.user.findUniqueOrThrow({ where: { email: "eddie@example.org" } });
      await db.session.create({
        data: { id: "s1", token: "t1", userId: eddie.id, expiresAt: new Date(Date.now() + 3_600_000) },
      });

      expect(await changeStaffRole(admin, eddie.id, "ADMIN")).toEqual({ ok: true, id: eddie.id });
      expect(await setStaffActive(admin, eddie.id, false)).toEqual({ ok: true, id: eddie.id });
      expect(await db.session.count({ where: { userId: eddie.id } })).toBe(0);
      expect(await db.user.findUniqueOrThrow({ where: { id: eddie.id } })).toMatchObject({
        role: "ADMIN",
        active: false,
      });
      expect(await setStaffActive(admin, eddie.id, true)).toEqual({ ok: true, id: eddie.id });

      expect(await changeStaffRole(admin, admin.id, "EDITOR")).toEqual({ ok: false, reason: "self" });
      expect(await setStaffActive(admin, admin.id, false)).toEqual({ ok: false, reason: "self" });
      expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
        role: "ADMIN",
        active: true,
      });
      expect(await setStaffActive(admin, "nobody", false)).toEqual({ ok: false, reason: "notFound" });

      const actions = (
        await db.auditEntry.findMany({ where: { entityId: eddie.id }, orderBy: { createdAt: "asc" } })
      ).map((entry) => entry.action);
      expect(actions).toEqual(["CREATE", "UPDATE", "DEACTIVATE", "ACTIVATE"]);
    });
  });

  it("lists the audit log newest first, page by page, with only changed fields", async () => {
    const first = await listAuditEntries(1, 3);
    const second = await listAuditEntries(2, 3);
    expect(first.entries).toHaveLength(3);
    expect(first.total).toBeGreaterThanOrEqual(8);
    expect(first.entries[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(second.entries[0]!.createdAt.getTime());
    expect(first.entries[0]).toMatchObject({
      entityType: "user",
      action: "ACTIVATE",
      changes: [{ field: "active", before: false, after: true }],
    });
    expect((await listAuditEntries(9999, 3)).page).toBe(first.pageCount);
  });
});
