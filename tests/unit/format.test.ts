import { describe, expect, it } from "vitest";
import { formatDateKey, formatMeetingDay, formatMeetingWhen, formatTime, formatTimeRange } from "@/lib/time/format";

// 6:00–7:30 PM on Wednesday, Jan 27, 2027 in Dallas.
const start = new Date("2027-01-28T00:00:00Z");
const end = new Date("2027-01-28T01:30:00Z");

describe("meeting times in each language", () => {
  it("writes the day the way each language does, in Dallas time", () => {
    expect(formatMeetingDay(start, "en")).toBe("Wednesday, January 27");
    expect(formatMeetingDay(start, "es")).toBe("miércoles 27 de enero");
  });

  it("writes times with each language's AM/PM convention", () => {
    expect(formatTime(start, "en")).toBe("6:00 PM");
    expect(formatTime(start, "es").replace(/\s/g, " ")).toBe("6:00 p. m.");
  });

  it("writes a time range and the full line shown on the listing", () => {
    expect(formatTimeRange(start, end, "en").replace(/\s/g, " ")).toBe("6:00 – 7:30 PM");
    expect(formatMeetingWhen(start, end, "es").replace(/\s/g, " ")).toBe("miércoles 27 de enero · 6:00 – 7:30 p. m.");
  });

  it("writes a series end date", () => {
    expect(formatDateKey("2027-02-20", "en")).toBe("February 20, 2027");
    expect(formatDateKey("2027-02-20", "es", false)).toBe("20 de febrero");
  });
});
