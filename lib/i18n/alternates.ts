import type { Metadata } from "next";
import { absoluteUrl } from "@/lib/env";
import { SUPPORTED_LOCALES, DEFAULT_LOCALE, type Locale } from "./locales";
import { getPathname } from "./navigation";

type Href = Parameters<typeof getPathname>[0]["href"];

/** Localized path of a page, e.g. {pathname: "/meetings/[slug]", params} in "es" → "/es/reuniones/x". */
export function localizedPath(href: Href, locale: Locale): string {
  return getPathname({ href, locale });
}

/**
 * Canonical URL and hreflang alternates (en, es, x-default) for a page.
 * x-default points at the negotiating root for the home page and at the
 * default language elsewhere.
 */
export function pageAlternates(href: Href, locale: Locale): Metadata["alternates"] {
  const languages: Record<string, string> = {};
  for (const candidate of SUPPORTED_LOCALES) {
    languages[candidate] = absoluteUrl(localizedPath(href, candidate));
  }
  languages["x-default"] = href === "/" ? absoluteUrl("/") : absoluteUrl(localizedPath(href, DEFAULT_LOCALE));
  return { canonical: absoluteUrl(localizedPath(href, locale)), languages };
}
