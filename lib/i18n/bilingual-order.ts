import { SUPPORTED_LOCALES, type Locale } from "./locales";

/** The languages of a bilingual field pair, the page's own first: a Spanish-speaking editor writes the Spanish text first. */
export function bilingualOrder(pageLocale: Locale): Locale[] {
  return [pageLocale, ...SUPPORTED_LOCALES.filter((locale) => locale !== pageLocale)];
}
