import { addDaysToDateKey } from "@/lib/time/central-time";
import type { RecurringInput } from "./schema";

function weekdayOf(date: string): string {
  return String(new Date(`${date}T12:00:00Z`).getUTCDay());
}

type RecurrenceRule = Pick<RecurringInput, "fromDate" | "weekdays" | "endMode" | "untilDate" | "sessionCount">;

/** The last day the set may reach: the chosen end date, never past the series' last day. */
export function lastDayOf(rule: RecurrenceRule, seriesEndDate: string): string {
  return rule.endMode === "date" && rule.untilDate < seriesEndDate ? rule.untilDate : seriesEndDate;
}

/**
 * The dates of a recurring set: each chosen weekday from `fromDate`, up to
 * the set's last day, and (when a number was chosen) no more than that many.
 */
export function recurringDates(rule: RecurrenceRule, seriesEndDate: string): string[] {
  const limit = rule.endMode === "count" ? Number(rule.sessionCount) : Number.POSITIVE_INFINITY;
  const last = lastDayOf(rule, seriesEndDate);
  const dates: string[] = [];
  for (let date = rule.fromDate; date <= last && dates.length < limit; date = addDaysToDateKey(date, 1)) {
    if (rule.weekdays.includes(weekdayOf(date) as RecurringInput["weekdays"][number])) dates.push(date);
  }
  return dates;
}
