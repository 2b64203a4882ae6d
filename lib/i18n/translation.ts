import { SUPPORTED_LOCALES, type Locale } from "./locales";

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

type TextField<T> = { [K in keyof T]: T[K] extends string | null ? K : never }[keyof T] & string;
type FormTexts<F extends string> = { [L in Locale as `${F}${Capitalize<L>}`]: string };

/**
 * One translated field as the staff forms name it, a value per language:
 * formTexts(rows, "title") → { titleEn, titleEs }, "" where a language has
 * no row or no text.
 */
export function formTexts<T extends Translated, F extends TextField<T>>(rows: readonly T[], field: F): FormTexts<F> {
  const value = (locale: Locale) => (translationIn(rows, locale)?.[field] as string | null | undefined) ?? "";
  return Object.fromEntries(
    SUPPORTED_LOCALES.map((locale) => [`${field}${locale[0]!.toUpperCase()}${locale.slice(1)}`, value(locale)]),
  ) as FormTexts<F>;
}
