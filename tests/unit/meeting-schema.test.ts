import { describe, expect, it } from "vitest";
import {
  cancelFormSchema,
  EMPTY_MEETING_VALUES,
  MEETING_SHAPE,
  meetingFormSchema,
  recurringFormSchema,
  type MeetingFormValues,
} from "@/lib/meetings/schema";
import { formDataToValues, toFieldErrors } from "@/lib/forms/form-state";

const valid: MeetingFormValues = {
  ...EMPTY_MEETING_VALUES,
  seriesId: "series-1",
  venueId: "venue-1",
  date: "2027-01-28",
  titleEn: "Community meeting",
  titleEs: "Reunión comunitaria",
  descriptionEn: "Questions and answers.",
  descriptionEs: "Preguntas y respuestas.",
  hostName: "Lt. Ana Ramírez",
};

function without(values: MeetingFormValues, ...fields: string[]) {
  return Object.fromEntries(Object.entries(values).filter(([field]) => !fields.includes(field)));
}

function errorsOf(values: unknown) {
  const result = meetingFormSchema.safeParse(values);
  return result.success ? {} : toFieldErrors(result.error);
}

describe("meeting form schema", () => {
  it("accepts a complete form and trims text", () => {
    const result = meetingFormSchema.safeParse({ ...valid, titleEs: "  Reunión  " });
    expect(result.success && result.data.titleEs).toBe("Reunión");
  });

  it("asks for the title in both languages, also when the field was not sent at all", () => {
    expect(errorsOf({ ...valid, titleEs: "   " })).toEqual({ titleEs: { key: "required" } });
    expect(errorsOf(without(valid, "titleEn"))).toEqual({ titleEn: { key: "required" } });
  });

  it("treats optional fields the form did not send as empty", () => {
    expect(errorsOf(without(valid, "statusNoteEn", "statusNoteEs", "hostTitleEn"))).toEqual({});
  });

  it("names the length limit", () => {
    expect(errorsOf({ ...valid, descriptionEs: "x".repeat(10_000) })).toEqual({
      descriptionEs: { key: "tooLong", values: { max: 5000 } },
    });
  });

  it("wants the end after the start", () => {
    expect(errorsOf({ ...valid, startTime: "19:00", endTime: "18:30" })).toEqual({
      endTime: { key: "endBeforeStart" },
    });
  });

  it("refuses a time skipped by the change to daylight time", () => {
    expect(errorsOf({ ...valid, date: "2027-03-14", startTime: "02:15", endTime: "03:30" })).toEqual({
      startTime: { key: "nonexistentTime" },
    });
  });

  it("refuses dates that do not exist", () => {
    expect(errorsOf({ ...valid, date: "2027-02-30" })).toEqual({ date: { key: "invalidDate" } });
  });

  it("needs the address of a venue typed in, and a language", () => {
    expect(
      errorsOf({
        ...valid,
        venueMode: "new",
        venueId: "",
        venueCity: "",
        venuePostalCode: "7521",
        spokenLanguages: [],
      }),
    ).toEqual({
      spokenLanguages: { key: "chooseLanguage" },
      venueName: { key: "required" },
      venueStreet: { key: "required" },
      venueCity: { key: "required" },
      venuePostalCode: { key: "postalCode" },
    });
  });

  it("needs a public note in both languages for a cancelled or postponed session", () => {
    const cancel = cancelFormSchema.safeParse({ version: "3", statusNoteEn: "Sorry." });
    expect(cancel.success ? {} : toFieldErrors(cancel.error)).toEqual({ statusNoteEs: { key: "noteRequired" } });
    expect(cancelFormSchema.safeParse({ version: "3", statusNoteEn: "a", statusNoteEs: "b" }).success).toBe(true);
  });

  it("needs at least one weekday for a recurring set", () => {
    const result = recurringFormSchema.safeParse({ ...valid, fromDate: "2027-01-28", weekdays: [] });
    expect(result.success ? {} : toFieldErrors(result.error)).toEqual({ weekdays: { key: "chooseWeekday" } });
  });

  it("reads a posted form: repeated checkboxes as lists, single ones as yes/no", () => {
    const formData = new FormData();
    formData.append("titleEs", "Reunión");
    formData.append("spokenLanguages", "es");
    formData.append("spokenLanguages", "en");
    formData.append("parkingAvailable", "on");
    formData.append("$ACTION_ID_abc", "");
    const values = formDataToValues(formData, MEETING_SHAPE);
    expect(values).toMatchObject({
      titleEs: "Reunión",
      spokenLanguages: ["es", "en"],
      parkingAvailable: true,
      wheelchairAccessible: false,
      interpretation: [],
    });
    expect(Object.keys(values).some((key) => key.startsWith("$ACTION"))).toBe(false);
  });

  it("needs an end date or a number of sessions when the set does not simply run to the series' end", () => {
    const set = { ...valid, fromDate: "2027-01-28", weekdays: ["4"] };
    const errorsOf = (extra: Record<string, string>) => {
      const result = recurringFormSchema.safeParse({ ...set, ...extra });
      return result.success ? {} : toFieldErrors(result.error);
    };
    expect(errorsOf({})).toEqual({});
    expect(errorsOf({ endMode: "date" })).toEqual({ untilDate: { key: "required" } });
    expect(errorsOf({ endMode: "date", untilDate: "2027-01-27" })).toEqual({
      untilDate: { key: "lastDayBeforeFirst" },
    });
    expect(errorsOf({ endMode: "date", untilDate: "2027-02-30" })).toEqual({ untilDate: { key: "invalidDate" } });
    expect(errorsOf({ endMode: "count" })).toEqual({ sessionCount: { key: "required" } });
    for (const count of ["0", "-1", "2.5", "201", "many"])
      expect(errorsOf({ endMode: "count", sessionCount: count })).toEqual({ sessionCount: { key: "tooManySessions" } });
    expect(errorsOf({ endMode: "count", sessionCount: "4" })).toEqual({});
    expect(errorsOf({ endMode: "forever" })).toEqual({ endMode: { key: "chooseEnd" } });
  });
});
