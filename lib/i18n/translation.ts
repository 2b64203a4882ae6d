import type { Locale } from "./locales";

/** A row of a translations table: one language's text of a meeting, series, venue or statement. */
type Translated = { locale: string };

/**
 * The row in `locale`, or another language's when that one is missing: a
 * reader is shown the text in the other language rather than nothing.
 */
export function translationFor<T extends Translated>(rows: readonly T[], locale: Locale): T | undefined {
  return translationIn(rows, locale) ?? rows[0];
}

/**
 * The row in `locale` and no other: for staff forms and checks, which keep
 * each language's text apart (a missing Spanish text is an empty field, not
 * the English one).
 */
export function translationIn<T extends Translated>(rows: readonly T[], locale: Locale): T | undefined {
  return rows.find((row) => row.locale === locale);
}
