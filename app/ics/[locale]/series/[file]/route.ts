import { calendarFeedResponse } from "@/lib/feeds/calendar-response";
import { seriesCalendarFeed } from "@/lib/feeds/data";
import { notFoundText } from "@/lib/http/not-found-text";
import { isLocale, SUPPORTED_LOCALES } from "@/lib/i18n/locales";
import { slugFromFileName } from "@/lib/text/slug";

// Rendered at request time, never at build time (there may be no database
// then); the request boundary serves the result from its cache (lib/serving/).
export const dynamic = "force-dynamic";

/** Every session of a series as a calendar to subscribe to: /ics/es/series/<series-slug>.ics */
export async function GET(request: Request, { params }: RouteContext<"/ics/[locale]/series/[file]">) {
  const { locale, file } = await params;
  if (!isLocale(locale)) return notFoundText(SUPPORTED_LOCALES, "Feeds");
  const slug = slugFromFileName(file, ".ics");
  const feed = slug ? await seriesCalendarFeed(slug, locale) : null;
  if (!feed) return notFoundText([locale], "Feeds");
  return calendarFeedResponse(request, feed, `${slug}.ics`);
}
