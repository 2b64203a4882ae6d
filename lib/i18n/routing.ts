import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from "./locales";

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
  pathnames: {
    "/": "/",
    "/meetings/[slug]": { en: "/meetings/[slug]", es: "/reuniones/[slug]" },
    "/archive": { en: "/archive", es: "/archivo" },
    "/what-to-know": { en: "/what-to-know", es: "/que-saber" },
    // Staff area: the same paths in both languages.
    "/admin": "/admin",
    "/admin/login": "/admin/login",
    "/admin/account": "/admin/account",
    "/admin/meetings/new": "/admin/meetings/new",
    "/admin/meetings/recurring": "/admin/meetings/recurring",
    "/admin/meetings/[id]": "/admin/meetings/[id]",
    "/admin/venues": "/admin/venues",
    "/admin/venues/new": "/admin/venues/new",
    "/admin/venues/[id]": "/admin/venues/[id]",
    "/admin/series": "/admin/series",
    "/admin/series/new": "/admin/series/new",
    "/admin/series/[id]": "/admin/series/[id]",
    "/admin/staff": "/admin/staff",
    "/admin/audit": "/admin/audit",
  },
});

export type AppPathname = keyof typeof routing.pathnames;
