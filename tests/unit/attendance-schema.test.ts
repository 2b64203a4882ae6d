import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ARRANGEABLE_LANGUAGES, interpreterMarkSchema, TAP_CHOICES, tapSchema } from "@/lib/attendance/schema";
import { tallyDay, tallyKey } from "@/lib/attendance/tally-key";
import { INTERPRETATION_LANGUAGES } from "@/lib/meetings/schema";
import { ALL_TEXT_INPUTS, ID_INPUTS, LONG_INPUTS, LOCALE_INPUTS } from "@/tests/support/hostile-inputs";

const HOSTILE = [
  ...ALL_TEXT_INPUTS,
  ...ID_INPUTS,
  ...LONG_INPUTS,
  ...LOCALE_INPUTS,
  "",
  "PLAN",
  " plan",
  "plan ",
  "en",
  "es",
  null,
  ["plan"],
  { tap: "plan" },
];

describe("the meeting page's tap", () => {
  it("takes only the listed choices", () => {
    for (const tap of TAP_CHOICES) expect(tapSchema.parse({ tap })).toEqual({ tap });
    for (const tap of HOSTILE) expect(tapSchema.safeParse({ tap }).success, JSON.stringify(tap)).toBe(false);
    expect(tapSchema.safeParse({}).success).toBe(false);
    expect(tapSchema.safeParse({ tap: 1 }).success).toBe(false);
  });
});

describe("the staff's interpreter mark", () => {
  it("takes a named language the meeting form also knows, yes or no, and a version", () => {
    for (const language of ARRANGEABLE_LANGUAGES) {
      expect((INTERPRETATION_LANGUAGES as readonly string[]).includes(language)).toBe(true);
      expect(interpreterMarkSchema.parse({ language, arranged: "yes", version: "3" })).toEqual({
        language,
        arranged: true,
        version: 3,
      });
    }
    expect(interpreterMarkSchema.parse({ language: "vi", arranged: "no", version: "1" }).arranged).toBe(false);
  });

  it("refuses the hostile corpus in every field, and a language that names none", () => {
    const base = { language: "vi", arranged: "yes", version: "1" };
    for (const value of HOSTILE) {
      for (const field of ["language", "arranged", "version"] as const) {
        expect(
          interpreterMarkSchema.safeParse({ ...base, [field]: value }).success,
          `${field}=${JSON.stringify(value)}`,
        ).toBe(false);
      }
    }
    expect(interpreterMarkSchema.safeParse({ ...base, language: "other" }).success).toBe(false);
    expect(interpreterMarkSchema.safeParse({ ...base, version: "0" }).success).toBe(false);
  });
});

describe("the tally key", () => {
  const parts = {
    day: "2027-01-10",
    meetingId: "cm0meeting",
    kind: "PLAN_TO_COME",
    language: "",
    address: "198.51.100.23",
  };

  it("is the same for the same tap and differs when any part does", () => {
    expect(tallyKey(parts)).toBe(tallyKey({ ...parts }));
    expect(tallyKey(parts)).toMatch(/^[0-9a-f]{64}$/);
    for (const change of [
      { day: "2027-01-11" },
      { meetingId: "cm0other" },
      { kind: "INTERPRETATION", language: "vi" },
      { address: "198.51.100.24" },
    ]) {
      expect(tallyKey({ ...parts, ...change })).not.toBe(tallyKey(parts));
    }
  });

  it("is not a plain hash of the address or of the tap", () => {
    const plain = [parts.address, Object.values(parts).join("\n")].map((text) =>
      createHash("sha256").update(text).digest("hex"),
    );
    expect(plain).not.toContain(tallyKey(parts));
  });

  it("counts by the Dallas day: 6 PM (when the UTC day turns) is still the same day, midnight in Dallas is the next", () => {
    // Winter (CST, UTC−6): 5:59 PM and 6:00 PM, then 11:59 PM and midnight.
    expect(tallyDay(new Date("2027-01-10T23:59:59Z"))).toBe("2027-01-10");
    expect(tallyDay(new Date("2027-01-11T00:00:00Z"))).toBe("2027-01-10");
    expect(tallyDay(new Date("2027-01-11T05:59:59Z"))).toBe("2027-01-10");
    expect(tallyDay(new Date("2027-01-11T06:00:00Z"))).toBe("2027-01-11");
    // Summer (CDT, UTC−5): the UTC day turns at 7 PM.
    expect(tallyDay(new Date("2027-07-01T00:30:00Z"))).toBe("2027-06-30");
    expect(tallyDay(new Date("2027-07-01T05:00:00Z"))).toBe("2027-07-01");
  });
});
