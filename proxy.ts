import { getSessionCookie } from "better-auth/cookies";
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { SESSION_COOKIE_PREFIX } from "@/lib/auth/cookie-prefix";
import type { Locale } from "@/lib/i18n/locales";
import { pagePath } from "@/lib/i18n/paths";
import { REQUEST_PATH_HEADER } from "@/lib/i18n/request-path-header";
import { routing } from "@/lib/i18n/routing";
import { meetingExists } from "@/lib/meetings/meeting-exists";
import { createNonce, pageContentSecurityPolicy } from "@/lib/security/content-security-policy";
import { matchPublicRoute, missingPagePath, staffAreaLocale } from "@/lib/serving/routes";
import { partnerExists } from "@/lib/venues/partner-exists";

const intl = createMiddleware(routing);

// The pages of the route table whose slug may name nothing.
const SLUG_PAGES: Record<string, (slug: string) => Promise<boolean>> = {
  "/meetings/[slug]": meetingExists,
  "/partners/[slug]": partnerExists,
};

/** The page's locale when its slug is unknown; null for other pages. */
async function missingPage(pathname: string): Promise<Locale | null> {
  const route = matchPublicRoute(pathname);
  if (!route || "redirect" in route || !route.slug) return null;
  const exists = SLUG_PAGES[route.name];
  // A database hiccup lets the page itself answer.
  if (!exists || (await exists(route.slug).catch(() => true))) return null;
  return route.locale;
}

// The staff pages open to someone not signed in: signing in, and a forgotten password.
const OPEN_STAFF_PAGES = ["/admin/login", "/admin/forgot-password", "/admin/reset-password"] as const;

/** The language of a staff page that needs a session; null for every other path. */
function staffPageLocale(pathname: string): Locale | null {
  const locale = staffAreaLocale(pathname);
  return locale && !OPEN_STAFF_PAGES.some((page) => pathname === pagePath(page, locale)) ? locale : null;
}

/**
 * Next.js's middleware, for what reaches Next.js at all: the request
 * boundary (lib/serving/boundary.ts) has already answered residents'
 * pages from its cache, and its renders arrive here with a canonical URL.
 * - `/` picks a language from Accept-Language, so its redirect varies by it
 *   and is never stored.
 * - A staff page asked for without any session cookie goes straight to the
 *   sign-in page, without rendering the staff area first.
 * - Otherwise: locale routing and a nonce-based policy, plus one detour: a
 *   meeting or partner page whose slug does not exist is rewritten to an
 *   unmatched path, because Next.js 16 renders the 404 of an unmatched path
 *   on the server but draws a page's notFound() only after hydration
 *   (vercel/next.js#62228) — a blank page without JavaScript.
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const staffLocale = staffPageLocale(pathname);
  if (
    staffLocale &&
    (request.method === "GET" || request.method === "HEAD") &&
    !getSessionCookie(request, { cookiePrefix: SESSION_COOKIE_PREFIX })
  ) {
    // An absolute URL here; Next.js sends it as a relative Location (same host).
    return new NextResponse(null, {
      status: 307,
      headers: {
        location: new URL(pagePath("/admin/login", staffLocale), request.url).toString(),
        "cache-control": "private, no-store",
      },
    });
  }

  // The policy goes on the request too: Next.js reads the nonce from there
  // and puts it on every script tag it renders.
  const csp = pageContentSecurityPolicy(createNonce(), { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  // The language switch is built on the server from the path asked for.
  headers.set(REQUEST_PATH_HEADER, `${pathname}${request.nextUrl.search}`);

  const locale = await missingPage(pathname);
  let response: NextResponse;
  if (locale) {
    headers.set("x-next-intl-locale", locale);
    response = NextResponse.rewrite(new URL(missingPagePath(locale), request.url), { request: { headers } });
  } else {
    response = intl(new NextRequest(request, { headers }));
  }
  response.headers.set("Content-Security-Policy", csp);
  if (pathname === "/") {
    response.headers.set("Vary", "Accept-Language");
    response.headers.set("Cache-Control", "private, no-store");
  }
  return response;
}

export const config = {
  // Pages only: not API, image, QR, flyer, calendar, feed or widget routes,
  // Next internals, or other files.
  matcher: ["/((?!api|ics/|feeds/|embed/|og/|qr/|flyer/|_next|_vercel|.*\\..*).*)"],
};
