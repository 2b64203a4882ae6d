import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { publicTarget, redirectTo, serveFromCache } from "@/lib/cache/serve-cached";
import { FORM_BODY_LIMIT_BYTES } from "@/lib/http/body-limit";
import { REQUEST_PATH_HEADER } from "@/lib/i18n/request-path-header";
import { routing } from "@/lib/i18n/routing";
import { meetingExists } from "@/lib/meetings/meeting-exists";
import { createNonce, pageContentSecurityPolicy } from "@/lib/security/content-security-policy";
import { partnerExists } from "@/lib/venues/partner-exists";

const intl = createMiddleware(routing);

const FILE_ROUTE = /^\/(ics|feeds|embed)\//;
const MEETING_PAGE = /^\/(en|es)\/(?:meetings|reuniones)\/([^/]+)\/?$/;
const PARTNER_PAGE = /^\/(en|es)\/(?:partners|socios)\/([^/]+)\/?$/;

/** The page's locale and whether its slug is unknown; null for other pages. */
async function missingPage(pathname: string): Promise<string | null> {
  for (const [pattern, exists] of [[MEETING_PAGE, meetingExists], [PARTNER_PAGE, partnerExists]] as const) {
    const match = pattern.exec(pathname);
    // A database hiccup lets the page itself answer.
    if (match) return (await exists(decodeURIComponent(match[2]!)).catch(() => true)) ? null : match[1]!;
  }
  return null;
}

/**
 * Every request for a page or feed passes here.
 * - A form post bigger than any form of ours is refused at once (413).
 * - Residents' pages and feeds are answered from the in-process cache
 *   (lib/cache/serve-cached.ts); a miss comes back through here to render.
 *   A link whose filters cannot show anything is sent to the page without
 *   them (lib/cache/canonical-query.ts).
 * - Otherwise: locale routing and a nonce-based policy, plus one detour: a
 *   meeting or partner page whose slug does not exist is rewritten to an
 *   unmatched path, because Next.js 16 renders the 404 of an unmatched path
 *   on the server but draws a page's notFound() only after hydration
 *   (vercel/next.js#62228) — a blank page without JavaScript.
 */
export default async function proxy(request: NextRequest) {
  // Form posts (server actions) are small: refuse a big one before anything
  // reads it. Next.js would stop it too, but only as a 500 error page.
  if (Number(request.headers.get("content-length") ?? 0) > FORM_BODY_LIMIT_BYTES) {
    return new NextResponse(null, { status: 413 });
  }
  const { pathname } = request.nextUrl;
  const target = await publicTarget(request);
  if (target && "redirect" in target) return redirectTo(request, target.redirect);
  if (target) return serveFromCache(request, target.key);
  if (FILE_ROUTE.test(pathname)) return NextResponse.next();

  // The policy goes on the request too: Next.js reads the nonce from there
  // and puts it on every script tag it renders.
  const csp = pageContentSecurityPolicy(createNonce(), { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  // The language switch is built on the server from the path asked for.
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);

  const locale = await missingPage(request.nextUrl.pathname);
  let response: NextResponse;
  if (locale) {
    headers.set("x-next-intl-locale", locale);
    response = NextResponse.rewrite(new URL(`/${locale}/__missing-page`, request.url), { request: { headers } });
  } else {
    response = intl(new NextRequest(request, { headers }));
  }
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages, plus the calendar, feed and widget routes for the cache; not
  // API, image, QR or flyer routes, Next internals, or other files.
  matcher: ["/((?!api|ics|feeds/|embed/|og/|qr/|flyer/|_next|_vercel|.*\\..*).*)", "/(ics|feeds|embed)/:path*"],
};
