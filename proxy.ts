import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/i18n/request-path-header";
import { routing } from "@/lib/i18n/routing";
import { meetingExists } from "@/lib/meetings/meeting-exists";
import { createNonce, pageContentSecurityPolicy } from "@/lib/security/content-security-policy";

const intl = createMiddleware(routing);

const MEETING_PAGE = /^\/(en|es)\/(?:meetings|reuniones)\/([^/]+)\/?$/;

/**
 * Locale routing, plus one detour: a meeting page whose slug does not exist
 * is rewritten to an unmatched path, because Next.js 16 renders the 404 of
 * an unmatched path on the server but draws a page's notFound() only after
 * hydration (vercel/next.js#62228) — a blank page without JavaScript.
 */
export default async function proxy(request: NextRequest) {
  // The policy goes on the request too: Next.js reads the nonce from there
  // and puts it on every script tag it renders.
  const csp = pageContentSecurityPolicy(createNonce(), { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  // The language switch is built on the server from the path asked for.
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);

  const meeting = MEETING_PAGE.exec(request.nextUrl.pathname);
  let response: NextResponse;
  if (meeting && !(await meetingExists(decodeURIComponent(meeting[2]!)).catch(() => true))) {
    const locale = meeting[1]!;
    headers.set("x-next-intl-locale", locale);
    response = NextResponse.rewrite(new URL(`/${locale}/__missing-meeting`, request.url), { request: { headers } });
  } else {
    response = intl(new NextRequest(request, { headers }));
  }
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: not API, calendar, feed, widget or image routes, Next
  // internals, or files.
  matcher: "/((?!api|ics|feeds/|embed/|og/|_next|_vercel|.*\\..*).*)",
};
