import { pathnames } from "@/lib/i18n/pathnames";
import { type Locale, safeLocale, SUPPORTED_LOCALES } from "@/lib/i18n/locales";
import { type AppPathname, pagePath } from "@/lib/i18n/paths";
import { isSlug } from "@/lib/text/slug";

/**
 * The residents' routes, as the boundary (boundary.ts) knows them: every
 * page of the route table (next-intl `pathnames`, staff area excepted) in
 * each language, and the calendar, feed and widget files. A request is
 * matched after its path is decoded and normalized, so each resource has
 * exactly one spelling, which is also its cache key.
 */

/** A page Next.js renders from the route table, or a route handler's HTML (the widget), calendar or feed. */
export type Body = "page" | "html" | "calendar" | "rss";
export type PublicRoute = {
  /** Its entry in the route table ("/", "/meetings/[slug]"), or the file route ("ics/[locale]/[slug]"). */
  name: string;
  /** The canonical path, percent-encoded as the app writes it. */
  path: string;
  locale: Locale;
  body: Body;
  /** A page with a form that posts back to it. */
  takesPosts: boolean;
  /** The meeting's, place's or series' slug in the path (without a file's extension), or null. */
  slug: string | null;
};
export type RouteMatch = PublicRoute | { redirect: string } | null;

// The staff area: the route table's pages under "/admin", which the boundary hands to Next.js as they are.
const STAFF_AREA = "/admin" satisfies AppPathname;
const PAGES_WITH_FORMS = new Set(["/meetings/[slug]", "/what-to-know", "/request-a-session"]);

type Template = { name: string; segments: string[]; body: Body; takesPosts: boolean; locale: Locale };

// The file routes under app/ics, app/feeds and app/embed; `[slug].ics` is a slug with that extension.
const FILES: [string, Body][] = [
  ["ics/[locale]/[slug]", "calendar"],
  ["ics/[locale]/series/[slug].ics", "calendar"],
  ["ics/[locale]/venue/[slug].ics", "calendar"],
  ["feeds/[locale]/upcoming.xml", "rss"],
  ["embed/[locale]", "html"],
  ["embed/[locale]/venue/[slug]", "html"],
];

/** The residents' pages of one language with their words in `spelledIn`, then (in their own language) its files. */
function templates(locale: Locale, spelledIn: Locale): Template[] {
  const pages = Object.entries(pathnames)
    .filter(([name]) => !name.startsWith(STAFF_AREA))
    .map(([name, localized]): [string, string, Body] => {
      const path = typeof localized === "string" ? localized : localized[spelledIn];
      return [name, `[locale]${path}`, "page"];
    });
  const files = spelledIn === locale ? FILES.map(([path, body]): [string, string, Body] => [path, path, body]) : [];
  return [...pages, ...files].map(([name, path, body]) => ({
    name,
    segments: path
      .split("/")
      .filter(Boolean)
      .map((part) => (part === "[locale]" ? locale : part)),
    body,
    takesPosts: PAGES_WITH_FORMS.has(name),
    locale,
  }));
}

const OWN = SUPPORTED_LOCALES.flatMap((locale) => templates(locale, locale));
// A page's path in another language under this language's prefix (/es/what-to-know): sent to this language's spelling.
const OTHERS = SUPPORTED_LOCALES.flatMap((locale) =>
  SUPPORTED_LOCALES.filter((other) => other !== locale).flatMap((other) =>
    templates(locale, other).map((template, index) => [template, templates(locale, locale)[index]!] as const),
  ),
);

/**
 * The path's segments once decoded, with `.` and `..` resolved and empty
 * segments dropped; null when it cannot be decoded (a malformed or overlong
 * percent-encoding).
 */
export function pathSegments(rawPath: string): string[] | null {
  const segments: string[] = [];
  for (const raw of rawPath.split("/")) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments;
}

/** The filled-in segments and the slug when they fit the template: fixed parts in any case, slugs as they are. */
function fill(template: Template, segments: string[]): { filled: string[]; slug: string | null } | null {
  if (segments.length !== template.segments.length) return null;
  const filled: string[] = [];
  let slugValue: string | null = null;
  for (const [index, part] of template.segments.entries()) {
    const given = segments[index]!;
    const slug = /^\[slug\](.*)$/.exec(part);
    if (!slug) {
      if (given.toLowerCase() !== part) return null;
      filled.push(part);
      continue;
    }
    const extension = slug[1]!;
    if (!given.toLowerCase().endsWith(extension)) return null;
    const value = given.slice(0, given.length - extension.length);
    if (!isSlug(value)) return null;
    slugValue = value;
    filled.push(`${value}${extension}`);
  }
  return { filled, slug: slugValue };
}

const spell = (segments: string[]) => `/${segments.map(encodeURIComponent).join("/")}`;

/**
 * The residents' route a path names, or where a path that names one in
 * another spelling should go (case, percent-encoding, dot segments, a
 * trailing or doubled slash, the other language's words); null for every
 * other path.
 */
export function matchPublicRoute(rawPath: string): RouteMatch {
  const segments = pathSegments(rawPath);
  if (!segments) return null;
  for (const template of OWN) {
    const fit = fill(template, segments);
    if (!fit) continue;
    const path = spell(fit.filled);
    return path === rawPath ? { ...template, path, slug: fit.slug } : { redirect: path };
  }
  for (const [other, own] of OTHERS) {
    const fit = fill(other, segments);
    if (fit)
      return {
        redirect: spell(own.segments.map((part, index) => (part.startsWith("[slug]") ? fit.filled[index]! : part))),
      };
  }
  return null;
}

/**
 * The language of a path in the staff area ("/es/admin", "/en/admin/…"),
 * as it was sent; null for every other path.
 */
export function staffAreaLocale(rawPath: string): Locale | null {
  return (
    SUPPORTED_LOCALES.find((locale) => {
      const home = pagePath(STAFF_AREA, locale);
      return rawPath === home || rawPath.startsWith(`${home}/`);
    }) ?? null
  );
}

/** Where an unknown meeting or partner slug is sent (proxy.ts), and the not-found page's cache key: a path no page matches, so Next.js renders the locale's not-found page. */
export function missingPagePath(locale: Locale): string {
  return `/${locale}/__missing-page`;
}

/** The language a path is in by its first segment, for its not-found page. */
export function pathLocale(rawPath: string): Locale {
  return safeLocale(pathSegments(rawPath)?.[0]?.toLowerCase());
}
