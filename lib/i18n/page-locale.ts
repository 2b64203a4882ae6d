import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./locales";

/**
 * The `[locale]` param of a page or layout, narrowed to a language the site
 * speaks instead of cast. app/[locale]/layout.tsx answers 404 for any other
 * (next-intl's documented check), but Next.js renders a page beside its
 * layouts, not after them, so each one checks for itself.
 */
export async function localeParam(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
