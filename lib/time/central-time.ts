import { TZDate } from "@date-fns/tz";
import { formatISO } from "date-fns";

/** Every session is entered and shown in Dallas time, whatever the device. */
export const MEETING_TIME_ZONE = "America/Chicago";

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

// Years a staff member can mean. Outside them the date is a typo, and the
// tools break: PostgreSQL has no year 0, Prisma no year 10000, and Date.UTC
// reads years 0–99 as 1900–1999.
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

/** Whether `date` is a "YYYY-MM-DD" calendar date that exists, in the years we accept. */
export function isDateKey(date: string): boolean {
  const match = DATE_PATTERN.exec(date);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const calendarCheck = new Date(Date.UTC(year, month - 1, day));
  return calendarCheck.getUTCMonth() === month - 1 && calendarCheck.getUTCDate() === day;
}

export type LocalDateTimeResult =
  { ok: true; instant: Date } | { ok: false; reason: "invalid-date" | "invalid-time" | "nonexistent-time" };

/**
 * Turns a wall-clock date ("2027-01-14") and time ("18:30") in the meeting
 * time zone into a UTC instant. Times skipped by the spring-forward change
 * (e.g. 02:30 on the second Sunday of March) do not exist and are refused
 * rather than silently moved by an hour. In the repeated autumn hour the
 * earlier (daylight) instant is used.
 */
export function zonedDateTimeToInstant(
  date: string,
  time: string,
  timeZone: string = MEETING_TIME_ZONE,
): LocalDateTimeResult {
  if (!isDateKey(date)) return { ok: false, reason: "invalid-date" };
  const timeMatch = TIME_PATTERN.exec(time);
  if (!timeMatch) return { ok: false, reason: "invalid-time" };
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hours, minutes] = timeMatch.slice(1).map(Number) as [number, number];

  const zoned = new TZDate(year, month - 1, day, hours, minutes, 0, timeZone);
  if (zoned.getHours() !== hours || zoned.getMinutes() !== minutes) {
    return { ok: false, reason: "nonexistent-time" };
  }
  return { ok: true, instant: new Date(zoned.getTime()) };
}

/** Wall-clock parts of an instant in the meeting time zone, for forms. */
export function instantToZonedParts(
  instant: Date,
  timeZone: string = MEETING_TIME_ZONE,
): { date: string; time: string } {
  const zoned = new TZDate(instant.getTime(), timeZone);
  const pad = (value: number) => String(value).padStart(2, "0");
  return {
    date: `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`,
    time: `${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`,
  };
}

/**
 * An instant as ISO 8601 with the meeting zone's offset at that moment,
 * "2027-01-28T18:00:00-06:00" (or -05:00 in daylight time): what schema.org
 * dates should carry so search engines show Dallas time.
 */
export function toZonedIsoString(instant: Date, timeZone: string = MEETING_TIME_ZONE): string {
  return formatISO(new TZDate(instant.getTime(), timeZone));
}

/** The calendar date ("YYYY-MM-DD") of an instant in the meeting time zone. */
export function zonedDateKey(instant: Date, timeZone: string = MEETING_TIME_ZONE): string {
  return instantToZonedParts(instant, timeZone).date;
}

/** Adds whole days to a "YYYY-MM-DD" calendar date. */
export function addDaysToDateKey(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return shifted.toISOString().slice(0, 10);
}

/** A Date at UTC midnight for a "YYYY-MM-DD" key: how @db.Date columns are written. */
export function dateKeyToDbDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** The "YYYY-MM-DD" key of a @db.Date column value. */
export function dbDateToDateKey(value: Date): string {
  return value.toISOString().slice(0, 10);
}
