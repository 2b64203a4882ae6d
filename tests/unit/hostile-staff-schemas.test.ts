import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { passwordProblem } from "@/lib/auth/password-policy";
import { fieldErrors } from "@/lib/forms/form-state";
import { cancelFormSchema, meetingFormSchema, postponeFormSchema, recurringFormSchema, toFieldErrors } from "@/lib/meetings/schema";
import { seriesInputSchema } from "@/lib/series/schema";
import { STAFF_LIMITS } from "@/lib/staff/fields";
import { newStaffSchema, staffActiveSchema, staffRoleSchema } from "@/lib/staff/schema";
import { venueInputSchema } from "@/lib/venues/schema";
import {
  expectationsFor, fill, isAccepted, label, MEETING_CONTENT, MEETING_NEW_VENUE, messageExists, posted, SERIES_TEXT, STATUS_NOTES, VENUE_TEXT,
  type FieldSpec,
} from "@/tests/support/hostile-expectations";
import { DATE_INPUTS, ID_INPUTS, STAFF_TEXT_INPUTS, TIME_INPUTS } from "@/tests/support/hostile-inputs";

/**
 * The hostile-input corpus against the zod schema of every staff form (the
 * one the browser and the server both check with): every text field refuses
 * what it must with a message key that exists in English and Spanish, and
 * keeps everything else exactly as typed (trimmed). That the database then
 * stores those values unchanged is tests/integration/hostile-staff-forms.test.ts.
 */

type Errors = Record<string, string | undefined>;

type StaffForm = {
  name: string;
  schema: z.ZodType;
  /** Valid values for every field the case does not fill. */
  base: Record<string, unknown>;
  fields: FieldSpec;
  errors: (error: z.ZodError) => Errors;
  namespace: string[];
};

const meetingErrors = (error: z.ZodError): Errors =>
  Object.fromEntries(Object.entries(toFieldErrors(error)).map(([field, problem]) => [field, problem?.key]));

const DAY = "2098-06-02";
const meetingBase = {
  seriesId: "series", venueMode: "new", venueId: "", venueKind: "CHURCH", venuePostalCode: "75201", date: DAY, startTime: "18:00", endTime: "19:30",
  spokenLanguages: ["es"], interpretation: [],
};
const notesBase = { version: "1", date: DAY, startTime: "18:00", endTime: "19:00" };

const FORMS: StaffForm[] = [
  { name: "meeting (create and edit)", schema: meetingFormSchema, base: meetingBase, fields: { ...MEETING_CONTENT, ...MEETING_NEW_VENUE }, errors: meetingErrors, namespace: ["Validation"] },
  { name: "meeting cancelled in the edit form", schema: meetingFormSchema, base: { ...meetingBase, ...fill("Text", MEETING_CONTENT), ...fill("Text", MEETING_NEW_VENUE), status: "CANCELLED" }, fields: STATUS_NOTES, errors: meetingErrors, namespace: ["Validation"] },
  { name: "recurring set", schema: recurringFormSchema, base: { ...meetingBase, date: undefined, fromDate: DAY, weekdays: ["1"] }, fields: { ...MEETING_CONTENT, ...MEETING_NEW_VENUE }, errors: meetingErrors, namespace: ["Validation"] },
  { name: "cancel", schema: cancelFormSchema, base: notesBase, fields: STATUS_NOTES, errors: meetingErrors, namespace: ["Validation"] },
  { name: "postpone", schema: postponeFormSchema, base: notesBase, fields: STATUS_NOTES, errors: meetingErrors, namespace: ["Validation"] },
  { name: "venue", schema: venueInputSchema, base: { kind: "CHURCH", postalCode: "75201" }, fields: VENUE_TEXT, errors: fieldErrors, namespace: ["VenueAdmin", "errors"] },
  { name: "series", schema: seriesInputSchema, base: { startsOn: "2099-01-01", endsOn: "2099-01-31" }, fields: SERIES_TEXT, errors: fieldErrors, namespace: ["SeriesAdmin", "errors"] },
  {
    name: "new staff account", schema: newStaffSchema, base: { email: "staff@example.org", role: "EDITOR", password: "a-long-unusual-passphrase" },
    fields: { name: { max: STAFF_LIMITS.name, required: true } }, errors: fieldErrors, namespace: ["StaffAdmin", "errors"],
  },
];

/** Every key is a message in both languages. */
function expectTranslated(errors: Errors, namespace: string[]) {
  for (const key of Object.values(errors)) if (key) expect(messageExists(namespace, key), `${namespace.join(".")}.${key}`).toBe(true);
}

const INPUTS = STAFF_TEXT_INPUTS.map((input) => [label(input), input] as const);

describe.each(FORMS)("the $name form's schema with hostile text in every text field", ({ schema, base, fields, errors, namespace }) => {
  it.each(INPUTS)("%s", (_label, input) => {
    const expectations = expectationsFor(input, fields);
    const result = schema.safeParse({ ...base, ...fill(posted(input), fields) });
    if (!isAccepted(expectations)) {
      expect(result.success).toBe(false);
      const found = errors(result.error!);
      for (const [field, expectation] of Object.entries(expectations)) {
        expect(found[field], field).toBe("error" in expectation ? expectation.error : undefined);
      }
      expectTranslated(found, namespace);
      return;
    }
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    const data = result.data as Record<string, unknown>;
    // Empty optional text is stored as null (meetings turn "" into null when they save).
    for (const [field, expectation] of Object.entries(expectations)) expect(data[field] || null, field).toBe((expectation as { stored: string | null }).stored);
  });
});

describe("hostile text in the fields that are not plain text", () => {
  it.each(INPUTS)("venue email and map position: %s", (_label, input) => {
    const result = venueInputSchema.safeParse({ ...fill("Venue", VENUE_TEXT), kind: "CHURCH", postalCode: "75201", contactEmail: posted(input), latitude: posted(input), longitude: posted(input) });
    if (result.success) {
      expect(result.data.contactEmail).toBe(posted(input).trim() || null);
      return;
    }
    expect(Object.keys(fieldErrors(result.error)).length).toBeGreaterThan(0);
    expectTranslated(fieldErrors(result.error), ["VenueAdmin", "errors"]);
  });

  it.each(INPUTS)("staff account email and password: %s", (_label, input) => {
    for (const fields of [{ name: "Staff member", email: posted(input), password: "a-long-unusual-passphrase" }, { name: "Staff member", email: "staff@example.org", password: posted(input) }]) {
      const result = newStaffSchema.safeParse({ ...fields, role: "EDITOR" });
      if (result.success) {
        expect(result.data.email).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
        continue;
      }
      expectTranslated(fieldErrors(result.error), ["StaffAdmin", "errors"]);
    }
  });

  it.each(INPUTS)("a new password of %s is refused with a translated reason or accepted whole", (_label, input) => {
    const problem = passwordProblem(posted(input));
    if (problem) expect(messageExists(["Account"], problem), problem).toBe(true);
    else expect([...posted(input)].length).toBeGreaterThanOrEqual(12);
  });

  it.each([...ID_INPUTS, ...STAFF_TEXT_INPUTS.slice(0, 20)].map((input) => [label(input), input]))("staff role and active flag with %s", (_label, input) => {
    // An id of our keys' shape goes on to the lookup (and is "not found"); nothing else reaches the database.
    for (const result of [staffRoleSchema.safeParse({ userId: posted(input), role: "ADMIN" }), staffActiveSchema.safeParse({ userId: posted(input), active: "false" })]) {
      if (result.success) expect(result.data.userId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    }
    expect(staffRoleSchema.safeParse({ userId: "cmf3abcdefghijklmnopqrstu", role: posted(input) }).success).toBe(false);
    expect(staffActiveSchema.safeParse({ userId: "cmf3abcdefghijklmnopqrstu", active: posted(input) }).success).toBe(false);
  });
});

describe("hostile dates and times", () => {
  it.each(DATE_INPUTS.map((input) => [label(input), input]))("date %s: refused as a date, or a real calendar date left to the series rules", (_label, input) => {
    const checks: [z.ZodType, Record<string, unknown>, string, (error: z.ZodError) => Errors, string[]][] = [
      [meetingFormSchema, { ...meetingBase, ...fill("Text", MEETING_CONTENT), ...fill("Text", MEETING_NEW_VENUE), date: input }, "date", meetingErrors, ["Validation"]],
      [postponeFormSchema, { ...notesBase, ...fill("Moved", STATUS_NOTES), date: input }, "date", meetingErrors, ["Validation"]],
      [recurringFormSchema, { ...meetingBase, ...fill("Text", MEETING_CONTENT), ...fill("Text", MEETING_NEW_VENUE), fromDate: input, weekdays: ["1"] }, "fromDate", meetingErrors, ["Validation"]],
      [seriesInputSchema, { ...fill("Series", SERIES_TEXT), startsOn: input, endsOn: "2099-12-31" }, "startsOn", fieldErrors, ["SeriesAdmin", "errors"]],
      [seriesInputSchema, { ...fill("Series", SERIES_TEXT), startsOn: "2027-01-01", endsOn: input }, "endsOn", fieldErrors, ["SeriesAdmin", "errors"]],
    ];
    for (const [schema, values, field, errors, namespace] of checks) {
      const result = schema.safeParse(values);
      if (result.success) {
        expect((result.data as Record<string, string>)[field], field).toMatch(/^20\d\d-\d\d-\d\d$/);
        continue;
      }
      const found = errors(result.error);
      expect(["invalidDate", "required", "endBeforeStart"], `${field}: ${JSON.stringify(found)}`).toContain(found[field]);
      expectTranslated(found, namespace);
    }
  });

  it.each(TIME_INPUTS.map((input) => [label(input), input]))("meeting time %s", (_label, input) => {
    const result = meetingFormSchema.safeParse({ ...meetingBase, ...fill("Text", MEETING_CONTENT), ...fill("Text", MEETING_NEW_VENUE), date: "2098-07-01", startTime: input, endTime: "23:00" });
    if (result.success) {
      // 02:30 exists on an ordinary day.
      expect(input).toBe("02:30");
      return;
    }
    const found = meetingErrors(result.error);
    expect(["invalidTime", "required"]).toContain(found.startTime);
    expectTranslated(found, ["Validation"]);
  });

  it("refuses a time in the Central spring-forward gap in every form that takes a date and a time", () => {
    const gap = { date: "2027-03-14", startTime: "02:30", endTime: "04:00" };
    const meeting = meetingFormSchema.safeParse({ ...meetingBase, ...fill("Text", MEETING_CONTENT), ...fill("Text", MEETING_NEW_VENUE), ...gap });
    expect(meetingErrors(meeting.error!)).toMatchObject({ startTime: "nonexistentTime" });
    const postponed = postponeFormSchema.safeParse({ ...notesBase, ...fill("Moved", STATUS_NOTES), ...gap });
    expect(meetingErrors(postponed.error!)).toMatchObject({ startTime: "nonexistentTime" });
    expect(messageExists(["Validation"], "nonexistentTime")).toBe(true);
  });
});
