import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { changePasswordSchema, forgotPasswordSchema, resetPasswordSchema, signInSchema } from "@/lib/auth/schema";
import { outboxEmailIdSchema } from "@/lib/email/schema";
import { toFieldErrors } from "@/lib/forms/form-state";
import {
  cancelFormSchema,
  meetingDraftSchema,
  meetingFormSchema,
  postponeFormSchema,
  recurringFormSchema,
} from "@/lib/meetings/schema";
import { revisionReviewSchema, revisionStepSchema } from "@/lib/meeting-revisions/schema";
import { publishFormSchema, reviewFormSchema } from "@/lib/publishing/schema";
import {
  codeKind,
  codeSchema,
  editorsSettingSchema,
  passkeyIdSchema,
  passkeyNameSchema,
  passwordAgainSchema,
  resetSecondFactorSchema,
  sessionIdSchema,
} from "@/lib/second-factor/schema";
import { answerSchema, questionSchema } from "@/lib/questions/schema";
import {
  acceptRequestSchema,
  declineRequestSchema,
  requestNotesSchema,
  sessionRequestSchema,
} from "@/lib/requests/schema";
import { seriesInputSchema } from "@/lib/series/schema";
import { STAFF_LIMITS } from "@/lib/staff/fields";
import { newStaffSchema, staffActiveSchema, staffRoleSchema } from "@/lib/staff/schema";
import { statementInputSchema, statementReviewSchema, statementReviewSettingSchema } from "@/lib/statements/schema";
import { venueInputSchema } from "@/lib/venues/schema";
import {
  ANSWER_TEXT,
  expectationsFor,
  fill,
  isAccepted,
  label,
  QUESTION_TEXT,
  MEETING_CONTENT,
  MEETING_DRAFT_CONTENT,
  MEETING_NEW_VENUE,
  messageExists,
  posted,
  REQUEST_ACCEPT_TEXT,
  REQUEST_NOTES,
  REQUEST_TEXT,
  REVIEW_TEXT,
  SERIES_TEXT,
  STATEMENT_TEXT,
  STATUS_NOTES,
  VENUE_TEXT,
  type FieldSpec,
} from "@/tests/support/hostile-expectations";
import { DATE_INPUTS, ID_INPUTS, STAFF_TEXT_INPUTS, TIME_INPUTS } from "@/tests/support/hostile-inputs";

/**
 * The hostile-input corpus against the zod schema of every staff form (the
 * one the browser and the server both check with): every text field refuses
 * what it must with a message key that exists in English and Spanish, and
 * keeps everything else exactly as typed (trimmed). Every form reports its
 * errors as keys of the one "Validation" namespace. That the database then
 * stores those values unchanged is tests/integration/hostile-staff-forms.test.ts.
 */

type Errors = Record<string, string | undefined>;

type ActionForm = {
  name: string;
  schema: z.ZodType;
  /** Valid values for every field the case does not fill. */
  base: Record<string, unknown>;
  fields: FieldSpec;
};

/** What the form shows for each field: the error's message key. */
const errorKeys = (error: z.ZodError): Errors =>
  Object.fromEntries(Object.entries(toFieldErrors(error)).map(([field, problem]) => [field, problem?.key]));

const DAY = "2098-06-02";
const meetingBase = {
  seriesId: "series",
  venueMode: "new",
  venueId: "",
  venueKind: "CHURCH",
  venuePostalCode: "75201",
  date: DAY,
  startTime: "18:00",
  endTime: "19:30",
  spokenLanguages: ["es"],
  interpretation: [],
};
const notesBase = { version: "1", date: DAY, startTime: "18:00", endTime: "19:00" };

// Status notes are written only in the cancel and postpone forms: the edit form keeps the status as it is.
const FORMS: ActionForm[] = [
  {
    name: "meeting (create and edit)",
    schema: meetingFormSchema,
    base: meetingBase,
    fields: { ...MEETING_CONTENT, ...MEETING_NEW_VENUE },
  },
  {
    name: "meeting saved as a draft",
    schema: meetingDraftSchema,
    base: { ...meetingBase, titleEn: "Draft title" },
    fields: { ...MEETING_DRAFT_CONTENT, ...MEETING_NEW_VENUE },
  },
  {
    name: "review (approve or send back)",
    schema: reviewFormSchema,
    base: { version: "1", decision: "approve" },
    fields: REVIEW_TEXT,
  },
  {
    name: "statement change review (approve or send back)",
    schema: statementReviewSchema,
    base: { decision: "approve" },
    fields: REVIEW_TEXT,
  },
  {
    name: "draft change review (approve or send back)",
    schema: revisionReviewSchema,
    base: { version: "1", decision: "approve" },
    fields: REVIEW_TEXT,
  },
  {
    name: "recurring set",
    schema: recurringFormSchema,
    base: { ...meetingBase, date: undefined, fromDate: DAY, weekdays: ["1"] },
    fields: { ...MEETING_CONTENT, ...MEETING_NEW_VENUE },
  },
  { name: "cancel", schema: cancelFormSchema, base: notesBase, fields: STATUS_NOTES },
  { name: "postpone", schema: postponeFormSchema, base: notesBase, fields: STATUS_NOTES },
  { name: "venue", schema: venueInputSchema, base: { kind: "CHURCH", postalCode: "75201" }, fields: VENUE_TEXT },
  {
    name: "statement",
    schema: statementInputSchema,
    base: { section: "WILL_NOT", position: "1", statedOn: "2026-11-20", sourceUrl: "" },
    fields: STATEMENT_TEXT,
  },
  {
    name: "series",
    schema: seriesInputSchema,
    base: { startsOn: "2099-01-01", endsOn: "2099-01-31" },
    fields: SERIES_TEXT,
  },
  {
    name: "public meeting request",
    schema: sessionRequestSchema,
    base: {
      venueKind: "SCHOOL",
      postalCode: "75201",
      preferredDate: DAY,
      startTime: "18:00",
      endTime: "19:30",
      spokenLanguages: ["es"],
      attendance: "40",
      contactEmail: "office@example.org",
    },
    fields: REQUEST_TEXT,
  },
  { name: "public anonymous question", schema: questionSchema, base: {}, fields: QUESTION_TEXT },
  { name: "question answer", schema: answerSchema, base: {}, fields: ANSWER_TEXT },
  { name: "request notes", schema: requestNotesSchema, base: { status: "IN_PROGRESS" }, fields: REQUEST_NOTES },
  { name: "request declined", schema: declineRequestSchema, base: {}, fields: REQUEST_NOTES },
  {
    name: "request accepted",
    schema: acceptRequestSchema,
    base: { seriesId: "series", venueId: "", date: DAY, startTime: "18:00", endTime: "19:30" },
    fields: REQUEST_ACCEPT_TEXT,
  },
  {
    name: "new staff account",
    schema: newStaffSchema,
    base: { email: "staff@example.org", role: "EDITOR", password: "a-long-unusual-passphrase" },
    fields: { name: { max: STAFF_LIMITS.name, required: true } },
  },
];

/** Every key is a message in both languages. */
function expectTranslated(errors: Errors) {
  for (const key of Object.values(errors))
    if (key) expect(messageExists(["Validation"], key), `Validation.${key}`).toBe(true);
}

const INPUTS = STAFF_TEXT_INPUTS.map((input) => [label(input), input] as const);

describe.each(FORMS)("the $name form's schema with hostile text in every text field", ({ schema, base, fields }) => {
  it.each(INPUTS)("%s", (_label, input) => {
    const expectations = expectationsFor(input, fields);
    const result = schema.safeParse({ ...base, ...fill(posted(input), fields) });
    if (!isAccepted(expectations)) {
      expect(result.success).toBe(false);
      const errors = toFieldErrors(result.error!);
      for (const [field, expectation] of Object.entries(expectations)) {
        expect(errors[field]?.key, field).toBe("error" in expectation ? expectation.error : undefined);
        // "At most {max} characters" names the field's own limit.
        if (errors[field]?.key === "tooLong") expect(errors[field].values, field).toEqual({ max: fields[field]!.max });
      }
      expectTranslated(errorKeys(result.error!));
      return;
    }
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    const data = result.data as Record<string, unknown>;
    // Empty optional text is stored as null (meetings turn "" into null when they save).
    for (const [field, expectation] of Object.entries(expectations))
      expect(data[field] || null, field).toBe((expectation as { stored: string | null }).stored);
  });
});

describe("hostile text in the fields that are not plain text", () => {
  it.each(INPUTS)("venue email and map position: %s", (_label, input) => {
    const result = venueInputSchema.safeParse({
      ...fill("Venue", VENUE_TEXT),
      kind: "CHURCH",
      postalCode: "75201",
      contactEmail: posted(input),
      latitude: posted(input),
      longitude: posted(input),
    });
    if (result.success) {
      expect(result.data.contactEmail).toBe(posted(input).trim() || null);
      return;
    }
    expect(Object.keys(errorKeys(result.error)).length).toBeGreaterThan(0);
    expectTranslated(errorKeys(result.error));
  });

  it.each(INPUTS)("statement link, order and section: %s", (_label, input) => {
    const base = { ...fill("Said", STATEMENT_TEXT), section: "WILL_NOT", position: "1", statedOn: "2026-11-20" };
    for (const field of ["sourceUrl", "position", "section"]) {
      const result = statementInputSchema.safeParse({ ...base, [field]: posted(input) });
      if (result.success) {
        // Only a plain http(s) address (or nothing), a number 1–99 or a known section gets through.
        if (field === "sourceUrl") expect(result.data.sourceUrl ?? "").toMatch(/^(https?:\/\/[^\s<>"]+)?$/i);
        if (field === "position") expect(result.data.position).toBeGreaterThanOrEqual(1);
        if (field === "section") expect(["WILL_NOT", "STILL_APPLIES"]).toContain(result.data.section);
        continue;
      }
      expect(Object.keys(errorKeys(result.error)), field).toEqual([field]);
      expectTranslated(errorKeys(result.error));
    }
    expect(statementInputSchema.safeParse({ ...base, sourceUrl: "javascript:alert(1)" }).success).toBe(false);
  });

  it.each(INPUTS)("request contact email and attendance: %s", (_label, input) => {
    const base = {
      ...fill("Request", REQUEST_TEXT),
      postalCode: "75201",
      preferredDate: DAY,
      startTime: "18:00",
      endTime: "19:30",
      spokenLanguages: ["es"],
    };
    const byEmail = sessionRequestSchema.safeParse({ ...base, attendance: "40", contactEmail: posted(input) });
    if (byEmail.success) expect(byEmail.data.contactEmail).toBe(posted(input).trim());
    else expectTranslated(errorKeys(byEmail.error));
    const byAttendance = sessionRequestSchema.safeParse({
      ...base,
      attendance: posted(input),
      contactEmail: "office@example.org",
    });
    if (byAttendance.success) expect(byAttendance.data.attendance).toBeGreaterThanOrEqual(1);
    else expectTranslated(errorKeys(byAttendance.error));
  });

  it.each(INPUTS)("staff account email and password: %s", (_label, input) => {
    for (const fields of [
      { name: "Staff member", email: posted(input), password: "a-long-unusual-passphrase" },
      { name: "Staff member", email: "staff@example.org", password: posted(input) },
    ]) {
      const result = newStaffSchema.safeParse({ ...fields, role: "EDITOR" });
      if (result.success) {
        expect(result.data.email).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
        continue;
      }
      expectTranslated(errorKeys(result.error));
    }
  });

  it.each(INPUTS)("a new password of %s is refused with a translated reason or accepted whole", (_label, input) => {
    const result = changePasswordSchema.safeParse({
      currentPassword: "the-current-passphrase",
      newPassword: posted(input),
      confirmPassword: posted(input),
    });
    if (result.success) {
      expect(result.data.newPassword).toBe(posted(input));
      expect([...posted(input)].length).toBeGreaterThanOrEqual(12);
      return;
    }
    expect(errorKeys(result.error)).toEqual({
      newPassword: expect.stringMatching(/^password(TooShort|TooLong|TooCommon)$/),
    });
    expectTranslated(errorKeys(result.error));
  });

  it.each(INPUTS)(
    "sign-in with %s as email and as password: refused without saying why, or left to the account lookup",
    (_label, input) => {
      for (const fields of [
        { email: posted(input), password: posted(input) },
        { email: "staff@example.org", password: posted(input) },
      ]) {
        const result = signInSchema.safeParse(fields);
        if (result.success) continue;
        const errors = errorKeys(result.error);
        expect(Object.keys(errors).length).toBeGreaterThan(0);
        for (const key of Object.values(errors)) expect(["required", "signInRefused"]).toContain(key);
        expectTranslated(errors);
      }
    },
  );

  it.each(INPUTS)("forgot password with %s: one email address, or refused as none", (_label, input) => {
    const result = forgotPasswordSchema.safeParse({ email: posted(input) });
    if (result.success) return expect(result.data.email).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
    for (const key of Object.values(errorKeys(result.error))) expect(["required", "invalidEmail"]).toContain(key);
    expectTranslated(errorKeys(result.error));
  });

  it.each(INPUTS)("a reset link's token of %s: only one of better-auth's shape reaches the lookup", (_label, input) => {
    const result = resetPasswordSchema.safeParse({
      token: posted(input),
      newPassword: "a-brand-new-passphrase",
      confirmPassword: "a-brand-new-passphrase",
    });
    if (result.success) return expect(result.data.token).toMatch(/^[A-Za-z0-9_-]{1,200}$/);
    expect(errorKeys(result.error)).toEqual({ token: "resetLinkInvalid" });
    expectTranslated(errorKeys(result.error));
  });

  it.each(INPUTS)(
    "password change with %s as the current password: refused as wrong, or left to the hash check",
    (_label, input) => {
      const result = changePasswordSchema.safeParse({
        currentPassword: posted(input),
        newPassword: "a-brand-new-passphrase",
        confirmPassword: "a-brand-new-passphrase",
      });
      if (result.success) return;
      expect(errorKeys(result.error)).toEqual({ currentPassword: expect.stringMatching(/^(required|wrongPassword)$/) });
      expectTranslated(errorKeys(result.error));
    },
  );

  it.each([...ID_INPUTS, ...STAFF_TEXT_INPUTS.slice(0, 20)].map((input) => [label(input), input]))(
    "staff role and active flag with %s",
    (_label, input) => {
      // An id of our keys' shape goes on to the lookup (and is "not found"); nothing else reaches the database.
      for (const result of [
        staffRoleSchema.safeParse({ userId: posted(input), role: "ADMIN" }),
        staffActiveSchema.safeParse({ userId: posted(input), active: "false" }),
      ]) {
        if (result.success) expect(result.data.userId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      }
      expect(staffRoleSchema.safeParse({ userId: "cmf3abcdefghijklmnopqrstu", role: posted(input) }).success).toBe(
        false,
      );
      expect(staffActiveSchema.safeParse({ userId: "cmf3abcdefghijklmnopqrstu", active: posted(input) }).success).toBe(
        false,
      );
    },
  );
});

describe("hostile text in the draft-change steps (publish, discard, review) and the statement review", () => {
  it.each(INPUTS)(
    "a version or decision of %s: a positive whole number and a known decision, or refused with a translated reason",
    (_label, input) => {
      for (const result of [
        revisionStepSchema.safeParse({ version: posted(input) }),
        revisionReviewSchema.safeParse({ version: posted(input), decision: "approve" }),
      ]) {
        if (result.success) {
          expect(Number.isInteger(result.data.version) && result.data.version > 0).toBe(true);
          continue;
        }
        expectTranslated(errorKeys(result.error));
      }
      expect(revisionReviewSchema.safeParse({ version: "1", decision: posted(input) }).success).toBe(false);
    },
  );

  it.each(INPUTS)("a statement review's decision, or the review setting, of %s: refused", (_label, input) => {
    expect(statementReviewSchema.safeParse({ decision: posted(input) }).success).toBe(false);
    expect(statementReviewSettingSchema.safeParse({ statementChangesNeedReview: posted(input) }).success).toBe(false);
  });
});

describe("hostile text in the second-factor forms", () => {
  it.each(INPUTS)("a sign-in or confirmation code of %s: a code's shape, or refused as wrong", (_label, input) => {
    const result = codeSchema.safeParse({ code: posted(input) });
    if (result.success) {
      expect(result.data.code).toMatch(/^(\d{6}|[A-Z0-9]{10})$/);
      expect(codeKind(result.data.code).code).toMatch(/^(\d{6}|[A-Z0-9]{5}-[A-Z0-9]{5})$/);
      return;
    }
    expect(errorKeys(result.error)).toEqual({ code: expect.stringMatching(/^(required|wrongCode)$/) });
    expectTranslated(errorKeys(result.error));
  });

  it.each(INPUTS)("the password asked again, %s: refused as wrong or left to the hash check", (_label, input) => {
    const result = passwordAgainSchema.safeParse({ password: posted(input) });
    if (result.success) return expect(result.data.password).toBe(posted(input));
    expect(errorKeys(result.error)).toEqual({ password: expect.stringMatching(/^(required|wrongPassword)$/) });
  });

  it.each(INPUTS)("a passkey name of %s: kept trimmed or refused with a translated reason", (_label, input) => {
    const result = passkeyNameSchema.safeParse({ name: posted(input) });
    if (result.success) return expect(result.data.name).toBe(posted(input).trim());
    expectTranslated(errorKeys(result.error));
  });

  it.each([...ID_INPUTS, ...STAFF_TEXT_INPUTS.slice(0, 20)].map((input) => [label(input), input]))(
    "session, passkey and account ids of %s",
    (_label, input) => {
      for (const result of [
        sessionIdSchema.safeParse({ sessionId: posted(input) }),
        passkeyIdSchema.safeParse({ passkeyId: posted(input) }),
        resetSecondFactorSchema.safeParse({ userId: posted(input), confirm: "yes" }),
      ]) {
        if (result.success) expect(Object.values(result.data)[0]).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      }
      expect(editorsSettingSchema.safeParse({ requireSecondFactorForEditors: posted(input) }).success).toBe(false);
      const outbox = outboxEmailIdSchema.safeParse({ id: posted(input) });
      if (outbox.success) expect(outbox.data.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    },
  );
});

describe("hostile dates and times", () => {
  it.each(DATE_INPUTS.map((input) => [label(input), input]))(
    "date %s: refused as a date, or a real calendar date left to the series rules",
    (_label, input) => {
      const meeting = { ...meetingBase, ...fill("Text", MEETING_CONTENT), ...fill("Text", MEETING_NEW_VENUE) };
      const checks: [z.ZodType, Record<string, unknown>, string][] = [
        [meetingFormSchema, { ...meeting, date: input }, "date"],
        [postponeFormSchema, { ...notesBase, ...fill("Moved", STATUS_NOTES), date: input }, "date"],
        [recurringFormSchema, { ...meeting, fromDate: input, weekdays: ["1"] }, "fromDate"],
        [
          recurringFormSchema,
          { ...meeting, fromDate: "2027-01-01", weekdays: ["1"], endMode: "date", untilDate: input },
          "untilDate",
        ],
        [seriesInputSchema, { ...fill("Series", SERIES_TEXT), startsOn: input, endsOn: "2099-12-31" }, "startsOn"],
        [seriesInputSchema, { ...fill("Series", SERIES_TEXT), startsOn: "2027-01-01", endsOn: input }, "endsOn"],
        [
          statementInputSchema,
          { ...fill("Said", STATEMENT_TEXT), section: "WILL_NOT", position: "1", statedOn: input },
          "statedOn",
        ],
      ];
      for (const [schema, values, field] of checks) {
        const result = schema.safeParse(values);
        if (result.success) {
          expect((result.data as Record<string, string>)[field], field).toMatch(/^20\d\d-\d\d-\d\d$/);
          continue;
        }
        const found = errorKeys(result.error);
        expect(["invalidDate", "required", "lastDayBeforeFirst"], `${field}: ${JSON.stringify(found)}`).toContain(
          found[field],
        );
        expectTranslated(found);
      }
    },
  );

  it.each([...DATE_INPUTS, ...TIME_INPUTS].map((input) => [label(input), input]))(
    "publish date and time %s: refused with a translated reason, or a real Central date and time",
    (_label, input) => {
      for (const values of [
        { publishDate: input, publishTime: "09:00" },
        { publishDate: "2098-07-01", publishTime: input },
      ]) {
        for (const schema of [publishFormSchema, reviewFormSchema]) {
          const result = schema.safeParse({ version: "1", decision: "approve", ...values });
          if (result.success) {
            expect(result.data.publishDate).toMatch(/^(20\d\d-\d\d-\d\d)?$/);
            expect(result.data.publishTime).toMatch(/^(\d\d:\d\d)?$/);
            continue;
          }
          const found = errorKeys(result.error);
          for (const key of Object.values(found)) expect(["invalidDate", "invalidTime", "required"]).toContain(key);
          expectTranslated(found);
        }
      }
    },
  );

  it.each(TIME_INPUTS.map((input) => [label(input), input]))("meeting time %s", (_label, input) => {
    const result = meetingFormSchema.safeParse({
      ...meetingBase,
      ...fill("Text", MEETING_CONTENT),
      ...fill("Text", MEETING_NEW_VENUE),
      date: "2098-07-01",
      startTime: input,
      endTime: "23:00",
    });
    if (result.success) {
      // 02:30 exists on an ordinary day.
      expect(input).toBe("02:30");
      return;
    }
    const found = errorKeys(result.error);
    expect(["invalidTime", "required"]).toContain(found.startTime);
    expectTranslated(found);
  });

  it("refuses a time in the Central spring-forward gap in every form that takes a date and a time", () => {
    const gap = { date: "2027-03-14", startTime: "02:30", endTime: "04:00" };
    const meeting = meetingFormSchema.safeParse({
      ...meetingBase,
      ...fill("Text", MEETING_CONTENT),
      ...fill("Text", MEETING_NEW_VENUE),
      ...gap,
    });
    expect(errorKeys(meeting.error!)).toMatchObject({ startTime: "nonexistentTime" });
    const postponed = postponeFormSchema.safeParse({ ...notesBase, ...fill("Moved", STATUS_NOTES), ...gap });
    expect(errorKeys(postponed.error!)).toMatchObject({ startTime: "nonexistentTime" });
    expect(messageExists(["Validation"], "nonexistentTime")).toBe(true);
  });
});
