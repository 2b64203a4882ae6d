import type { Locale } from "@/lib/i18n/locales";
import { MEETING_TIME_ZONE, zonedDateKey } from "./central-time";

/**
 * The one place that turns instants into words. Everything is shown in the
 * meeting time zone, never the server's or the visitor's.
 */

const INTL_LOCALE: Record<Locale, string> = { en: "en-US", es: "es" };

// The 1–12 clock in both languages. `hour12: true` is not enough: for Spanish,
// ICU resolves it to the 0–11 cycle (h11) and writes half past noon as
// "0:30 p. m.", which residents read as half past midnight.
const CLOCK = { hourCycle: "h12" } as const;

// The separator ICU puts between the two ends of a time range.
const RANGE_DASH = "\u2009–\u2009";

const dayFormatters = new Map<Locale, Intl.DateTimeFormat>();
const timeFormatters = new Map<Locale, Intl.DateTimeFormat>();

function dayFormatter(locale: Locale): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      weekday: "long",
      day: "numeric",
      month: "long",
      timeZone: MEETING_TIME_ZONE,
    });
    dayFormatters.set(locale, formatter);
  }
  return formatter;
}

function timeFormatter(locale: Locale): Intl.DateTimeFormat {
  let formatter = timeFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      hour: "numeric",
      minute: "2-digit",
      ...CLOCK,
      timeZone: MEETING_TIME_ZONE,
    });
    timeFormatters.set(locale, formatter);
  }
  return formatter;
}

/** "Thursday, January 28" / "jueves 28 de enero" (Spanish writes no comma). */
export function formatMeetingDay(instant: Date, locale: Locale): string {
  const text = dayFormatter(locale).format(instant);
  return locale === "es" ? text.replace(", ", " ") : text;
}

/** "6:00 PM" / "6:00 p. m." */
export function formatTime(instant: Date, locale: Locale): string {
  return timeFormatter(locale).format(instant);
}

/**
 * "6:00 – 7:30 PM" / "6:00 – 7:30 p. m.". A range that ends after midnight
 * is written as two times ("11:30 PM – 12:30 AM"): ICU would repeat both
 * dates, and the day is already written beside it.
 */
export function formatTimeRange(start: Date, end: Date, locale: Locale): string {
  if (zonedDateKey(start) !== zonedDateKey(end)) {
    return `${formatTime(start, locale)}${RANGE_DASH}${formatTime(end, locale)}`;
  }
  return timeFormatter(locale).formatRange(start, end);
}

/** "jueves 28 de enero · 6:00 – 7:30 p. m." */
export function formatMeetingWhen(start: Date, end: Date, locale: Locale): string {
  return `${formatMeetingDay(start, locale)} · ${formatTimeRange(start, end, locale)}`;
}

/** "jueves 28 de enero · 6:00 p. m.": a start with no end, e.g. a postponed session's original time. */
export function formatMeetingStart(start: Date, locale: Locale): string {
  return `${formatMeetingDay(start, locale)} · ${formatTime(start, locale)}`;
}

/** A calendar date key ("2027-02-20") as "February 20, 2027" / "20 de febrero de 2027". */
export function formatDateKey(dateKey: string, locale: Locale, withYear = true): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: "numeric",
    month: "long",
    ...(withYear ? { year: "numeric" } : {}),
    timeZone: "UTC",
  }).format(new Date(`${dateKey}T12:00:00Z`));
}

/** A calendar date key as "Jan 28" / "28 ene": the short label of a chart's axis. */
export function formatShortDateKey(dateKey: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "short", timeZone: "UTC" }).format(
    new Date(`${dateKey}T12:00:00Z`),
  );
}

/** "Jan 28, 2027" / "28 ene 2027": the day a meeting started, in Dallas, for a table. */
export function formatMediumDay(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeZone: MEETING_TIME_ZONE }).format(
    instant,
  );
}

/** "Jan 28, 2027, 6:05 PM" / "28 ene 2027, 6:05 p. m.": a moment in Dallas time, for logs. */
export function formatInstant(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    ...CLOCK,
    timeZone: MEETING_TIME_ZONE,
  }).format(instant);
}

/**
 * A moment kept only to the hour, in Dallas time: "Dec 6, 2026" and "6 PM" /
 * "6 dic 2026" and "6 p. m.", with the hour as the clock shows it (1–12),
 * for the words around it (Spanish says "la 1" but "las 6").
 */
export function formatToTheHour(instant: Date, locale: Locale): { date: string; hour: string; clockHour: number } {
  const date = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "medium",
    timeZone: MEETING_TIME_ZONE,
  }).format(instant);
  const hourFormat = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    hour: "numeric",
    ...CLOCK,
    timeZone: MEETING_TIME_ZONE,
  });
  const clockHour = Number(hourFormat.formatToParts(instant).find((part) => part.type === "hour")?.value);
  return { date, hour: hourFormat.format(instant), clockHour };
}

/** An hour of the day (0–23) as a clock time, "8:00 AM" / "8:00 a. m.": a daily digest's hour, in Central time by definition. */
export function formatClockHour(hour: number, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    hour: "numeric",
    minute: "2-digit",
    ...CLOCK,
    timeZone: "UTC",
  }).format(new Date(Date.UTC(2000, 0, 1, hour)));
}
