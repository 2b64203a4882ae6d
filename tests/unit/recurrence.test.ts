import { describe, expect, it } from "vitest";
import { lastDayOf, recurringDates } from "@/lib/meetings/recurrence";

// Thursdays ("4") and Saturdays ("6") from Thursday 7 January 2027; the series ends Saturday 30 January.
const SERIES_END = "2027-01-30";
const rule = { fromDate: "2027-01-07", weekdays: ["4", "6"] as ("4" | "6")[], untilDate: "", sessionCount: "" };

describe("a recurring set's dates", () => {
  it("run to the end of the series by default", () => {
    expect(recurringDates({ ...rule, endMode: "seriesEnd" }, SERIES_END)).toEqual([
      "2027-01-07",
      "2027-01-09",
      "2027-01-14",
      "2027-01-16",
      "2027-01-21",
      "2027-01-23",
      "2027-01-28",
      "2027-01-30",
    ]);
  });

  it("stop on the chosen last date, that day included", () => {
    expect(recurringDates({ ...rule, endMode: "date", untilDate: "2027-01-16" }, SERIES_END)).toEqual([
      "2027-01-07",
      "2027-01-09",
      "2027-01-14",
      "2027-01-16",
    ]);
    expect(recurringDates({ ...rule, endMode: "date", untilDate: "2027-01-15" }, SERIES_END)).toEqual([
      "2027-01-07",
      "2027-01-09",
      "2027-01-14",
    ]);
  });

  it("stop after the chosen number of sessions", () => {
    expect(recurringDates({ ...rule, endMode: "count", sessionCount: "3" }, SERIES_END)).toEqual([
      "2027-01-07",
      "2027-01-09",
      "2027-01-14",
    ]);
    expect(recurringDates({ ...rule, endMode: "count", sessionCount: "1" }, SERIES_END)).toEqual(["2027-01-07"]);
  });

  it("never pass the series' last day, whatever was chosen", () => {
    expect(recurringDates({ ...rule, endMode: "count", sessionCount: "50" }, SERIES_END)).toHaveLength(8);
    expect(lastDayOf({ ...rule, endMode: "date", untilDate: "2027-03-01" }, SERIES_END)).toBe(SERIES_END);
    expect(lastDayOf({ ...rule, endMode: "date", untilDate: "2027-01-20" }, SERIES_END)).toBe("2027-01-20");
    expect(lastDayOf({ ...rule, endMode: "count", sessionCount: "2" }, SERIES_END)).toBe(SERIES_END);
  });

  it("take the weekday in Dallas across the autumn clock change", () => {
    // Sunday 7 November 2027 is the day the clocks go back; the dates are calendar days, not instants.
    expect(
      recurringDates(
        { fromDate: "2027-11-01", weekdays: ["0"], endMode: "count", sessionCount: "2", untilDate: "" },
        "2027-12-31",
      ),
    ).toEqual(["2027-11-07", "2027-11-14"]);
  });
});
