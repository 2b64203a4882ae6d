import type { Locale } from "./locales";
import { pathnames } from "./pathnames";

export type AppPathname = keyof typeof pathnames;

type Query = Record<string, string | number | undefined>;

/** A page of the site: a pathname, or a pathname with its params and query. */
export type PageHref = AppPathname | { pathname: AppPathname; params?: Record<string, string>; query?: Query };

/**
 * The localized path of a page: { pathname: "/meetings/[slug]", params: { slug: "x" } }
 * in "es" → "/es/reuniones/x". Plain string work, usable anywhere.
 */
export function pagePath(href: PageHref, locale: Locale): string {
  const { pathname, params = {}, query = {} } = typeof href === "string" ? { pathname: href } : href;
  const template = pathnames[pathname];
  let path: string = typeof template === "string" ? template : template[locale];
  for (const [name, value] of Object.entries(params)) path = path.replace(`[${name}]`, encodeURIComponent(value));
  const search = new URLSearchParams(
    Object.entries(query)
      .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
      .map(([key, value]) => [key, String(value)]),
  ).toString();
  return `/${locale}${path === "/" ? "" : path}${search ? `?${search}` : ""}`;
}
