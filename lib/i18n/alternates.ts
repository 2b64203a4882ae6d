import type { Metadata } from "next";
import { absoluteUrl } from "@/lib/env";
import { SUPPORTED_LOCALES, DEFAULT_LOCALE, type Locale } from "./locales";
import { pagePath, type PageHref } from "./paths";

/**
 * Canonical URL and hreflang alternates (en, es, x-default) for a page.
 * x-default points at the negotiating root for the home page and at the
 * default language elsewhere.
 */
export function pageAlternates(href: PageHref, locale: Locale): Metadata["alternates"] {
  const languages: Record<string, string> = {};
  for (const candidate of SUPPORTED_LOCALES) {
    languages[candidate] = absoluteUrl(pagePath(href, candidate));
  }
  languages["x-default"] = href === "/" ? absoluteUrl("/") : absoluteUrl(pagePath(href, DEFAULT_LOCALE));
  return { canonical: absoluteUrl(pagePath(href, locale)), languages };
}
