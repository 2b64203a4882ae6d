import { describe, expect, it } from "vitest";
import {
  addDaysToDateKey,
  instantToZonedParts,
  isDateKey,
  zonedDateKey,
  zonedDateTimeToInstant,
} from "@/lib/time/central-time";

// These run with TZ=Asia/Tokyo (see vitest.config.ts): results must not
// depend on the machine's own zone.
describe("Central time conversion", () => {
  it("turns a Dallas winter evening into the right UTC instant (CST, UTC-6)", () => {
    const result = zonedDateTimeToInstant("2027-01-28", "18:00");
    expect(result).toEqual({ ok: true, instant: new Date("2027-01-29T00:00:00Z") });
  });

  it("uses daylight time (CDT, UTC-5) in summer", () => {
    const result = zonedDateTimeToInstant("2027-07-04", "09:30");
    expect(result).toEqual({ ok: true, instant: new Date("2027-07-04T14:30:00Z") });
  });

  it("refuses a time skipped by the spring-forward change", () => {
    expect(zonedDateTimeToInstant("2027-03-14", "02:30")).toEqual({ ok: false, reason: "nonexistent-time" });
    expect(zonedDateTimeToInstant("2027-03-14", "03:00").ok).toBe(true);
  });

  it("takes the first (daylight) occurrence of the repeated autumn hour", () => {
    expect(zonedDateTimeToInstant("2027-11-07", "01:30")).toEqual({
      ok: true,
      instant: new Date("2027-11-07T06:30:00Z"),
    });
  });

  it("refuses impossible dates and malformed times", () => {
    expect(zonedDateTimeToInstant("2027-02-30", "10:00")).toEqual({ ok: false, reason: "invalid-date" });
    expect(zonedDateTimeToInstant("27-1-5", "10:00")).toEqual({ ok: false, reason: "invalid-date" });
    expect(zonedDateTimeToInstant("2027-01-05", "24:00")).toEqual({ ok: false, reason: "invalid-time" });
    expect(zonedDateTimeToInstant("2027-01-05", "6pm")).toEqual({ ok: false, reason: "invalid-time" });
  });

  it("accepts only real dates in years staff can mean (no year 0, none past 2999)", () => {
    expect(["2027-01-05", "2028-02-29", "1900-01-01", "2999-12-31"].filter(isDateKey)).toHaveLength(4);
    for (const date of [
      "0000-01-01",
      "0099-06-01",
      "1899-12-31",
      "3000-01-01",
      "9999-12-31",
      "2027-02-29",
      "2026-02-30",
      "2027-1-5",
      " 2027-01-05",
    ]) {
      expect(isDateKey(date), date).toBe(false);
      expect(zonedDateTimeToInstant(date, "10:00"), date).toEqual({ ok: false, reason: "invalid-date" });
    }
  });

  it("reads an instant back as Dallas wall-clock date and time", () => {
    expect(instantToZonedParts(new Date("2027-01-29T00:00:00Z"))).toEqual({ date: "2027-01-28", time: "18:00" });
    // 11 PM on Jan 28 in Dallas is already Jan 29 in UTC and in Tokyo.
    expect(zonedDateKey(new Date("2027-01-29T05:00:00Z"))).toBe("2027-01-28");
  });

  it("adds days across month, year and DST boundaries", () => {
    expect(addDaysToDateKey("2027-01-31", 1)).toBe("2027-02-01");
    expect(addDaysToDateKey("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDaysToDateKey("2027-03-13", 2)).toBe("2027-03-15");
    expect(addDaysToDateKey("2027-03-01", -1)).toBe("2027-02-28");
  });
});
