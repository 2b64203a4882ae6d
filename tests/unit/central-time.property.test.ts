import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysToDateKey, instantToZonedParts, zonedDateTimeToInstant } from "@/lib/time/central-time";

const pad = (value: number) => String(value).padStart(2, "0");
// From 2007, when the current US daylight-saving rules (second Sunday of
// March) began; earlier years changed clocks in April.
const dateKey = fc
  .date({ min: new Date("2007-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const wallTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${pad(h)}:${pad(m)}`);

describe("Central time conversion (property-based)", () => {
  it("round-trips every existing Dallas wall-clock time", () => {
    fc.assert(
      fc.property(dateKey, wallTime, (date, time) => {
        const result = zonedDateTimeToInstant(date, time);
        if (!result.ok) {
          // Only the spring-forward hour (2:00–2:59 on the second Sunday of March) may be refused.
          expect(result.reason).toBe("nonexistent-time");
          expect(time.startsWith("02:")).toBe(true);
          expect(date.slice(5, 7)).toBe("03");
          expect(new Date(`${date}T12:00:00Z`).getUTCDay()).toBe(0);
          expect(Number(date.slice(8, 10))).toBeGreaterThanOrEqual(8);
          expect(Number(date.slice(8, 10))).toBeLessThanOrEqual(14);
          return;
        }
        expect(instantToZonedParts(result.instant)).toEqual({ date, time });
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses exactly the spring-forward hour of the second Sunday in March", () => {
    expect(zonedDateTimeToInstant("2000-04-02", "02:30").ok).toBe(false);
    expect(zonedDateTimeToInstant("2027-03-14", "02:00").ok).toBe(false);
    expect(zonedDateTimeToInstant("2027-03-07", "02:00").ok).toBe(true);
  });

  it("places every instant 5 or 6 hours behind UTC", () => {
    fc.assert(
      fc.property(dateKey, wallTime, (date, time) => {
        const result = zonedDateTimeToInstant(date, time);
        if (!result.ok) return;
        const wallAsUtc = Date.parse(`${date}T${time}:00Z`);
        const offsetHours = (result.instant.getTime() - wallAsUtc) / 3_600_000;
        expect([5, 6]).toContain(offsetHours);
      }),
      { numRuns: 2000 },
    );
  });

  it("never accepts malformed input", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (date, time) => {
        const result = zonedDateTimeToInstant(date, time);
        if (result.ok) {
          expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(time).toMatch(/^\d{2}:\d{2}$/);
        }
      }),
    );
  });

  it("adding days and taking them away again gives the same date", () => {
    fc.assert(
      fc.property(dateKey, fc.integer({ min: -1000, max: 1000 }), (date, days) => {
        expect(addDaysToDateKey(addDaysToDateKey(date, days), -days)).toBe(date);
      }),
    );
  });
});
