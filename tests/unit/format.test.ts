import { describe, expect, it } from "vitest";
import {
  formatDateKey,
  formatInstant,
  formatMeetingDay,
  formatMeetingStart,
  formatMeetingWhen,
  formatTime,
  formatTimeRange,
  formatToTheHour,
} from "@/lib/time/format";

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

/**
 * Every half hour of a day, on both sides of each daylight-saving change in
 * Dallas. Instants are built from the fixed offsets (CST is UTC−6, CDT is
 * UTC−5), not from the module under test.
 */
const DAYS_AROUND_DST = [
  { day: "2027-03-13", utcOffset: -6, note: "the day before clocks spring forward" },
  { day: "2027-03-15", utcOffset: -5, note: "the day after clocks spring forward" },
  { day: "2027-11-06", utcOffset: -5, note: "the day before clocks fall back" },
  { day: "2027-11-08", utcOffset: -6, note: "the day after clocks fall back" },
] as const;

function dallasInstant(day: string, hour: number, minute: number, utcOffset: number): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date, hour - utcOffset, minute));
}

/** What a resident expects to read: the 1–12 clock, never hour 0. */
function expectedClock(hour: number, minute: number, locale: "en" | "es"): string {
  const twelveHour = hour % 12 === 0 ? 12 : hour % 12;
  const period = locale === "en" ? (hour < 12 ? "AM" : "PM") : hour < 12 ? "a. m." : "p. m.";
  return `${twelveHour}:${String(minute).padStart(2, "0")} ${period}`;
}

const plain = (text: string) => text.replace(/\s/g, " ");

describe("the 1–12 clock in both languages, every half hour", () => {
  for (const { day, utcOffset, note } of DAYS_AROUND_DST) {
    for (const locale of ["en", "es"] as const) {
      it(`writes each hour 0–23 at :00 and :30 on ${day} (${note}) in ${locale}`, () => {
        for (let hour = 0; hour < 24; hour++) {
          for (const minute of [0, 30]) {
            const instant = dallasInstant(day, hour, minute, utcOffset);
            const written = plain(formatTime(instant, locale));
            expect(written, `${hour}:${minute}`).toBe(expectedClock(hour, minute, locale));
            expect(written).not.toMatch(/^0:/);
            expect(plain(formatMeetingStart(instant, locale))).toMatch(
              new RegExp(` · ${expectedClock(hour, minute, locale)}$`),
            );
          }
        }
      });
    }
  }

  it("writes half past noon as 12:30, a range across noon, and the log's timestamp the same way", () => {
    const noon = dallasInstant("2026-12-10", 12, 30, -6);
    const oneThirty = dallasInstant("2026-12-10", 13, 30, -6);
    expect(plain(formatTime(noon, "es"))).toBe("12:30 p. m.");
    expect(plain(formatTimeRange(noon, oneThirty, "es"))).toBe("12:30 – 1:30 p. m.");
    expect(plain(formatTimeRange(noon, oneThirty, "en"))).toBe("12:30 – 1:30 PM");
    const lateMorning = dallasInstant("2026-12-10", 11, 30, -6);
    expect(plain(formatTimeRange(lateMorning, oneThirty, "es"))).toBe("11:30 a. m. – 1:30 p. m.");
    expect(plain(formatTimeRange(lateMorning, oneThirty, "en"))).toBe("11:30 AM – 1:30 PM");
    expect(plain(formatMeetingWhen(noon, oneThirty, "es"))).toBe("jueves 10 de diciembre · 12:30 – 1:30 p. m.");
    expect(plain(formatInstant(noon, "es"))).toBe("10 dic 2026, 12:30 p. m.");
    expect(plain(formatInstant(noon, "en"))).toBe("Dec 10, 2026, 12:30 PM");
  });

  it("writes a range across midnight as two times, with no dates repeated", () => {
    const lateEvening = dallasInstant("2026-12-10", 23, 30, -6);
    const afterMidnight = dallasInstant("2026-12-11", 0, 30, -6);
    expect(plain(formatTimeRange(lateEvening, afterMidnight, "es"))).toBe("11:30 p. m. – 12:30 a. m.");
    expect(plain(formatTimeRange(lateEvening, afterMidnight, "en"))).toBe("11:30 PM – 12:30 AM");
    expect(plain(formatMeetingWhen(lateEvening, afterMidnight, "en"))).toBe(
      "Thursday, December 10 · 11:30 PM – 12:30 AM",
    );
    expect(plain(formatInstant(afterMidnight, "es"))).toBe("11 dic 2026, 12:30 a. m.");
  });

  it("writes a range within the repeated hour when clocks fall back", () => {
    // 1:00 CDT to 1:30 CST on Nov 7, 2027: the clock reads 1 o'clock twice.
    const firstOne = new Date(Date.UTC(2027, 10, 7, 6, 0));
    const secondOneThirty = new Date(Date.UTC(2027, 10, 7, 7, 30));
    expect(plain(formatTime(firstOne, "es"))).toBe("1:00 a. m.");
    expect(plain(formatTime(secondOneThirty, "es"))).toBe("1:30 a. m.");
  });
});

describe("a moment known only to the hour (when a question was received)", () => {
  it("writes the day and the hour alone, in Dallas time, with the hour as the clock shows it", () => {
    const sixPm = dallasInstant("2026-12-06", 18, 0, -6);
    const en = formatToTheHour(sixPm, "en");
    const es = formatToTheHour(sixPm, "es");
    expect({ ...en, hour: plain(en.hour) }).toEqual({ date: "Dec 6, 2026", hour: "6 PM", clockHour: 6 });
    expect({ ...es, hour: plain(es.hour) }).toEqual({ date: "6 dic 2026", hour: "6 p. m.", clockHour: 6 });
  });

  it('counts noon and midnight as 12 and one o\'clock as 1 (Spanish says "la 1" but "las 12")', () => {
    expect(formatToTheHour(dallasInstant("2026-12-06", 12, 0, -6), "es").clockHour).toBe(12);
    expect(formatToTheHour(dallasInstant("2026-12-07", 0, 0, -6), "en").clockHour).toBe(12);
    const oneAm = formatToTheHour(dallasInstant("2026-12-07", 1, 0, -6), "es");
    expect({ ...oneAm, hour: plain(oneAm.hour) }).toEqual({ date: "7 dic 2026", hour: "1 a. m.", clockHour: 1 });
  });
});
