import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createStaffAccount } from "@/lib/auth/staff-accounts";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { LIMITS } from "@/lib/meetings/schema";
import { SERIES_LIMITS } from "@/lib/series/schema";
import { STAFF_LIMITS } from "@/lib/staff/fields";
import { dateKeyToDbDate } from "@/lib/time/central-time";
import { VENUE_LIMITS } from "@/lib/venues/schema";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import { useRequestCookies } from "@/tests/support/fake-next-headers";
import { DATE_INPUTS, ID_INPUTS, LOCALE_INPUTS, STAFF_TEXT_INPUTS, TIME_INPUTS } from "@/tests/support/hostile-inputs";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { settle, signedInStaff, TEST_PASSWORD, type ActionOutcome } from "@/tests/support/staff-sessions";
import { DATABASE_KINDS } from "@/tests/support/test-database";

vi.mock("next/headers", () => import("@/tests/support/fake-next-headers"));

import { changePasswordAction, signInAction } from "@/lib/auth/actions";
import {
  cancelMeetingAction,
  createMeetingAction,
  createRecurringAction,
  deleteMeetingAction,
  postponeMeetingAction,
  updateMeetingAction,
} from "@/lib/meetings/actions";
import { saveSeriesAction } from "@/lib/series/actions";
import { changeStaffRoleAction, createStaffAction, setStaffActiveAction } from "@/lib/staff/actions";
import { saveVenueAction } from "@/lib/venues/actions";

/**
 * The hostile-input corpus (tests/support/hostile-inputs.ts) against every
 * staff form, through the same server actions the forms post to. For each
 * input: the action answers with a typed result (never throws), a refusal
 * names each bad field with a message key that exists in both languages and
 * changes no row, and text that is valid however hostile it looks is stored
 * exactly as typed (trimmed, as every form trims).
 */

// Sessions far enough ahead that the actions' own clock never calls them past.
const DAY = "2098-06-02";
const DST_GAP = { date: "2027-03-14", time: "02:30" };

/** Characters no field may hold: PostgreSQL cannot store NUL, lone surrogates are not text, and feeds and calendars cannot carry control characters. */
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

type Expectation = { stored: string | null } | { error: string };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** What a form post carries: FormData, like a browser, turns half a surrogate pair into U+FFFD. */
const posted = (input: string) => input.replace(LONE_SURROGATE, "\uFFFD");

/** What a trimmed text field must do with `input`: which error, or what is stored. */
function expectationFor(input: string, max: number, required: boolean, requiredKey = "required"): Expectation {
  const value = posted(input).trim();
  if (!value) return required ? { error: requiredKey } : { stored: null };
  // Limits count characters (code points), as zod does: an emoji is one.
  if ([...value].length > max) return { error: "tooLong" };
  if (UNSTORABLE.test(value)) return { error: "invalid" };
  return { stored: value };
}

type FieldSpec = Record<string, { max: number; required: boolean; requiredKey?: string }>;

function expectationsFor(input: string, fields: FieldSpec): Record<string, Expectation> {
  return Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, expectationFor(input, spec.max, spec.required, spec.requiredKey)]));
}

const accepted = (expectations: Record<string, Expectation>) => Object.values(expectations).every((expectation) => "stored" in expectation);

function messageExists(namespace: string[], key: string): boolean {
  const find = (messages: unknown) => [...namespace, key].reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  return typeof find(en) === "string" && typeof find(es) === "string";
}

/** Each field's error is the expected one, in both message files; fields that were fine carry none. */
function expectFieldErrors(errors: Record<string, string | undefined>, expectations: Record<string, Expectation>, namespace: string[], input: string) {
  for (const [field, expectation] of Object.entries(expectations)) {
    expect(errors[field], `${field} ← ${JSON.stringify(input.slice(0, 60))}`).toBe("error" in expectation ? expectation.error : undefined);
  }
  for (const key of Object.values(errors)) if (key) expect(messageExists(namespace, key), `${namespace.join(".")}.${key}`).toBe(true);
}

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

/** Every row count the forms could change. */
async function rowCounts(db: PrismaClient) {
  const [meetings, meetingTexts, venues, venueTexts, series, seriesTexts, users, accounts, sessions, audit] = await Promise.all([
    db.meeting.count(), db.meetingTranslation.count(), db.venue.count(), db.venueTranslation.count(), db.series.count(),
    db.seriesTranslation.count(), db.user.count(), db.account.count(), db.session.count(), db.auditEntry.count(),
  ]);
  return { meetings, meetingTexts, venues, venueTexts, series, seriesTexts, users, accounts, sessions, audit };
}

/** A whole meeting with its texts, to compare before and after a refused change. */
const meetingRow = (db: PrismaClient, id: string) =>
  db.meeting.findUnique({ where: { id }, include: { translations: { orderBy: { locale: "asc" } } } });

type MeetingState = { values: Record<string, unknown>; errors: Record<string, { key: string } | undefined>; conflicts?: { date: string; error: { key: string } }[] };

function meetingErrorKeys(outcome: ActionOutcome): Record<string, string | undefined> {
  const state = outcome.value as MeetingState;
  return Object.fromEntries(Object.entries(state.errors).map(([field, error]) => [field, error?.key]));
}

const MEETING_CONTENT: FieldSpec = {
  titleEn: { max: LIMITS.title, required: true },
  titleEs: { max: LIMITS.title, required: true },
  descriptionEn: { max: LIMITS.description, required: true },
  descriptionEs: { max: LIMITS.description, required: true },
  hostName: { max: LIMITS.hostName, required: true },
  hostTitleEn: { max: LIMITS.hostTitle, required: false },
  hostTitleEs: { max: LIMITS.hostTitle, required: false },
  accessibilityNotesEn: { max: LIMITS.accessibilityNotes, required: false },
  accessibilityNotesEs: { max: LIMITS.accessibilityNotes, required: false },
};
const MEETING_NEW_VENUE: FieldSpec = {
  venueName: { max: LIMITS.venueName, required: true },
  venueStreet: { max: LIMITS.venueStreet, required: true },
  venueCity: { max: LIMITS.venueCity, required: true },
  venueNeighborhood: { max: LIMITS.venueNeighborhood, required: false },
};
const STATUS_NOTES: FieldSpec = {
  statusNoteEn: { max: LIMITS.statusNote, required: true, requiredKey: "noteRequired" },
  statusNoteEs: { max: LIMITS.statusNote, required: true, requiredKey: "noteRequired" },
};
const VENUE_TEXT: FieldSpec = {
  name: { max: VENUE_LIMITS.name, required: true },
  street: { max: VENUE_LIMITS.street, required: true },
  city: { max: VENUE_LIMITS.city, required: true },
  region: { max: VENUE_LIMITS.region, required: true },
  neighborhood: { max: VENUE_LIMITS.neighborhood, required: false },
  policeDivision: { max: VENUE_LIMITS.policeDivision, required: false },
  contactName: { max: VENUE_LIMITS.contactName, required: false },
  contactPhone: { max: VENUE_LIMITS.contactPhone, required: false },
  descriptionEn: { max: VENUE_LIMITS.description, required: false },
  descriptionEs: { max: VENUE_LIMITS.description, required: false },
  directionsEn: { max: VENUE_LIMITS.directions, required: false },
  directionsEs: { max: VENUE_LIMITS.directions, required: false },
};
const SERIES_TEXT: FieldSpec = {
  organizer: { max: SERIES_LIMITS.organizer, required: true },
  titleEn: { max: SERIES_LIMITS.title, required: true },
  titleEs: { max: SERIES_LIMITS.title, required: true },
  descriptionEn: { max: SERIES_LIMITS.description, required: true },
  descriptionEs: { max: SERIES_LIMITS.description, required: true },
};

const fill = (input: string, fields: FieldSpec) => Object.fromEntries(Object.keys(fields).map((name) => [name, input]));
const label = (input: string) => JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…(${input.length})` : input);

describe.each(DATABASE_KINDS)("hostile input in every staff form on %s", (kind) => {
  const database = migratedDatabaseFor(kind, { inApp: true });
  let db: PrismaClient;
  let cookie: string;
  let adminId: string;
  let seriesId: string;
  let oneDaySeriesId: string;
  let venueId: string;
  let meetingId: string;
  let editorId: string;
  let staffEmail = 0;

  async function createSeriesRow(slug: string, startsOn: string, endsOn: string) {
    const series = await db.series.create({
      data: {
        slug, organizer: "Dallas Police Department", startsOn: dateKeyToDbDate(startsOn), endsOn: dateKeyToDbDate(endsOn),
        translations: { create: [{ locale: "en", title: slug, description: "" }, { locale: "es", title: slug, description: "" }] },
      },
    });
    return series.id;
  }

  const meetingBase = () => ({
    seriesId, venueMode: "existing", venueId, date: DAY, startTime: "18:00", endTime: "19:30", spokenLanguages: "es",
    titleEn: "Meeting", titleEs: "Reunión", descriptionEn: "About it.", descriptionEs: "De qué trata.", hostName: "Lt. Ana Ramírez",
  });

  beforeAll(async () => {
    db = database.db;
    const admin = await signedInStaff(db, "ADMIN", `hostile-admin-${kind}@example.org`);
    cookie = admin.cookie;
    adminId = admin.user.id;
    editorId = (await createStaffAccount(db, { email: `hostile-editor-${kind}@example.org`, name: "Editor", password: TEST_PASSWORD, role: "EDITOR" })).id;
    seriesId = await createSeriesRow("hostile-long", "2027-01-01", "2099-12-31");
    oneDaySeriesId = await createSeriesRow("hostile-one-day", DAY, DAY);
    venueId = (await db.venue.create({ data: { slug: "hostile-venue", kind: "CHURCH", name: "Hostile venue", street: "1 Test Road", city: "Dallas", postalCode: "75201" } })).id;
    meetingId = (await db.meeting.create({
      data: {
        slug: "hostile-meeting", seriesId, venueId, startsAt: new Date("2098-06-01T23:00:00Z"), endsAt: new Date("2098-06-02T00:30:00Z"),
        spokenLanguages: ["es"], interpretation: [], hostName: "Lt. Ana Ramírez",
        translations: { create: [{ locale: "en", title: "Meeting", description: "About it." }, { locale: "es", title: "Reunión", description: "De qué trata." }] },
      },
    })).id;
  });

  beforeEach(() => useRequestCookies(cookie));

  it("has at least 100 distinct hostile inputs", () => {
    expect(new Set([...STAFF_TEXT_INPUTS, ...DATE_INPUTS, ...TIME_INPUTS, ...ID_INPUTS, ...LOCALE_INPUTS]).size).toBeGreaterThanOrEqual(100);
  });

  it.each(STAFF_TEXT_INPUTS.map((input) => [label(input), input]))("new meeting (with a new place) and %s in every text field", async (_label, input) => {
    const expectations = expectationsFor(input, { ...MEETING_CONTENT, ...MEETING_NEW_VENUE });
    const before = await rowCounts(db);
    const outcome = await settle(() =>
      createMeetingAction("en", { status: "idle", values: {}, errors: {} }, form({ ...meetingBase(), venueMode: "new", venueId: "", venuePostalCode: "75201", ...fill(input, { ...MEETING_CONTENT, ...MEETING_NEW_VENUE }) })),
    );
    if (!accepted(expectations)) {
      expect(outcome.redirect).toBeNull();
      expectFieldErrors(meetingErrorKeys(outcome), expectations, ["Validation"], input);
      expect(await rowCounts(db)).toEqual(before);
      return;
    }
    const id = /\/admin\/meetings\/([a-z0-9]+)\?saved=created$/.exec(outcome.redirect ?? "")?.[1];
    expect(id, JSON.stringify(outcome)).toBeTruthy();
    const row = await db.meeting.findUniqueOrThrow({ where: { id }, include: { translations: true, venue: true } });
    const text = (locale: string) => row.translations.find((translation) => translation.locale === locale)!;
    const stored = (name: string) => (expectations[name] as { stored: string | null }).stored;
    expect(text("en").title).toBe(stored("titleEn"));
    expect(text("es").title).toBe(stored("titleEs"));
    expect(text("en").description).toBe(stored("descriptionEn"));
    expect(text("es").accessibilityNotes).toBe(stored("accessibilityNotesEs"));
    expect(row.hostName).toBe(stored("hostName"));
    expect(row.venue.name).toBe(stored("venueName"));
    expect(row.venue.neighborhood).toBe(stored("venueNeighborhood"));
    expect(row.slug).toMatch(/^[a-z0-9-]+$/);
    expect(await rowCounts(db)).toEqual({ ...before, meetings: before.meetings + 1, meetingTexts: before.meetingTexts + 2, venues: before.venues + 1, audit: before.audit + 2 });
  });

  it.each(STAFF_TEXT_INPUTS.map((input) => [label(input), input]))("meeting edit with %s in every text field", async (_label, input) => {
    const expectations = expectationsFor(input, MEETING_CONTENT);
    const before = await meetingRow(db, meetingId);
    const auditBefore = await db.auditEntry.count();
    const outcome = await settle(() =>
      updateMeetingAction("en", meetingId, { status: "idle", values: {}, errors: {} }, form({ ...meetingBase(), version: String(before!.version), ...fill(input, MEETING_CONTENT) })),
    );
    if (!accepted(expectations)) {
      expectFieldErrors(meetingErrorKeys(outcome), expectations, ["Validation"], input);
      expect(await meetingRow(db, meetingId)).toEqual(before);
      expect(await db.auditEntry.count()).toBe(auditBefore);
      return;
    }
    expect(outcome.redirect).toBe(`/en/admin/meetings/${meetingId}?saved=updated`);
    const after = await meetingRow(db, meetingId);
    const stored = (name: string) => (expectations[name] as { stored: string | null }).stored;
    expect(after!.translations.map((text) => [text.title, text.description, text.hostTitle, text.accessibilityNotes])).toEqual(
      ["En", "Es"].map((suffix) => ["title", "description", "hostTitle", "accessibilityNotes"].map((name) => stored(`${name}${suffix}`))),
    );
  });

  it.each(STAFF_TEXT_INPUTS.map((input) => [label(input), input]))("cancel and postpone notes: %s", async (_label, input) => {
    const expectations = expectationsFor(input, STATUS_NOTES);
    for (const run of [
      (version: number) => cancelMeetingAction("en", meetingId, { status: "idle", values: {}, errors: {} }, form({ version: String(version), step: "confirm", ...fill(input, STATUS_NOTES) })),
      (version: number) =>
        postponeMeetingAction("en", meetingId, { status: "idle", values: {}, errors: {} }, form({ version: String(version), step: "confirm", date: "2098-06-09", startTime: "18:00", endTime: "19:00", ...fill(input, STATUS_NOTES) })),
    ]) {
      const before = await meetingRow(db, meetingId);
      const outcome = await settle(() => run(before!.version));
      if (!accepted(expectations)) {
        expectFieldErrors(meetingErrorKeys(outcome), expectations, ["Validation"], input);
        expect(await meetingRow(db, meetingId)).toEqual(before);
        continue;
      }
      expect(outcome.redirect).toMatch(new RegExp(`/en/admin/meetings/${meetingId}\\?saved=(cancelled|postponed)$`));
      const after = await meetingRow(db, meetingId);
      expect(after!.translations.map((text) => text.statusNote)).toEqual([posted(input).trim(), posted(input).trim()]);
    }
  });

  it.each(STAFF_TEXT_INPUTS.map((input) => [label(input), input]))("recurring set with %s in every text field", async (_label, input) => {
    const expectations = expectationsFor(input, { ...MEETING_CONTENT, ...MEETING_NEW_VENUE });
    const before = await rowCounts(db);
    const outcome = await settle(() =>
      createRecurringAction("en", { status: "idle", values: {}, errors: {} }, form({
        ...meetingBase(), date: "", seriesId: oneDaySeriesId, fromDate: DAY, weekdays: ["0", "1", "2", "3", "4", "5", "6"],
        venueMode: "new", venueId: "", venuePostalCode: "75201", ...fill(input, { ...MEETING_CONTENT, ...MEETING_NEW_VENUE }),
      })),
    );
    if (!accepted(expectations)) {
      expectFieldErrors(meetingErrorKeys(outcome), expectations, ["Validation"], input);
      expect(await rowCounts(db)).toEqual(before);
      return;
    }
    expect(outcome.redirect).toBe("/en/admin?created=1");
    expect(await rowCounts(db)).toEqual({ ...before, meetings: before.meetings + 1, meetingTexts: before.meetingTexts + 2, venues: before.venues + 1, audit: before.audit + 2 });
    const newest = await db.meeting.findFirstOrThrow({ where: { seriesId: oneDaySeriesId }, orderBy: { createdAt: "desc" }, include: { translations: true, venue: true } });
    expect([...newest.translations.map((text) => text.title), newest.venue.name]).toEqual([posted(input).trim(), posted(input).trim(), posted(input).trim()]);
  });

  it.each(STAFF_TEXT_INPUTS.map((input) => [label(input), input]))("venue create and edit with %s in every text field", async (_label, input) => {
    const expectations = expectationsFor(input, VENUE_TEXT);
    for (const target of [null, venueId]) {
      const before = await rowCounts(db);
      const venueBefore = await db.venue.findUniqueOrThrow({ where: { id: venueId }, include: { translations: true } });
      const outcome = await settle(() =>
        saveVenueAction("en", target, { status: "idle", values: {}, errors: {} }, form({ kind: "CHURCH", postalCode: "75201", ...fill(input, VENUE_TEXT) })),
      );
      if (!accepted(expectations)) {
        const state = outcome.value as { status: string; errors: Record<string, string> };
        expect(state.status).toBe("invalid");
        expectFieldErrors(meetingErrorKeys(outcome), expectations, ["Validation"], input);
        expect(await rowCounts(db)).toEqual(before);
        expect(await db.venue.findUniqueOrThrow({ where: { id: venueId }, include: { translations: true } })).toEqual(venueBefore);
        continue;
      }
      const slug = /\/en\/admin\/venues\?saved=([a-z0-9-]+)$/.exec(outcome.redirect ?? "")?.[1];
      expect(slug, JSON.stringify(outcome)).toBeTruthy();
      const venue = await db.venue.findUniqueOrThrow({ where: { slug }, include: { translations: { orderBy: { locale: "asc" } } } });
      expect([venue.name, venue.street, venue.contactPhone, venue.translations[1]!.directions]).toEqual(
        ["name", "street", "contactPhone", "directionsEs"].map((name) => (expectations[name] as { stored: string | null }).stored),
      );
    }
  });

  it.each(STAFF_TEXT_INPUTS.map((input) => [label(input), input]))("venue email and map position: %s", async (_label, input) => {
    const before = await rowCounts(db);
    const outcome = await settle(() =>
      saveVenueAction("en", null, { status: "idle", values: {}, errors: {} }, form({
        ...fill("Venue", VENUE_TEXT), kind: "CHURCH", postalCode: "75201", contactEmail: input, latitude: input, longitude: input,
      })),
    );
    if (outcome.redirect) {
      const venue = await db.venue.findUniqueOrThrow({ where: { slug: /saved=([a-z0-9-]+)$/.exec(outcome.redirect)![1] } });
      expect(venue.contactEmail).toBe(posted(input).trim() || null);
      return;
    }
    const state = outcome.value as { status: string; errors: Record<string, string> };
    expect(state.status).toBe("invalid");
    expect(Object.keys(state.errors).length).toBeGreaterThan(0);
    for (const key of Object.values(meetingErrorKeys(outcome))) expect(messageExists(["Validation"], key!), key).toBe(true);
    expect(await rowCounts(db)).toEqual(before);
  });

  it.each(STAFF_TEXT_INPUTS.map((input) => [label(input), input]))("series create and edit with %s in every text field", async (_label, input) => {
    const expectations = expectationsFor(input, SERIES_TEXT);
    const editable = await createSeriesRow(`hostile-edit-${kind}-${STAFF_TEXT_INPUTS.indexOf(input as never)}`, "2099-01-01", "2099-01-31");
    for (const target of [null, editable]) {
      const before = await rowCounts(db);
      const seriesBefore = await db.series.findUniqueOrThrow({ where: { id: editable }, include: { translations: true } });
      const outcome = await settle(() =>
        saveSeriesAction("en", target, { status: "idle", values: {}, errors: {} }, form({ startsOn: "2099-01-01", endsOn: "2099-01-31", ...fill(input, SERIES_TEXT) })),
      );
      if (!accepted(expectations)) {
        const state = outcome.value as { status: string; errors: Record<string, string> };
        expect(state.status).toBe("invalid");
        expectFieldErrors(meetingErrorKeys(outcome), expectations, ["Validation"], input);
        expect(await rowCounts(db)).toEqual(before);
        expect(await db.series.findUniqueOrThrow({ where: { id: editable }, include: { translations: true } })).toEqual(seriesBefore);
        continue;
      }
      const slug = /\/en\/admin\/series\?saved=([a-z0-9-]+)$/.exec(outcome.redirect ?? "")?.[1];
      expect(slug, JSON.stringify(outcome)).toBeTruthy();
      const series = await db.series.findUniqueOrThrow({ where: { slug }, include: { translations: { orderBy: { locale: "asc" } } } });
      expect([series.organizer, ...series.translations.map((text) => text.title)]).toEqual([posted(input).trim(), posted(input).trim(), posted(input).trim()]);
    }
  });

  it.each(STAFF_TEXT_INPUTS.map((input) => [label(input), input]))("new staff account with %s as name, email and password", async (_label, input) => {
    const nameExpectation = expectationFor(input, STAFF_LIMITS.name, true);
    for (const fields of [
      { name: input, email: `staff-${kind}-${(staffEmail += 1)}@example.org`, password: TEST_PASSWORD },
      { name: "Staff member", email: input, password: TEST_PASSWORD },
      { name: "Staff member", email: `staff-${kind}-${(staffEmail += 1)}@example.org`, password: input },
    ]) {
      const before = await rowCounts(db);
      const outcome = await settle(() => createStaffAction("en", { status: "idle", values: {}, errors: {} }, form({ ...fields, role: "EDITOR" })));
      if (outcome.redirect) {
        expect(outcome.redirect).toBe("/en/admin/staff?notice=created");
        const user = await db.user.findUniqueOrThrow({ where: { email: posted(fields.email).trim().toLowerCase() } });
        expect(user.name).toBe(posted(fields.name).trim());
        expect(await rowCounts(db)).toMatchObject({ users: before.users + 1, accounts: before.accounts + 1 });
        continue;
      }
      const state = outcome.value as { status: string; values: Record<string, string>; errors: Record<string, string> };
      expect(state.status).toBe("invalid");
      for (const key of Object.values(meetingErrorKeys(outcome))) expect(messageExists(["Validation"], key!), key).toBe(true);
      expect(await rowCounts(db)).toEqual(before);
      // The password typed is never sent back to the page.
      expect(Object.keys(state.values)).not.toContain("password");
    }
    // The name field alone follows the text rules exactly.
    const firstAccount = await db.user.findUnique({ where: { email: `staff-${kind}-${staffEmail - 1}@example.org` } });
    expect(firstAccount?.name ?? null).toBe("stored" in nameExpectation ? nameExpectation.stored : null);
  });

  it.each([...ID_INPUTS, ...STAFF_TEXT_INPUTS.slice(0, 20)].map((input) => [label(input), input]))("staff role change and (de)activation with %s as account id or role", async (_label, input) => {
    const target = { id: editorId };
    const before = await db.user.findMany({ orderBy: { id: "asc" } });
    const posts: [typeof changeStaffRoleAction, Record<string, string>][] = [
      [changeStaffRoleAction, { userId: input, role: "ADMIN" }],
      [changeStaffRoleAction, { userId: target.id, role: input }],
      [setStaffActiveAction, { userId: input, active: "false" }],
      [setStaffActiveAction, { userId: target.id, active: input }],
    ];
    for (const [action, fields] of posts) {
      const outcome = await settle(() => action("en", form(fields)));
      const error = /\/en\/admin\/staff\?error=(\w+)$/.exec(outcome.redirect ?? "")?.[1];
      expect(error, JSON.stringify(outcome)).toBeDefined();
      expect(messageExists(["StaffAdmin", "problems"], error!)).toBe(true);
    }
    expect(await db.user.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it.each(STAFF_TEXT_INPUTS.map((input) => [label(input), input]))("password change with %s", async (_label, input) => {
    const hashBefore = (await db.account.findFirstOrThrow({ where: { userId: adminId } })).password;
    for (const fields of [
      { currentPassword: input, newPassword: "a-brand-new-passphrase", confirmPassword: "a-brand-new-passphrase" },
      { currentPassword: TEST_PASSWORD, newPassword: input, confirmPassword: `${input}x` },
    ]) {
      const state = await changePasswordAction("en", { status: "idle", values: {}, errors: {} }, form(fields));
      expect(state.status).toBe("invalid");
      for (const error of Object.values(state.errors)) expect(messageExists(["Validation"], error!.key), error!.key).toBe(true);
      // Passwords are never sent back to the page.
      expect(Object.keys(state.values)).toEqual([]);
    }
    expect((await db.account.findFirstOrThrow({ where: { userId: adminId } })).password).toBe(hashBefore);
  });

  it.each(STAFF_TEXT_INPUTS.map((input) => [label(input), input]))("sign-in form with %s", async (_label, input) => {
    for (const fields of [{ email: input, password: input }, { email: `hostile-admin-${kind}@example.org`, password: input }]) {
      // Each attempt starts with a clean throttle so every input reaches the account lookup.
      await db.credentialFailure.deleteMany();
      const sessionsBefore = await db.session.count();
      const outcome = await settle(() => signInAction("en", { status: "idle", values: {}, errors: {} }, form(fields)));
      expect(outcome.redirect).toBeNull();
      const state = outcome.value as { errors: Record<string, { key: string }> };
      const keys = Object.values(state.errors).map((error) => error.key);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect(["signInRefused", "required"]).toContain(key);
      expect(await db.session.count()).toBe(sessionsBefore);
    }
  });

  it.each(DATE_INPUTS.map((input) => [label(input), input]))("meeting, postpone, recurring and series dates: %s", async (_label, input) => {
    const before = await rowCounts(db);
    const meetingBefore = await meetingRow(db, meetingId);
    const outcomes = [
      await settle(() => createMeetingAction("en", { status: "idle", values: {}, errors: {} }, form({ ...meetingBase(), date: input }))),
      await settle(() => postponeMeetingAction("en", meetingId, { status: "idle", values: {}, errors: {} }, form({ version: String(meetingBefore!.version), date: input, startTime: "18:00", endTime: "19:00", statusNoteEn: "Moved.", statusNoteEs: "Movida." }))),
      await settle(() => createRecurringAction("en", { status: "idle", values: {}, errors: {} }, form({ ...meetingBase(), date: "", fromDate: input, weekdays: "1" }))),
    ];
    for (const outcome of outcomes) {
      expect(outcome.redirect, `${input}: ${JSON.stringify(outcome)}`).toBeNull();
      const errors = meetingErrorKeys(outcome);
      const key = errors.date ?? errors.fromDate ?? errors.weekdays ?? errors.form;
      expect(["invalidDate", "required", "outsideSeries", "inPast", "noDates", "recurringConflicts"], JSON.stringify(errors)).toContain(key);
      expect(messageExists(["Validation"], key!)).toBe(true);
    }
    expect(await rowCounts(db)).toEqual(before);
    expect(await meetingRow(db, meetingId)).toEqual(meetingBefore);

    for (const dates of [{ startsOn: input, endsOn: "2099-12-31" }, { startsOn: "2027-01-01", endsOn: input }]) {
      const outcome = await settle(() => saveSeriesAction("en", null, { status: "idle", values: {}, errors: {} }, form({ ...fill("Series", SERIES_TEXT), ...dates })));
      const countsNow = await rowCounts(db);
      if (outcome.redirect) {
        expect(countsNow.series).toBe(before.series + 1);
        const series = await db.series.findUniqueOrThrow({ where: { slug: /saved=([a-z0-9-]+)$/.exec(outcome.redirect)![1] } });
        expect([series.startsOn.toISOString().slice(0, 10), series.endsOn.toISOString().slice(0, 10)]).toEqual([dates.startsOn, dates.endsOn]);
        await db.series.delete({ where: { id: series.id } });
        continue;
      }
      const state = outcome.value as { errors: Record<string, string> };
      for (const key of Object.values(meetingErrorKeys(outcome))) expect(messageExists(["Validation"], key!), key).toBe(true);
      expect(Object.keys(state.errors).length).toBeGreaterThan(0);
      expect(countsNow).toEqual(before);
    }
  });

  it.each(TIME_INPUTS.map((input) => [label(input), input]))("meeting times: %s", async (_label, input) => {
    const before = await rowCounts(db);
    const outcome = await settle(() => createMeetingAction("en", { status: "idle", values: {}, errors: {} }, form({ ...meetingBase(), date: "2098-07-01", startTime: input, endTime: "23:00" })));
    if (outcome.redirect) {
      // 02:30 exists on an ordinary day.
      expect(input).toBe("02:30");
      return;
    }
    const errors = meetingErrorKeys(outcome);
    expect(["invalidTime", "required"]).toContain(errors.startTime);
    expect(messageExists(["Validation"], errors.startTime!)).toBe(true);
    expect(await rowCounts(db)).toEqual(before);
  });

  it("refuses a time in the Central spring-forward gap in every form that takes one", async () => {
    const meetingBefore = await meetingRow(db, meetingId);
    const created = await settle(() => createMeetingAction("en", { status: "idle", values: {}, errors: {} }, form({ ...meetingBase(), date: DST_GAP.date, startTime: DST_GAP.time, endTime: "04:00" })));
    expect(meetingErrorKeys(created)).toMatchObject({ startTime: "nonexistentTime" });
    const edited = await settle(() => updateMeetingAction("en", meetingId, { status: "idle", values: {}, errors: {} }, form({ ...meetingBase(), version: String(meetingBefore!.version), date: DST_GAP.date, startTime: "01:30", endTime: DST_GAP.time })));
    expect(meetingErrorKeys(edited)).toMatchObject({ endTime: "nonexistentTime" });
    const postponed = await settle(() => postponeMeetingAction("en", meetingId, { status: "idle", values: {}, errors: {} }, form({ version: String(meetingBefore!.version), date: DST_GAP.date, startTime: DST_GAP.time, endTime: "04:00", statusNoteEn: "Moved.", statusNoteEs: "Movida." })));
    expect(meetingErrorKeys(postponed)).toMatchObject({ startTime: "nonexistentTime" });
    // Every Sunday in March 2098 at 02:30: the second one falls in the gap, so none is saved.
    const march = await createSeriesRow(`hostile-march-${kind}`, "2098-03-01", "2098-03-31");
    const before = await rowCounts(db);
    const recurring = await settle(() => createRecurringAction("en", { status: "idle", values: {}, errors: {} }, form({ ...meetingBase(), seriesId: march, date: "", fromDate: "2098-03-01", weekdays: "0", startTime: DST_GAP.time, endTime: "04:00" })));
    const state = recurring.value as MeetingState;
    expect(state.errors.form?.key).toBe("recurringConflicts");
    expect(state.conflicts?.filter((conflict) => conflict.error.key === "nonexistentTime").map((conflict) => conflict.date)).toEqual(["2098-03-09"]);
    expect(await rowCounts(db)).toEqual(before);
    expect(await meetingRow(db, meetingId)).toEqual(meetingBefore);
  });

  it.each(ID_INPUTS.map((input) => [label(input), input]))("ids that are not ours: %s", async (_label, input) => {
    const before = await rowCounts(db);
    const meetingBefore = await meetingRow(db, meetingId);
    const state = { status: "idle" as const, values: {}, errors: {} };
    for (const run of [
      () => updateMeetingAction("en", input, state, form({ ...meetingBase(), version: "1" })),
      () => cancelMeetingAction("en", input, state, form({ version: "1", step: "confirm", statusNoteEn: "No.", statusNoteEs: "No." })),
      () => postponeMeetingAction("en", input, state, form({ version: "1", step: "confirm", date: "2098-06-09", startTime: "18:00", endTime: "19:00", statusNoteEn: "No.", statusNoteEs: "No." })),
      () => deleteMeetingAction("en", input, state, form({ version: "1", confirm: "yes" })),
    ]) {
      expect((await settle(run)).redirect).toBe("/en/admin?missing=1");
    }
    for (const fields of [{ seriesId: input }, { venueId: input }]) {
      const outcome = await settle(() => createMeetingAction("en", state, form({ ...meetingBase(), ...fields })));
      const errors = meetingErrorKeys(outcome);
      const key = errors.seriesId ?? errors.venueId;
      expect(["required", "invalid", "tooLong", "unknownSeries", "unknownVenue"], JSON.stringify(errors)).toContain(key);
      expect(messageExists(["Validation"], key!)).toBe(true);
    }
    // An empty id means "a new one" to these two actions: not a lookup.
    if (!input) return;
    const venue = await settle(() => saveVenueAction("en", input, { status: "idle", values: {}, errors: {} }, form({ ...fill("Venue", VENUE_TEXT), kind: "CHURCH", postalCode: "75201" })));
    expect(venue.value).toMatchObject({ status: "failed", problem: "notFound" });
    const series = await settle(() => saveSeriesAction("en", input, { status: "idle", values: {}, errors: {} }, form({ ...fill("Series", SERIES_TEXT), startsOn: "2099-01-01", endsOn: "2099-01-31" })));
    expect(series.value).toMatchObject({ status: "failed", problem: "notFound" });
    expect(await rowCounts(db)).toEqual(before);
    expect(await meetingRow(db, meetingId)).toEqual(meetingBefore);
  });

  it.each(LOCALE_INPUTS.map((input) => [label(input), input]))("an unknown locale %s falls back to Spanish", async (_label, input) => {
    const outcome = await settle(() => cancelMeetingAction(input, "no-such-meeting", { status: "idle", values: {}, errors: {} }, form({ version: "1", statusNoteEn: "No.", statusNoteEs: "No." })));
    expect(outcome.redirect).toBe("/es/admin?missing=1");
  });
});
