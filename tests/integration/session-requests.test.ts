import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/roles";
import { createStaffAccount } from "@/lib/auth/staff-accounts";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { resetAddressLimits } from "@/lib/security/address-limit";
import { purgeExpiredContacts } from "@/lib/requests/contact-purge";
import { acceptRequest, declineRequest, submitSessionRequest, updateRequestNotes } from "@/lib/requests/mutations";
import { instantToZonedParts } from "@/lib/time/central-time";
import { DEMO_SERIES_SLUG } from "@/prisma/seed-data";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { DATABASE_KINDS } from "@/tests/support/test-database";

const TODAY = "2027-01-10";
const NOW = new Date("2027-01-10T18:00:00Z");
const DAY_MS = 24 * 60 * 60 * 1000;
/** The date and times of `request` below, as staff accept them unchanged. */
const asked = { date: "2027-02-18", startTime: "19:00", endTime: "20:15" };

/** What a church types into the public form. */
const request = (organization: string, overrides: Record<string, unknown> = {}) => ({
  organization,
  venueKind: "CHURCH",
  street: "2100 Ross Avenue",
  city: "Dallas",
  postalCode: "75201",
  preferredDate: "2027-02-18",
  startTime: "19:00",
  endTime: "20:15",
  otherTimes: "Any Thursday evening in March",
  spokenLanguages: ["es", "en"],
  interpretation: ["asl"],
  attendance: "80",
  contactName: "Marta Ruiz",
  contactPhone: "214-555-0142",
  contactEmail: "oficina@example.org",
  website: "",
  ...overrides,
});

describe.each(DATABASE_KINDS)("meeting requests on %s", (kind) => {
  const database = migratedDatabaseFor(kind, { seedOn: TODAY, inApp: true });
  let seriesId: string;
  let editor: StaffUser;

  async function staff(role: StaffRole, name: string): Promise<StaffUser> {
    const user = await createStaffAccount(database.db, {
      email: `${name}-${kind}@example.org`,
      name,
      password: "correct-horse-battery-2027",
      role,
    });
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  }

  async function submitted(organization: string, overrides: Record<string, unknown> = {}) {
    const result = await submitSessionRequest(
      request(organization, overrides),
      `198.51.100.${Math.floor(Math.random() * 200) + 1}`,
      NOW,
    );
    expect(result).toEqual({ ok: true, stored: true });
    return database.db.sessionRequest.findFirstOrThrow({ where: { organization } });
  }

  beforeAll(async () => {
    seriesId = (await database.db.series.findUniqueOrThrow({ where: { slug: DEMO_SERIES_SLUG } })).id;
    editor = await staff("EDITOR", "editor");
  });

  beforeEach(() => resetAddressLimits());

  it("stores a request with its contact details, audited without them", async () => {
    const row = await submitted("Iglesia San Juan");
    expect(row).toMatchObject({
      status: "NEW",
      contactName: "Marta Ruiz",
      contactPhone: "214-555-0142",
      contactEmail: "oficina@example.org",
      attendance: 80,
      spokenLanguages: ["es", "en"],
      interpretation: ["asl"],
    });
    const audit = await database.db.auditEntry.findFirstOrThrow({
      where: { entityType: "sessionRequest", entityId: row.id },
    });
    // Written by the public form, as itself: no staff account, no address.
    expect(audit).toMatchObject({
      action: "CREATE",
      actorKind: "PUBLIC_FORM",
      actorId: null,
      actorEmail: null,
      event: "sessionRequest.details",
    });
    expect(audit.params).toEqual({ organization: "Iglesia San Juan", preferredDate: asked.date });
    expect(JSON.stringify(audit.after)).not.toMatch(/Marta|555|oficina/);
  });

  it("answers a filled honeypot as accepted and stores nothing", async () => {
    const before = await database.db.sessionRequest.count();
    const auditBefore = await database.db.auditEntry.count();
    expect(
      await submitSessionRequest(request("Bot church", { website: "http://spam.example" }), "198.51.100.250", NOW),
    ).toEqual({ ok: true, stored: false });
    expect(await database.db.sessionRequest.count()).toBe(before);
    expect(await database.db.auditEntry.count()).toBe(auditBefore);
  });

  it("refuses the sixth request from one address within the hour, and takes it again an hour later", async () => {
    const address = "203.0.113.99";
    for (let index = 0; index < 5; index += 1) {
      expect(
        await submitSessionRequest(
          request(`Limit ${kind} ${index}`),
          address,
          new Date(NOW.getTime() + index * 60_000),
        ),
      ).toMatchObject({ ok: true });
    }
    const sixth = new Date(NOW.getTime() + 10 * 60_000);
    expect(await submitSessionRequest(request(`Limit ${kind} 5`), address, sixth)).toEqual({
      ok: false,
      reason: "tooMany",
    });
    expect(await database.db.sessionRequest.count({ where: { organization: `Limit ${kind} 5` } })).toBe(0);
    // Another address is not held back by this one.
    expect(await submitSessionRequest(request(`Limit ${kind} other`), "203.0.113.100", sixth)).toMatchObject({
      ok: true,
    });
    expect(
      await submitSessionRequest(request(`Limit ${kind} 6`), address, new Date(NOW.getTime() + 61 * 60_000)),
    ).toMatchObject({ ok: true });
  });

  it("refuses an invalid request with translated field errors and stores nothing", async () => {
    const before = await database.db.sessionRequest.count();
    const fields = await submitSessionRequest(request("", { attendance: "many" }), "198.51.100.251", NOW);
    expect(fields).toMatchObject({
      ok: false,
      reason: "invalid",
      errors: { organization: { key: "required" }, attendance: { key: "invalid" } },
    });
    const whole = await submitSessionRequest(
      request("Iglesia", { contactPhone: "", contactEmail: "", endTime: "18:00" }),
      "198.51.100.251",
      NOW,
    );
    expect(whole).toMatchObject({
      ok: false,
      reason: "invalid",
      errors: { contactEmail: { key: "contactRequired" }, endTime: { key: "endBeforeStart" } },
    });
    expect(await database.db.sessionRequest.count()).toBe(before);
  });

  it("refuses a preferred date already past or more than a year ahead (by the Dallas day), with the typed request stored nowhere", async () => {
    const before = await database.db.sessionRequest.count();
    const submit = (preferredDate: string, now = NOW) =>
      submitSessionRequest(
        request(`Fecha ${preferredDate} ${kind}`, { preferredDate }),
        `198.51.100.${Math.floor(Math.random() * 200) + 1}`,
        now,
      );
    expect(await submit("2027-01-09")).toEqual({
      ok: false,
      reason: "invalid",
      errors: { preferredDate: { key: "requestDatePast" } },
    });
    expect(await submit("2028-01-11")).toEqual({
      ok: false,
      reason: "invalid",
      errors: { preferredDate: { key: "requestDateTooFar" } },
    });
    expect(await database.db.sessionRequest.count()).toBe(before);
    expect(await submit("2027-01-10")).toEqual({ ok: true, stored: true });
    expect(await submit("2028-01-10")).toEqual({ ok: true, stored: true });
    // 9 PM in Dallas on 10 January is already the 11th in UTC: the 10th is still today.
    expect(await submit("2027-01-10", new Date("2027-01-11T03:00:00Z"))).toEqual({ ok: true, stored: true });
    expect(await submit("2027-01-10", new Date("2027-01-11T06:00:00Z"))).toMatchObject({
      ok: false,
      errors: { preferredDate: { key: "requestDatePast" } },
    });
  });

  it("lets staff accept a request whose date has passed on another date; on its own date it is refused and stays open", async () => {
    const row = await database.db.sessionRequest.create({
      data: {
        organization: `Solicitud vieja ${kind}`,
        venueKind: "CHURCH",
        street: "2100 Ross Avenue",
        city: "Dallas",
        postalCode: "75201",
        preferredDate: new Date("2027-01-05T00:00:00Z"),
        startTime: "19:00",
        endTime: "20:00",
        otherTimes: "",
        spokenLanguages: ["es"],
        interpretation: [],
        attendance: 40,
        contactName: "Marta Ruiz",
        contactEmail: "oficina@example.org",
      },
    });
    const choice = { seriesId, venueId: "", hostName: "Lt. Ana Ramírez", startTime: "19:00", endTime: "20:00" };
    expect(await acceptRequest(editor, row.id, { ...choice, date: "2027-01-05" }, NOW)).toMatchObject({
      ok: false,
      reason: "invalid",
      errors: { date: { key: "inPast" } },
    });
    expect((await database.db.sessionRequest.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("NEW");
    expect(await acceptRequest(editor, row.id, { ...choice, date: "2027-02-20", endTime: "18:00" }, NOW)).toMatchObject(
      { ok: false, errors: { endTime: { key: "endBeforeStart" } } },
    );
    const accepted = await acceptRequest(editor, row.id, { ...choice, date: "2027-02-20" }, NOW);
    if (!accepted.ok) throw new Error(JSON.stringify(accepted));
    const meeting = await database.db.meeting.findUniqueOrThrow({ where: { id: accepted.meetingId } });
    expect(instantToZonedParts(meeting.startsAt)).toEqual({ date: "2027-02-20", time: "19:00" });
  });

  it("accepts a request as a draft meeting at a new venue with its date, time and languages, linked and audited", async () => {
    const row = await submitted("Templo Bautista Oak Cliff");
    expect(
      await updateRequestNotes(editor, row.id, { status: "IN_PROGRESS", notes: "Called Marta on Monday." }),
    ).toEqual({ ok: true });
    const accepted = await acceptRequest(
      editor,
      row.id,
      { seriesId, venueId: "", hostName: "Lt. Ana Ramírez", ...asked },
      NOW,
    );
    if (!accepted.ok) throw new Error(JSON.stringify(accepted));
    const meeting = await database.db.meeting.findUniqueOrThrow({
      where: { id: accepted.meetingId },
      include: { venue: true, translations: true },
    });
    expect(meeting.publication).toBe("DRAFT");
    expect(instantToZonedParts(meeting.startsAt)).toMatchObject({ date: "2027-02-18", time: "19:00" });
    expect(instantToZonedParts(meeting.endsAt)).toMatchObject({ date: "2027-02-18", time: "20:15" });
    expect(meeting.spokenLanguages).toEqual(["es", "en"]);
    expect(meeting.interpretation).toEqual(["asl"]);
    expect(meeting.venue).toMatchObject({
      name: "Templo Bautista Oak Cliff",
      street: "2100 Ross Avenue",
      postalCode: "75201",
      kind: "CHURCH",
    });
    const after = await database.db.sessionRequest.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toMatchObject({
      status: "ACCEPTED",
      meetingId: meeting.id,
      closedAt: NOW,
      notes: "Called Marta on Monday.",
    });
    const actions = (
      await database.db.auditEntry.findMany({
        where: { entityType: "sessionRequest", entityId: row.id },
        orderBy: { createdAt: "asc" },
      })
    ).map((entry) => entry.action);
    expect(actions).toEqual(["CREATE", "UPDATE", "ACCEPT"]);
    // Closed: neither accepted twice nor declined afterwards.
    expect(await acceptRequest(editor, row.id, { seriesId, venueId: "", hostName: "Someone", ...asked }, NOW)).toEqual({
      ok: false,
      reason: "requestClosed",
    });
    expect(await declineRequest(editor, row.id, { notes: "" }, NOW)).toEqual({ ok: false, reason: "requestClosed" });
  });

  it("accepting at an existing venue creates no venue; a refused meeting leaves the request open", async () => {
    const venue = await database.db.venue.findFirstOrThrow({ where: { isPartner: true } });
    const row = await submitted("Escuela Primaria Lee", {
      preferredDate: "2027-02-19",
      startTime: "07:00",
      endTime: "07:45",
    });
    const venues = await database.db.venue.count();
    const slot = { date: "2027-02-19", startTime: "07:00", endTime: "07:45" };
    const refused = await acceptRequest(
      editor,
      row.id,
      { seriesId: "cmf3abcdefghijklmnopqrstu", venueId: venue.id, hostName: "Lt. Ana Ramírez", ...slot },
      NOW,
    );
    expect(refused.ok).toBe(false);
    expect((await database.db.sessionRequest.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("NEW");
    const accepted = await acceptRequest(
      editor,
      row.id,
      { seriesId, venueId: venue.id, hostName: "Lt. Ana Ramírez", ...slot },
      NOW,
    );
    if (!accepted.ok) throw new Error(JSON.stringify(accepted));
    expect(await database.db.venue.count()).toBe(venues);
    expect((await database.db.meeting.findUniqueOrThrow({ where: { id: accepted.meetingId } })).venueId).toBe(venue.id);
  });

  it("deletes contact details 91 days after a request closed, not 89, and not of open requests", async () => {
    const old = await submitted("Closed long ago");
    const recent = await submitted("Closed lately");
    const open = await submitted("Still open");
    expect(await declineRequest(editor, old.id, { notes: "Outside the area." }, NOW)).toEqual({ ok: true });
    expect(await declineRequest(editor, recent.id, { notes: "" }, new Date(NOW.getTime() + 2 * DAY_MS))).toEqual({
      ok: true,
    });

    const later = new Date(NOW.getTime() + 91 * DAY_MS);
    const purged = await purgeExpiredContacts(later);
    expect(purged).toContain(old.id);
    expect(purged).not.toContain(recent.id);
    expect(purged).not.toContain(open.id);
    const gone = await database.db.sessionRequest.findUniqueOrThrow({ where: { id: old.id } });
    expect(gone).toMatchObject({
      contactName: null,
      contactPhone: null,
      contactEmail: null,
      contactDeletedAt: later,
      organization: "Closed long ago",
      notes: "Outside the area.",
    });
    expect(await database.db.sessionRequest.findUniqueOrThrow({ where: { id: recent.id } })).toMatchObject({
      contactName: "Marta Ruiz",
    });
    expect(await database.db.sessionRequest.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({
      contactEmail: "oficina@example.org",
    });
    // Nothing in the audit log keeps what was deleted.
    const entries = await database.db.auditEntry.findMany({
      where: { entityType: "sessionRequest", entityId: old.id },
    });
    expect(entries.find((entry) => entry.action === "DELETE")).toMatchObject({
      actorKind: "RETENTION",
      actorId: null,
      actorEmail: null,
      event: "sessionRequest.contactDeleted",
      params: { organization: "Closed long ago", days: 90 },
    });
    expect(JSON.stringify(entries)).not.toMatch(/Marta|555-0142|oficina@/);
    // Once done, a later run finds nothing to do.
    expect(await purgeExpiredContacts(new Date(later.getTime() + DAY_MS))).not.toContain(old.id);
  });
});
