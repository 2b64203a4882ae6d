import { upcomingRssFeed } from "@/lib/feeds/data";
import { cacheableResponse } from "@/lib/http/cacheable-response";
import { notFoundText } from "@/lib/http/not-found-text";
import { isLocale, SUPPORTED_LOCALES } from "@/lib/i18n/locales";

// Rendered at request time, never at build time (there may be no database
// then); the request boundary serves the result from its cache (lib/serving/).
export const dynamic = "force-dynamic";

/** Upcoming sessions in one language as RSS 2.0: /feeds/es/upcoming.xml */
export async function GET(request: Request, { params }: RouteContext<"/feeds/[locale]/upcoming.xml">) {
  const { locale } = await params;
  if (!isLocale(locale)) return notFoundText(SUPPORTED_LOCALES, "Feeds");
  const feed = await upcomingRssFeed(locale, new Date());
  return cacheableResponse(request, feed.body, {
    contentType: "application/rss+xml; charset=utf-8",
    maxAge: 300,
  });
}
