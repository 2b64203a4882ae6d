import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from "./locales";
import { pathnames } from "./pathnames";

/**
 * The single source of locales and localized paths. Slugs are the same in
 * every language, so a shared link can be switched without a lookup.
 */
export const routing = defineRouting({
  locales: SUPPORTED_LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
  // Residents are promised no cookies: "/" negotiates from Accept-Language
  // on every visit instead of remembering a choice.
  localeCookie: false,
  // hreflang alternates are rendered in each page's <head> instead.
  alternateLinks: false,
  pathnames,
});
