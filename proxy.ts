import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { meetingExists } from "@/lib/meetings/meeting-exists";

const intl = createMiddleware(routing);

const MEETING_PAGE = /^\/(en|es)\/(?:meetings|reuniones)\/([^/]+)\/?$/;

/**
 * Locale routing, plus one detour: a meeting page whose slug does not exist
 * is rewritten to an unmatched path, because Next.js 16 renders the 404 of
 * an unmatched path on the server but draws a page's notFound() only after
 * hydration (vercel/next.js#62228) — a blank page without JavaScript.
 */
export default async function proxy(request: NextRequest) {
  const meeting = MEETING_PAGE.exec(request.nextUrl.pathname);
  if (meeting && !(await meetingExists(decodeURIComponent(meeting[2]!)).catch(() => true))) {
    const locale = meeting[1]!;
    const headers = new Headers(request.headers);
    headers.set("x-next-intl-locale", locale);
    return NextResponse.rewrite(new URL(`/${locale}/__missing-meeting`, request.url), { request: { headers } });
  }
  return intl(request);
}

export const config = {
  // Pages only: not API, calendar, feed, widget or image routes, Next
  // internals, or files.
  matcher: "/((?!api|ics|feeds/|embed/|og/|_next|_vercel|.*\\..*).*)",
};
