import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createStaffAccount } from "@/lib/auth/staff-accounts";
import { idleState, type FormState } from "@/lib/forms/form-state";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { STAFF_LIMITS } from "@/lib/staff/fields";
import { addDaysToDateKey, dateKeyToDbDate, isDateKey, zonedDateKey } from "@/lib/time/central-time";
import { resetAddressLimits } from "@/lib/security/address-limit";
import { useRequestCookies } from "@/tests/support/fake-next-headers";
import {
  ANSWER_TEXT,
  expectationsFor,
  fill,
  isAccepted,
  label,
  MEETING_CONTENT,
  QUESTION_TEXT,
  MEETING_NEW_VENUE,
  messageExists,
  posted,
  REQUEST_NOTES,
  REQUEST_TEXT,
  REVIEW_TEXT,
  SERIES_TEXT,
  STATEMENT_TEXT,
  STATUS_NOTES,
  VENUE_TEXT,
  type FieldSpec,
} from "@/tests/support/hostile-expectations";
import { DATE_INPUTS, ID_INPUTS, LOCALE_INPUTS, STAFF_TEXT_INPUTS } from "@/tests/support/hostile-inputs";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { settle, signedInStaff, TEST_PASSWORD, type ActionOutcome } from "@/tests/support/staff-sessions";
import { DATABASE_KINDS } from "@/tests/support/test-database";

vi.mock("next/headers", () => import("@/tests/support/fake-next-headers"));

import {
  changePasswordAction,
  requestPasswordResetAction,
  resetPasswordAction,
  signInAction,
} from "@/lib/auth/actions";
import { sendEmailAgainAction } from "@/lib/email/actions";
import {
  cancelMeetingAction,
  createMeetingAction,
  createRecurringAction,
  deleteMeetingAction,
  postponeMeetingAction,
  updateMeetingAction,
} from "@/lib/meetings/actions";
import { getRevisionForPreview } from "@/lib/meetings/data";
import { addPartnerContactAction, removePartnerContactAction } from "@/lib/partner-contacts/actions";
import { PARTNER_CONTACT_LIMITS } from "@/lib/partner-contacts/schema";
import { saveNoticePreferencesAction } from "@/lib/notices/actions";
import { reviewMeetingAction } from "@/lib/publishing/actions";
import { answerQuestionAction, askQuestionAction } from "@/lib/questions/actions";
import { saveRequestNotesAction, submitSessionRequestAction } from "@/lib/requests/actions";
import { saveSeriesAction } from "@/lib/series/actions";
import { changeStaffRoleAction, createStaffAction, setStaffActiveAction } from "@/lib/staff/actions";
import { saveStatementAction } from "@/lib/statements/actions";
import { saveVenueAction } from "@/lib/venues/actions";

/**
 * The hostile-input corpus (tests/support/hostile-inputs.ts) through the
 * server actions the staff forms post to, on each database. What every
 * schema answers for every input is tests/unit/hostile-staff-schemas.test.ts;
 * here: every text the schemas accept is stored and read back exactly (the
 * database keeps emoji, right-to-left marks, markup and SQL-looking text as
 * typed); a refused form changes no row; and what only the database can
 * answer (ids that are not ours, the series window, the sign-in lookup, the
 * current password) is refused with a translated message.
 */

// Sessions far enough ahead that the actions' own clock never calls them past.
const DAY = "2098-06-02";
// A request asks for a day within the year ahead, by the actions' own clock.
const REQUEST_DAY = addDaysToDateKey(zonedDateKey(new Date()), 30);

/** One refused text of each kind: too long, a character no database may hold, half a surrogate pair (FormData makes it U+FFFD: stored), blank. */
const REFUSED_SAMPLES = ["x".repeat(5001), "\u0000null byte", "   "] as const;

/** Texts whose bytes the database must keep exactly: a sample of the accepted corpus, for the forms whose save is slow (a password hash each). */
const STORED_SAMPLES = [
  "👩🏽‍🚒👨‍👨‍👧‍👦🏳️‍🌈🧑🏿‍🤝‍🧑🏻",
  "\u200Fמפגש\u200E community \u202Bمجتمع\u202C",
  "a\u0308\u0301\u0323 stacked combining marks",
  "<script>alert(1)</script>",
  '\'; DROP TABLE "Meeting"; --',
  "\uD800 lone surrogate",
] as const;

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

/** Every row count the forms could change. */
async function rowCounts(db: PrismaClient) {
  const [
    meetings,
    meetingTexts,
    venues,
    venueTexts,
    series,
    seriesTexts,
    users,
    accounts,
    sessions,
    audit,
    statements,
    statementTexts,
    statementVersions,
  ] = await Promise.all([
    db.meeting.count(),
    db.meetingTranslation.count(),
    db.venue.count(),
    db.venueTranslation.count(),
    db.series.count(),
    db.seriesTranslation.count(),
    db.user.count(),
    db.account.count(),
    db.session.count(),
    db.auditEntry.count(),
    db.statement.count(),
    db.statementTranslation.count(),
    db.statementVersion.count(),
  ]);
  return {
    meetings,
    meetingTexts,
    venues,
    venueTexts,
    series,
    seriesTexts,
    users,
    accounts,
    sessions,
    audit,
    statements,
    statementTexts,
    statementVersions,
  };
}

/** A whole meeting with its texts, to compare before and after a refused change. */
const meetingRow = (db: PrismaClient, id: string) =>
  db.meeting.findUnique({ where: { id }, include: { translations: { orderBy: { locale: "asc" } } } });

/** The message key of each field's error in the form the action sent back. */
function errorKeys(outcome: ActionOutcome): Record<string, string | undefined> {
  const state = outcome.value as FormState;
  return Object.fromEntries(Object.entries(state.errors).map(([field, error]) => [field, error?.key]));
}

/** The inputs every field of `fields` accepts, and what each field then stores. */
const acceptedBy = (fields: FieldSpec) =>
  STAFF_TEXT_INPUTS.filter((input) => isAccepted(expectationsFor(input, fields))).map((input) => ({
    input,
    stored: posted(input).trim(),
  }));

const idle = idleState();

describe.each(DATABASE_KINDS)("hostile input through every staff form on %s", (kind) => {
  const database = migratedDatabaseFor(kind, { inApp: true });
  let db: PrismaClient;
  let cookie: string;
  let adminId: string;
  let seriesId: string;
  let oneDaySeriesId: string;
  let venueId: string;
  let meetingId: string;
  let editorId: string;

  async function createSeriesRow(slug: string, startsOn: string, endsOn: string) {
    const series = await db.series.create({
      data: {
        slug,
        organizer: "Dallas Police Department",
        startsOn: dateKeyToDbDate(startsOn),
        endsOn: dateKeyToDbDate(endsOn),
        translations: {
          create: [
            { locale: "en", title: slug, description: "" },
            { locale: "es", title: slug, description: "" },
          ],
        },
      },
    });
    return series.id;
  }

  const meetingBase = () => ({
    seriesId,
    venueMode: "existing",
    venueId,
    date: DAY,
    startTime: "18:00",
    endTime: "19:30",
    spokenLanguages: "es",
    titleEn: "Meeting",
    titleEs: "Reunión",
    descriptionEn: "About it.",
    descriptionEs: "De qué trata.",
    hostName: "Lt. Ana Ramírez",
  });

  beforeAll(async () => {
    db = database.db;
    const admin = await signedInStaff(db, "ADMIN", `hostile-admin-${kind}@example.org`);
    cookie = admin.cookie;
    adminId = admin.user.id;
    editorId = (
      await createStaffAccount(db, {
        email: `hostile-editor-${kind}@example.org`,
        name: "Editor",
        password: TEST_PASSWORD,
        role: "EDITOR",
      })
    ).id;
    seriesId = await createSeriesRow("hostile-long", "2027-01-01", "2099-12-31");
    oneDaySeriesId = await createSeriesRow("hostile-one-day", DAY, DAY);
    venueId = (
      await db.venue.create({
        data: {
          slug: "hostile-venue",
          kind: "CHURCH",
          name: "Hostile venue",
          street: "1 Test Road",
          city: "Dallas",
          postalCode: "75201",
        },
      })
    ).id;
    meetingId = (
      await db.meeting.create({
        data: {
          slug: "hostile-meeting",
          seriesId,
          venueId,
          startsAt: new Date("2098-06-01T23:00:00Z"),
          endsAt: new Date("2098-06-02T00:30:00Z"),
          spokenLanguages: ["es"],
          interpretation: [],
          hostName: "Lt. Ana Ramírez",
          translations: {
            create: [
              { locale: "en", title: "Meeting", description: "About it." },
              { locale: "es", title: "Reunión", description: "De qué trata." },
            ],
          },
        },
      })
    ).id;
  });

  beforeEach(() => useRequestCookies(cookie));

  it("stores every accepted hostile text in a new meeting and its new place, and reads it back exactly", async () => {
    const fields = { ...MEETING_CONTENT, ...MEETING_NEW_VENUE };
    expect(acceptedBy(fields).length).toBeGreaterThanOrEqual(40);
    for (const { input, stored } of acceptedBy(fields)) {
      const outcome = await settle(() =>
        createMeetingAction(
          "en",
          idle,
          form({ ...meetingBase(), venueMode: "new", venueId: "", venuePostalCode: "75201", ...fill(input, fields) }),
        ),
      );
      const id = /\/admin\/meetings\/([a-z0-9]+)\?saved=created$/.exec(outcome.redirect ?? "")?.[1];
      expect(id, `${label(input)}: ${JSON.stringify(outcome)}`).toBeTruthy();
      const row = await db.meeting.findUniqueOrThrow({
        where: { id },
        include: { translations: { orderBy: { locale: "asc" } }, venue: true },
      });
      expect(
        [row.hostName, row.venue.name, row.venue.street, row.venue.city, row.venue.neighborhood],
        label(input),
      ).toEqual(Array(5).fill(stored));
      expect(
        row.translations.map((text) => [text.title, text.description, text.hostTitle, text.accessibilityNotes]),
        label(input),
      ).toEqual([Array(4).fill(stored), Array(4).fill(stored)]);
      expect(row.slug).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it("stores every accepted hostile text as a cancellation note, and reads it back exactly", async () => {
    for (const { input, stored } of acceptedBy(STATUS_NOTES)) {
      const { version } = (await meetingRow(db, meetingId))!;
      const outcome = await settle(() =>
        cancelMeetingAction(
          "en",
          meetingId,
          idle,
          form({ version: String(version), step: "confirm", ...fill(input, STATUS_NOTES) }),
        ),
      );
      expect(outcome.redirect, label(input)).toBe(`/en/admin/meetings/${meetingId}?saved=cancelled`);
      expect(
        (await meetingRow(db, meetingId))!.translations.map((text) => text.statusNote),
        label(input),
      ).toEqual([stored, stored]);
    }
  });

  it("stores every accepted hostile text as a review's send-back comment, and reads it back exactly", async () => {
    const reviewed = await db.meeting.create({
      data: {
        slug: "hostile-review",
        seriesId,
        venueId,
        startsAt: new Date("2098-06-03T23:00:00Z"),
        endsAt: new Date("2098-06-04T00:30:00Z"),
        spokenLanguages: ["es"],
        interpretation: [],
        hostName: "Lt. Ana Ramírez",
        publication: "DRAFT",
        translations: {
          create: [
            { locale: "en", title: "Meeting", description: "About it." },
            { locale: "es", title: "Reunión", description: "De qué trata." },
          ],
        },
      },
    });
    // An empty comment cannot send a meeting back (commentRequired): the unit corpus covers it.
    for (const { input, stored } of acceptedBy(REVIEW_TEXT).filter((sample) => sample.stored !== "")) {
      const { version } = await db.meeting.update({
        where: { id: reviewed.id },
        data: { publication: "IN_REVIEW", reviewRequestedById: editorId },
      });
      const outcome = await settle(() =>
        reviewMeetingAction(
          "en",
          reviewed.id,
          idle,
          form({ version: String(version), decision: "sendBack", ...fill(input, REVIEW_TEXT) }),
        ),
      );
      expect(outcome.redirect, label(input)).toBe(`/en/admin/meetings/${reviewed.id}?saved=sentBack`);
      expect((await db.meeting.findUniqueOrThrow({ where: { id: reviewed.id } })).reviewComment, label(input)).toBe(
        stored,
      );
    }
  });

  it("stores every accepted hostile text in a draft change of a published meeting, and its preview reads it back exactly", async () => {
    for (const { input, stored } of acceptedBy(MEETING_CONTENT)) {
      const { version } = (await meetingRow(db, meetingId))!;
      const outcome = await settle(() =>
        updateMeetingAction(
          "en",
          meetingId,
          idle,
          form({ ...meetingBase(), version: String(version), intent: "draftChange", ...fill(input, MEETING_CONTENT) }),
        ),
      );
      expect(outcome.redirect, `${label(input)}: ${JSON.stringify(outcome).slice(0, 300)}`).toBe(
        `/en/admin/meetings/${meetingId}?saved=draftChange`,
      );
      for (const locale of ["en", "es"] as const) {
        const preview = (await getRevisionForPreview(meetingId, locale))!;
        expect(
          [
            preview.title,
            preview.description,
            preview.hostName,
            preview.hostTitle ?? "",
            preview.accessibilityNotes ?? "",
          ],
          label(input),
        ).toEqual(Array(5).fill(stored));
      }
    }
    await db.meetingRevision.deleteMany({ where: { meetingId } });
  });

  it("stores every accepted hostile text in a public meeting request and its staff notes, and reads it back exactly", async () => {
    const base = {
      venueKind: "SCHOOL",
      postalCode: "75201",
      preferredDate: REQUEST_DAY,
      startTime: "18:00",
      endTime: "19:30",
      spokenLanguages: "es",
      attendance: "40",
      contactEmail: "office@example.org",
    };
    for (const { input, stored } of acceptedBy(REQUEST_TEXT)) {
      resetAddressLimits();
      const before = await db.sessionRequest.count();
      const outcome = await settle(() =>
        submitSessionRequestAction("es", idle, form({ ...base, ...fill(input, REQUEST_TEXT) })),
      );
      expect((outcome.value as FormState).status, `${label(input)}: ${JSON.stringify(outcome)}`).toBe("done");
      expect(await db.sessionRequest.count()).toBe(before + 1);
      const row = await db.sessionRequest.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
      expect(
        [row.organization, row.street, row.city, row.otherTimes, row.contactName, row.contactPhone ?? ""],
        label(input),
      ).toEqual(Array(6).fill(stored));
    }
    const request = await db.sessionRequest.findFirstOrThrow();
    for (const { input, stored } of acceptedBy(REQUEST_NOTES)) {
      const outcome = await settle(() =>
        saveRequestNotesAction("en", request.id, idle, form({ status: "IN_PROGRESS", ...fill(input, REQUEST_NOTES) })),
      );
      expect(outcome.redirect, label(input)).toBe(`/en/admin/requests/${request.id}?saved=1`);
      expect((await db.sessionRequest.findUniqueOrThrow({ where: { id: request.id } })).notes, label(input)).toBe(
        stored,
      );
    }
  });

  it("refuses a public request with refused hostile text, with translated errors, everything typed kept and nothing stored", async () => {
    for (const input of REFUSED_SAMPLES) {
      resetAddressLimits();
      const before = await db.sessionRequest.count();
      const fields = {
        venueKind: "SCHOOL",
        postalCode: "75201",
        preferredDate: REQUEST_DAY,
        startTime: "18:00",
        endTime: "19:30",
        spokenLanguages: "es",
        attendance: "40",
        contactEmail: "office@example.org",
        ...fill(input, REQUEST_TEXT),
      };
      const outcome = await settle(() => submitSessionRequestAction("es", idle, form(fields)));
      const state = outcome.value as FormState;
      expect(state.status, label(input)).toBe("invalid");
      for (const key of Object.values(errorKeys(outcome))) expect(messageExists(["Validation"], key!), key).toBe(true);
      expect(state.values.organization).toBe(input);
      expect(await db.sessionRequest.count()).toBe(before);
    }
  });

  it("stores every accepted hostile text as an anonymous question and as its answers, and reads it back exactly", async () => {
    for (const { input, stored } of acceptedBy(QUESTION_TEXT)) {
      resetAddressLimits();
      const before = await db.question.count();
      const outcome = await settle(() => askQuestionAction("es", meetingId, idle, form(fill(input, QUESTION_TEXT))));
      expect((outcome.value as FormState).status, `${label(input)}: ${JSON.stringify(outcome)}`).toBe("done");
      expect(await db.question.count()).toBe(before + 1);
      expect(await db.question.count({ where: { text: stored } }), label(input)).toBeGreaterThanOrEqual(1);
    }
    const question = await db.question.findFirstOrThrow();
    for (const { input, stored } of acceptedBy(ANSWER_TEXT)) {
      const outcome = await settle(() => answerQuestionAction("en", question.id, idle, form(fill(input, ANSWER_TEXT))));
      expect(outcome.redirect, label(input)).toBe(`/en/admin/questions/${question.id}?saved=1`);
      const row = await db.question.findUniqueOrThrow({ where: { id: question.id } });
      expect([row.answerEn, row.answerEs], label(input)).toEqual([stored, stored]);
    }
  });

  it("refuses an anonymous question with refused hostile text, with translated errors, everything typed kept and nothing stored", async () => {
    for (const input of REFUSED_SAMPLES) {
      resetAddressLimits();
      const before = await db.question.count();
      const outcome = await settle(() => askQuestionAction("es", meetingId, idle, form(fill(input, QUESTION_TEXT))));
      const state = outcome.value as FormState;
      expect(state.status, label(input)).toBe("invalid");
      for (const key of Object.values(errorKeys(outcome))) expect(messageExists(["Validation"], key!), key).toBe(true);
      expect(state.values.text).toBe(input);
      expect(await db.question.count()).toBe(before);
    }
  });

  it("stores every accepted hostile text in a new venue and a new series, and reads it back exactly", async () => {
    for (const { input, stored } of acceptedBy(VENUE_TEXT)) {
      const outcome = await settle(() =>
        saveVenueAction("en", null, idle, form({ kind: "CHURCH", postalCode: "75201", ...fill(input, VENUE_TEXT) })),
      );
      const slug = /\/en\/admin\/venues\?saved=([a-z0-9-]+)$/.exec(outcome.redirect ?? "")?.[1];
      expect(slug, `${label(input)}: ${JSON.stringify(outcome)}`).toBeTruthy();
      const venue = await db.venue.findUniqueOrThrow({
        where: { slug },
        include: { translations: { orderBy: { locale: "asc" } } },
      });
      const { name, street, city, region, neighborhood, policeDivision, contactName, contactPhone } = venue;
      expect(
        [name, street, city, region, neighborhood, policeDivision, contactName, contactPhone],
        label(input),
      ).toEqual(Array(8).fill(stored));
      expect(
        venue.translations.flatMap((text) => [text.description, text.directions]),
        label(input),
      ).toEqual(Array(4).fill(stored));
    }
    for (const { input, stored } of acceptedBy(SERIES_TEXT)) {
      const outcome = await settle(() =>
        saveSeriesAction(
          "en",
          null,
          idle,
          form({ startsOn: "2099-01-01", endsOn: "2099-01-31", ...fill(input, SERIES_TEXT) }),
        ),
      );
      const slug = /\/en\/admin\/series\?saved=([a-z0-9-]+)$/.exec(outcome.redirect ?? "")?.[1];
      expect(slug, `${label(input)}: ${JSON.stringify(outcome)}`).toBeTruthy();
      const series = await db.series.findUniqueOrThrow({
        where: { slug },
        include: { translations: { orderBy: { locale: "asc" } } },
      });
      expect(
        [series.organizer, ...series.translations.flatMap((text) => [text.title, text.description])],
        label(input),
      ).toEqual(Array(5).fill(stored));
    }
  });

  it("stores every accepted hostile text in a statement and in its public history, and reads it back exactly", async () => {
    const statementBase = {
      section: "WILL_NOT",
      position: "9",
      statedOn: "2026-11-20",
      dateChoice: "restated",
      sourceUrl: "",
    };
    const statementId = (
      await db.statement.create({
        data: {
          section: "WILL_NOT",
          position: 9,
          statedOn: dateKeyToDbDate("2026-11-20"),
          translations: {
            create: [
              { locale: "en", text: "Said.", source: "Chief" },
              { locale: "es", text: "Dicho.", source: "Jefe" },
            ],
          },
        },
      })
    ).id;
    for (const { input, stored } of acceptedBy(STATEMENT_TEXT)) {
      const outcome = await settle(() =>
        saveStatementAction("en", statementId, idle, form({ ...statementBase, ...fill(input, STATEMENT_TEXT) })),
      );
      expect(outcome.redirect, `${label(input)}: ${JSON.stringify(outcome)}`).toBe("/en/admin/statements?saved=1");
      const row = await db.statement.findUniqueOrThrow({
        where: { id: statementId },
        include: { translations: { orderBy: { locale: "asc" } } },
      });
      expect(
        row.translations.flatMap((text) => [text.text, text.source]),
        label(input),
      ).toEqual(Array(4).fill(stored));
      const newest = await db.statementVersion.findFirstOrThrow({
        where: { statementId },
        orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
      });
      expect([newest.textEn, newest.textEs, newest.sourceEn, newest.sourceEs], label(input)).toEqual(
        Array(4).fill(stored),
      );
    }
  });

  it("stores every accepted hostile text in a partner's notice contact (name, consent), refuses the rest and any address that is not one, and removes nothing for an id that is not ours", async () => {
    const partnerId = (
      await db.venue.create({
        data: {
          slug: "hostile-partner",
          kind: "CHURCH",
          name: "Hostile partner",
          street: "1 Test Road",
          city: "Dallas",
          postalCode: "75201",
          isPartner: true,
        },
      })
    ).id;
    const fields: FieldSpec = {
      name: { max: PARTNER_CONTACT_LIMITS.name, required: false },
      consentNote: { max: PARTNER_CONTACT_LIMITS.consentNote, required: true },
    };
    let count = 0;
    for (const input of STAFF_TEXT_INPUTS) {
      count += 1;
      const address = `contact-${count}@example.org`;
      const expectations = expectationsFor(input, fields);
      const outcome = await settle(() =>
        addPartnerContactAction("en", partnerId, idle, form({ address, locale: "es", ...fill(input, fields) })),
      );
      const row = await db.partnerContact.findFirst({ where: { venueId: partnerId, address } });
      if (isAccepted(expectations)) {
        expect(outcome.redirect, `${label(input)}: ${JSON.stringify(outcome)}`).toBe(
          `/en/admin/venues/${partnerId}?contact=added`,
        );
        expect([row?.name, row?.consentNote], label(input)).toEqual([
          (expectations.name as { stored: string | null }).stored,
          (expectations.consentNote as { stored: string }).stored,
        ]);
      } else {
        expect((outcome.value as FormState).status, label(input)).toBe("invalid");
        for (const key of Object.values(errorKeys(outcome)))
          expect(messageExists(["Validation"], key!), key).toBe(true);
        expect(row, label(input)).toBeNull();
      }
      // The same text as the address: refused unless it is one.
      const asAddress = await settle(() =>
        addPartnerContactAction("en", partnerId, idle, form({ address: input, locale: "es", consentNote: "By phone" })),
      );
      if (asAddress.redirect) continue;
      expect((asAddress.value as FormState).errors.address?.key, label(input)).toMatch(
        /^(required|tooLong|invalidEmail)$/,
      );
    }
    const listed = await db.partnerContact.count();
    for (const input of ID_INPUTS) {
      const removed = await settle(() => removePartnerContactAction("en", partnerId, form({ contactId: input })));
      expect(removed.redirect, label(input)).toBe(`/en/admin/venues/${partnerId}?contact=notFound`);
      const added = await settle(() =>
        addPartnerContactAction(
          "en",
          input,
          idle,
          form({ address: "someone@example.org", locale: "es", consentNote: "By phone" }),
        ),
      );
      expect((added.value as FormState).status, label(input)).toBe("refused");
    }
    expect(await db.partnerContact.count()).toBe(listed);
  });

  it("stores hostile staff names exactly", async () => {
    let count = 0;
    for (const input of STORED_SAMPLES) {
      expect(
        isAccepted(expectationsFor(input, { name: { max: STAFF_LIMITS.name, required: true } })),
        label(input),
      ).toBe(true);
      const email = `staff-${kind}-${(count += 1)}@example.org`;
      const outcome = await settle(() =>
        createStaffAction("en", idle, form({ name: input, email, password: TEST_PASSWORD, role: "EDITOR" })),
      );
      expect(outcome.redirect, label(input)).toBe("/en/admin/staff?notice=created");
      expect((await db.user.findUniqueOrThrow({ where: { email } })).name, label(input)).toBe(posted(input).trim());
    }
  });

  it("changes no row when a form is refused, whichever form", async () => {
    for (const input of REFUSED_SAMPLES) {
      const before = await rowCounts(db);
      const meetingBefore = await meetingRow(db, meetingId);
      const venueBefore = await db.venue.findUniqueOrThrow({ where: { id: venueId }, include: { translations: true } });
      const meetingText = fill(input, { ...MEETING_CONTENT, ...MEETING_NEW_VENUE });
      const version = String(meetingBefore!.version);
      const outcomes = [
        await settle(() =>
          createMeetingAction(
            "en",
            idle,
            form({ ...meetingBase(), venueMode: "new", venueId: "", venuePostalCode: "75201", ...meetingText }),
          ),
        ),
        await settle(() =>
          updateMeetingAction(
            "en",
            meetingId,
            idle,
            form({ ...meetingBase(), version, ...fill(input, MEETING_CONTENT) }),
          ),
        ),
        await settle(() =>
          cancelMeetingAction("en", meetingId, idle, form({ version, step: "confirm", ...fill(input, STATUS_NOTES) })),
        ),
        await settle(() =>
          postponeMeetingAction(
            "en",
            meetingId,
            idle,
            form({
              version,
              step: "confirm",
              date: "2098-06-09",
              startTime: "18:00",
              endTime: "19:00",
              ...fill(input, STATUS_NOTES),
            }),
          ),
        ),
        await settle(() =>
          createRecurringAction(
            "en",
            idle,
            form({
              ...meetingBase(),
              date: "",
              seriesId: oneDaySeriesId,
              fromDate: DAY,
              weekdays: ["0", "1", "2", "3", "4", "5", "6"],
              ...fill(input, MEETING_CONTENT),
            }),
          ),
        ),
        await settle(() =>
          saveVenueAction("en", null, idle, form({ kind: "CHURCH", postalCode: "75201", ...fill(input, VENUE_TEXT) })),
        ),
        await settle(() =>
          saveVenueAction(
            "en",
            venueId,
            idle,
            form({ kind: "CHURCH", postalCode: "75201", ...fill(input, VENUE_TEXT) }),
          ),
        ),
        await settle(() =>
          saveSeriesAction(
            "en",
            null,
            idle,
            form({ startsOn: "2099-01-01", endsOn: "2099-01-31", ...fill(input, SERIES_TEXT) }),
          ),
        ),
        await settle(() =>
          createStaffAction(
            "en",
            idle,
            form({ name: input, email: `refused-${kind}@example.org`, password: TEST_PASSWORD, role: "EDITOR" }),
          ),
        ),
        await settle(() =>
          saveStatementAction(
            "en",
            null,
            idle,
            form({ section: "WILL_NOT", position: "1", statedOn: "2026-11-20", ...fill(input, STATEMENT_TEXT) }),
          ),
        ),
      ];
      for (const outcome of outcomes) {
        expect(outcome.redirect, `${label(input)}: ${JSON.stringify(outcome).slice(0, 300)}`).toBeNull();
        expect((outcome.value as FormState).status, label(input)).toBe("invalid");
        const keys = Object.values(errorKeys(outcome));
        expect(keys.length, label(input)).toBeGreaterThan(0);
        for (const key of keys) expect(messageExists(["Validation"], key!), `${label(input)}: ${key}`).toBe(true);
      }
      expect(await rowCounts(db), label(input)).toEqual(before);
      expect(await meetingRow(db, meetingId), label(input)).toEqual(meetingBefore);
      expect(
        await db.venue.findUniqueOrThrow({ where: { id: venueId }, include: { translations: true } }),
        label(input),
      ).toEqual(venueBefore);
    }
  });

  it.each(DATE_INPUTS.filter(isDateKey).map((input) => [label(input), input]))(
    "a real calendar date outside the series or in the past, %s, is refused with a translated reason",
    async (_label, input) => {
      const before = await rowCounts(db);
      const meetingBefore = await meetingRow(db, meetingId);
      const outcomes = [
        await settle(() => createMeetingAction("en", idle, form({ ...meetingBase(), date: input }))),
        await settle(() =>
          postponeMeetingAction(
            "en",
            meetingId,
            idle,
            form({
              version: String(meetingBefore!.version),
              step: "confirm",
              date: input,
              startTime: "18:00",
              endTime: "19:00",
              statusNoteEn: "Moved.",
              statusNoteEs: "Movida.",
            }),
          ),
        ),
        await settle(() =>
          createRecurringAction("en", idle, form({ ...meetingBase(), date: "", fromDate: input, weekdays: "1" })),
        ),
      ];
      for (const outcome of outcomes) {
        expect(outcome.redirect, `${input}: ${JSON.stringify(outcome)}`).toBeNull();
        const errors = errorKeys(outcome);
        const key = errors.date ?? errors.fromDate ?? errors.form;
        expect(["outsideSeries", "inPast", "noDates", "recurringConflicts"], JSON.stringify(errors)).toContain(key);
        expect(messageExists(["Validation"], key!)).toBe(true);
      }
      expect(await rowCounts(db)).toEqual(before);
      expect(await meetingRow(db, meetingId)).toEqual(meetingBefore);
    },
  );

  it("refuses a recurring set with one session in the Central spring-forward gap, and saves none", async () => {
    // Every Sunday in March 2098 at 02:30: the second one falls in the gap.
    const march = await createSeriesRow(`hostile-march-${kind}`, "2098-03-01", "2098-03-31");
    const before = await rowCounts(db);
    const recurring = await settle(() =>
      createRecurringAction(
        "en",
        idle,
        form({
          ...meetingBase(),
          seriesId: march,
          date: "",
          fromDate: "2098-03-01",
          weekdays: "0",
          startTime: "02:30",
          endTime: "04:00",
        }),
      ),
    );
    const state = recurring.value as FormState;
    expect(state.errors.form?.key).toBe("recurringConflicts");
    expect(
      state.conflicts?.filter((conflict) => conflict.error.key === "nonexistentTime").map((conflict) => conflict.date),
    ).toEqual(["2098-03-09"]);
    expect(await rowCounts(db)).toEqual(before);
  });

  it.each(ID_INPUTS.map((input) => [label(input), input]))("ids that are not ours: %s", async (_label, input) => {
    const before = await rowCounts(db);
    const meetingBefore = await meetingRow(db, meetingId);
    for (const run of [
      () => updateMeetingAction("en", input, idle, form({ ...meetingBase(), version: "1" })),
      () =>
        cancelMeetingAction(
          "en",
          input,
          idle,
          form({ version: "1", step: "confirm", statusNoteEn: "No.", statusNoteEs: "No." }),
        ),
      () =>
        postponeMeetingAction(
          "en",
          input,
          idle,
          form({
            version: "1",
            step: "confirm",
            date: "2098-06-09",
            startTime: "18:00",
            endTime: "19:00",
            statusNoteEn: "No.",
            statusNoteEs: "No.",
          }),
        ),
      () => deleteMeetingAction("en", input, idle, form({ version: "1", confirm: "yes" })),
    ]) {
      expect((await settle(run)).redirect).toBe("/en/admin?missing=1");
    }
    for (const fields of [{ seriesId: input }, { venueId: input }]) {
      const outcome = await settle(() => createMeetingAction("en", idle, form({ ...meetingBase(), ...fields })));
      const errors = errorKeys(outcome);
      const key = errors.seriesId ?? errors.venueId;
      expect(["required", "invalid", "tooLong", "unknownSeries", "unknownVenue"], JSON.stringify(errors)).toContain(
        key,
      );
      expect(messageExists(["Validation"], key!)).toBe(true);
    }
    // An empty id means "a new one" to these two actions: not a lookup.
    if (!input) return;
    const venue = await settle(() =>
      saveVenueAction("en", input, idle, form({ ...fill("Venue", VENUE_TEXT), kind: "CHURCH", postalCode: "75201" })),
    );
    expect(venue.value).toMatchObject({ status: "refused", errors: { form: { key: "notFound" } } });
    const series = await settle(() =>
      saveSeriesAction(
        "en",
        input,
        idle,
        form({ ...fill("Series", SERIES_TEXT), startsOn: "2099-01-01", endsOn: "2099-01-31" }),
      ),
    );
    expect(series.value).toMatchObject({ status: "refused", errors: { form: { key: "notFound" } } });
    expect(await rowCounts(db)).toEqual(before);
    expect(await meetingRow(db, meetingId)).toEqual(meetingBefore);
  });

  it.each(ID_INPUTS.map((input) => [label(input), input]))(
    'the outbox\'s "send it again" with %s as message id',
    async (_label, input) => {
      useRequestCookies(cookie);
      const before = await db.outboxEmail.findMany({ orderBy: { id: "asc" } });
      const outcome = await settle(() => sendEmailAgainAction("en", form({ id: input })));
      const error = /\/en\/admin\/outbox(?:\/[^?]*)?\?error=(\w+)$/.exec(outcome.redirect ?? "")?.[1];
      expect(error, JSON.stringify(outcome)).toBeDefined();
      expect(await db.outboxEmail.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    },
  );

  it.each(ID_INPUTS.map((input) => [label(input), input]))(
    "staff role change and (de)activation with %s as account id",
    async (_label, input) => {
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
    },
  );

  it.each(STAFF_TEXT_INPUTS.map((input) => [label(input), input]))(
    "notice settings with %s in each field: refused with a translated message, what was typed kept, nothing saved",
    async (_label, input) => {
      const settings = () =>
        db.user.findUniqueOrThrow({
          where: { id: adminId },
          select: { noticeMode: true, digestHour: true, locale: true },
        });
      const before = await settings();
      for (const fields of [
        { noticeMode: input, digestHour: "8", locale: "en" },
        { noticeMode: "DIGEST", digestHour: input, locale: "en" },
        { noticeMode: "AT_ONCE", digestHour: "8", locale: input },
      ]) {
        const state = await saveNoticePreferencesAction("en", idle, form(fields));
        // Only the exact values of the form's own choices are taken; anything else is refused.
        expect(state.status, JSON.stringify(fields)).toBe("invalid");
        for (const error of Object.values(state.errors))
          expect(messageExists(["Validation"], error!.key), error!.key).toBe(true);
        expect(state.values).toEqual(
          Object.fromEntries(Object.entries(fields).map(([field, value]) => [field, posted(value)])),
        );
      }
      expect(await settings()).toEqual(before);
    },
  );

  it("notice settings with the form's own values are saved", async () => {
    const state = await saveNoticePreferencesAction(
      "en",
      idle,
      form({ noticeMode: "DIGEST", digestHour: "23", locale: "es" }),
    );
    expect(state.status).toBe("done");
    expect(
      await db.user.findUniqueOrThrow({
        where: { id: adminId },
        select: { noticeMode: true, digestHour: true, locale: true },
      }),
    ).toEqual({ noticeMode: "DIGEST", digestHour: 23, locale: "es" });
  });

  it.each(LOCALE_INPUTS.map((input) => [label(input), input]))(
    "an unknown locale %s falls back to Spanish",
    async (_label, input) => {
      const outcome = await settle(() =>
        cancelMeetingAction(
          input,
          "no-such-meeting",
          idle,
          form({ version: "1", step: "confirm", statusNoteEn: "No.", statusNoteEs: "No." }),
        ),
      );
      expect(outcome.redirect).toBe("/es/admin?missing=1");
    },
  );

  it.each([...REFUSED_SAMPLES, ...STORED_SAMPLES].map((input) => [label(input), input]))(
    "password change with %s leaves the password as it was",
    async (_label, input) => {
      const hashBefore = (await db.account.findFirstOrThrow({ where: { userId: adminId } })).password;
      for (const fields of [
        { currentPassword: input, newPassword: "a-brand-new-passphrase", confirmPassword: "a-brand-new-passphrase" },
        { currentPassword: TEST_PASSWORD, newPassword: input, confirmPassword: `${input}x` },
      ]) {
        const state = await changePasswordAction("en", idle, form(fields));
        expect(state.status).toBe("invalid");
        const keys = Object.values(state.errors).map((error) => error!.key);
        expect(keys.length).toBeGreaterThan(0);
        for (const key of keys) expect(messageExists(["Validation"], key), key).toBe(true);
        // Passwords are never sent back to the page.
        expect(state.values).toEqual({});
      }
      expect((await db.account.findFirstOrThrow({ where: { userId: adminId } })).password).toBe(hashBefore);
    },
  );

  it.each([...REFUSED_SAMPLES, ...STORED_SAMPLES].map((input) => [label(input), input]))(
    "forgot-password form with %s",
    async (_label, input) => {
      await db.credentialFailure.deleteMany();
      const outboxBefore = await db.outboxEmail.count();
      const outcome = await settle(() => requestPasswordResetAction("en", idle, form({ email: input })));
      // Refused as no address, or the answer any address gets; never an email to it.
      if (outcome.redirect) expect(outcome.redirect).toBe("/en/admin/forgot-password?sent=1");
      else for (const key of Object.values(errorKeys(outcome))) expect(["required", "invalidEmail"]).toContain(key);
      expect(await db.outboxEmail.count()).toBe(outboxBefore);
    },
  );

  it.each([...REFUSED_SAMPLES, ...STORED_SAMPLES].map((input) => [label(input), input]))(
    "reset-password form with %s as the link and the password",
    async (_label, input) => {
      await db.credentialFailure.deleteMany();
      const [passwords, sessions] = [
        await db.account.findMany({ select: { password: true }, orderBy: { id: "asc" } }),
        await db.session.count(),
      ];
      const outcome = await settle(() =>
        resetPasswordAction(
          "en",
          idle,
          form({
            token: input,
            newPassword: `${input} long enough passphrase`,
            confirmPassword: `${input} long enough passphrase`,
          }),
        ),
      );
      expect(outcome.redirect ?? "").not.toContain("passwordReset=1");
      if (!outcome.redirect) {
        for (const key of Object.values(errorKeys(outcome)))
          expect(messageExists(["Validation"], key!), key).toBe(true);
        expect((outcome.value as FormState).values).not.toHaveProperty("newPassword");
      }
      expect(await db.account.findMany({ select: { password: true }, orderBy: { id: "asc" } })).toEqual(passwords);
      expect(await db.session.count()).toBe(sessions);
    },
  );

  it.each([...REFUSED_SAMPLES, ...STORED_SAMPLES].map((input) => [label(input), input]))(
    "sign-in form with %s",
    async (_label, input) => {
      for (const fields of [
        { email: input, password: input },
        { email: `hostile-admin-${kind}@example.org`, password: input },
      ]) {
        // Each attempt starts with a clean throttle so every input reaches the account lookup.
        await db.credentialFailure.deleteMany();
        const sessionsBefore = await db.session.count();
        const outcome = await settle(() => signInAction("en", idle, form(fields)));
        expect(outcome.redirect).toBeNull();
        const keys = Object.values(errorKeys(outcome));
        expect(keys.length).toBeGreaterThan(0);
        // Never whether the account exists: only that something is missing or the sign-in was refused.
        for (const key of keys) {
          expect(["signInRefused", "required"]).toContain(key);
          expect(messageExists(["Validation"], key!)).toBe(true);
        }
        // The password typed is never sent back to the page.
        expect((outcome.value as FormState).values).not.toHaveProperty("password");
        expect(await db.session.count()).toBe(sessionsBefore);
      }
    },
  );
});
