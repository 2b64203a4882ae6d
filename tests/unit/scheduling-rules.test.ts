import { describe, expect, it } from "vitest";
import { instantsOf, pastError, seriesWindowError } from "@/lib/meetings/scheduling";

const at = (iso: string) => new Date(iso);

describe("scheduling rules", () => {
  it("turn Dallas wall-clock times into instants, and refuse a time in the spring-forward gap", () => {
    expect(instantsOf("2027-01-28", "18:00", "19:30")).toEqual({
      startsAt: at("2027-01-29T00:00:00Z"),
      endsAt: at("2027-01-29T01:30:00Z"),
    });
    // Summer time: UTC−5.
    expect(instantsOf("2027-07-01", "18:00", "19:30")).toEqual({
      startsAt: at("2027-07-01T23:00:00Z"),
      endsAt: at("2027-07-02T00:30:00Z"),
    });
    // 14 March 2027: 02:00 to 03:00 does not exist in Dallas.
    expect(instantsOf("2027-03-14", "02:30", "04:00")).toBeNull();
    expect(instantsOf("2027-03-14", "01:30", "02:15")).toBeNull();
  });

  it("keep a session inside its series, first and last day included", () => {
    const series = { startDate: "2027-01-01", endDate: "2027-02-20" };
    expect(seriesWindowError("2027-01-01", series)).toBeNull();
    expect(seriesWindowError("2027-02-20", series)).toBeNull();
    expect(seriesWindowError("2026-12-31", series)).toEqual({ key: "outsideSeries", values: series });
    expect(seriesWindowError("2027-02-21", series)).toEqual({ key: "outsideSeries", values: series });
  });

  it("refuse a session that has already started", () => {
    const now = at("2027-01-10T18:00:00Z");
    expect(pastError(at("2027-01-10T18:00:00Z"), now)).toEqual({ key: "inPast" });
    expect(pastError(at("2027-01-10T18:00:01Z"), now)).toBeNull();
  });
});
