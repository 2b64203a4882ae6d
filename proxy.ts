import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { meetingExists } from "@/lib/meetings/meeting-exists";
import { partnerExists } from "@/lib/venues/partner-exists";

const intl = createMiddleware(routing);

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
 * Locale routing, plus one detour: a meeting or partner page whose slug does
 * not exist is rewritten to an unmatched path, because Next.js 16 renders the
 * 404 of an unmatched path on the server but draws a page's notFound() only
 * after hydration (vercel/next.js#62228) — a blank page without JavaScript.
 */
export default async function proxy(request: NextRequest) {
  const locale = await missingPage(request.nextUrl.pathname);
  if (locale) {
    const headers = new Headers(request.headers);
    headers.set("x-next-intl-locale", locale);
    return NextResponse.rewrite(new URL(`/${locale}/__missing-page`, request.url), { request: { headers } });
  }
  return intl(request);
}

export const config = {
  // Pages only: not API, calendar, feed, widget, image, QR or flyer routes,
  // Next internals, or files.
  matcher: "/((?!api|ics|feeds/|embed/|og/|qr/|flyer/|_next|_vercel|.*\\..*).*)",
};
