import type { Locale } from "@/lib/i18n/locales";

/**
 * A staff page of this site to go back to after signing in again (from the
 * sign-in page's `next`, or the Referer of a form posted after the session
 * ended), or null. Only the path and query are kept, and only under
 * `/<locale>/admin`, never the sign-in page itself: nothing else can be
 * made a destination.
 */
export function safeReturnPath(value: unknown, locale: Locale): string | null {
  if (typeof value !== "string" || !value) return null;
  let url: URL;
  try {
    url = new URL(value, "http://return-path.invalid");
  } catch {
    return null;
  }
  const area = `/${locale}/admin`;
  if (url.pathname !== area && !url.pathname.startsWith(`${area}/`)) return null;
  if (url.pathname === `${area}/login` || url.pathname.startsWith(`${area}/login/`)) return null;
  return `${url.pathname}${url.search}`;
}
