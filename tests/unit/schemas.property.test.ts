import fc from "fast-check";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { toFieldErrors } from "@/lib/forms/form-state";
import { EMPTY_MEETING_VALUES, LIMITS, meetingFormSchema } from "@/lib/meetings/schema";
import { seriesInputSchema } from "@/lib/series/schema";
import { newStaffSchema } from "@/lib/staff/schema";
import { venueInputSchema } from "@/lib/venues/schema";

// Any value a form post could carry for a field: text of any shape, lists, nothing.
const anyValue = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.constant(undefined),
  fc.boolean(),
);
const anyForm = (keys: string[]) => fc.dictionary(fc.constantFrom(...keys), anyValue);

const MEETING_KEYS = Object.keys(EMPTY_MEETING_VALUES);

const pad = (value: number) => String(value).padStart(2, "0");
const validMeeting = fc
  .record({
    day: fc.integer({ min: 1, max: 28 }),
    startHour: fc.integer({ min: 8, max: 19 }),
    minutes: fc.integer({ min: 15, max: 180 }),
    titleEn: fc.string({ minLength: 1, maxLength: LIMITS.title }).filter((text) => text.trim().length > 0),
    titleEs: fc.string({ minLength: 1, maxLength: LIMITS.title }).filter((text) => text.trim().length > 0),
  })
  .map(({ day, startHour, minutes, titleEn, titleEs }) => {
    const end = startHour * 60 + minutes;
    return {
      ...EMPTY_MEETING_VALUES,
      seriesId: "series-1",
      venueId: "venue-1",
      date: `2027-01-${pad(day)}`,
      startTime: `${pad(startHour)}:00`,
      endTime: `${pad(Math.floor(end / 60))}:${pad(end % 60)}`,
      titleEn,
      titleEs,
      descriptionEn: "About.",
      descriptionEs: "De qué trata.",
      hostName: "Lt. Ana Ramírez",
    };
  });

describe("staff form schemas (property-based)", () => {
  it("the meeting schema never throws, and every error it reports has a translated message", () => {
    fc.assert(
      fc.property(anyForm(MEETING_KEYS), (form) => {
        const result = meetingFormSchema.safeParse(form);
        if (result.success) return;
        for (const error of Object.values(toFieldErrors(result.error))) {
          expect(Object.keys(en.Validation)).toContain(error!.key);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("accepts every well-formed meeting and keeps the titles as typed (trimmed)", () => {
    fc.assert(
      fc.property(validMeeting, (form) => {
        const result = meetingFormSchema.safeParse(form);
        expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
        expect(result.data?.titleEs).toBe(form.titleEs.trim());
      }),
      { numRuns: 300 },
    );
  });

  it("refuses any title longer than the limit, whatever it contains", () => {
    fc.assert(
      fc.property(
        validMeeting,
        fc.string({ minLength: LIMITS.title + 1, maxLength: LIMITS.title + 50 }),
        (form, long) => {
          fc.pre(long.trim().length > LIMITS.title);
          const result = meetingFormSchema.safeParse({ ...form, titleEs: long });
          expect(result.success).toBe(false);
          expect(toFieldErrors(result.error!).titleEs?.key).toBe("tooLong");
        },
      ),
      { numRuns: 200 },
    );
  });

  it("the venue, series and staff schemas never throw on any form post", () => {
    const schemas = [
      [
        venueInputSchema,
        [
          "name",
          "kind",
          "street",
          "city",
          "region",
          "postalCode",
          "neighborhood",
          "policeDivision",
          "latitude",
          "longitude",
          "isPartner",
          "contactEmail",
        ],
      ],
      [seriesInputSchema, ["organizer", "startsOn", "endsOn", "titleEn", "titleEs", "descriptionEn", "descriptionEs"]],
      [newStaffSchema, ["name", "email", "role", "password"]],
    ] as const;
    for (const [schema, keys] of schemas) {
      fc.assert(
        fc.property(anyForm([...keys]), (form) => void expect(() => schema.safeParse(form)).not.toThrow()),
        { numRuns: 300 },
      );
    }
  });
});
