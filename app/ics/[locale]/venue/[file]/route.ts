import { calendarFeedResponse } from "@/lib/feeds/calendar-response";
import { venueCalendarFeed } from "@/lib/feeds/data";
import { notFoundText } from "@/lib/http/not-found-text";
import { isLocale, SUPPORTED_LOCALES } from "@/lib/i18n/locales";
import { slugFromFileName } from "@/lib/text/slug";

// Rendered at request time, never at build time (there may be no database
// then); the request boundary serves the result from its cache (lib/serving/).
export const dynamic = "force-dynamic";

/** Every session at one venue (a partner church) as a calendar to subscribe to: /ics/es/venue/<venue-slug>.ics */
export async function GET(request: Request, { params }: RouteContext<"/ics/[locale]/venue/[file]">) {
  const { locale, file } = await params;
  if (!isLocale(locale)) return notFoundText(SUPPORTED_LOCALES, "Feeds");
  const slug = slugFromFileName(file, ".ics");
  const feed = slug ? await venueCalendarFeed(slug, locale, new Date()) : null;
  if (!feed) return notFoundText([locale], "Feeds");
  return calendarFeedResponse(request, feed, `${slug}.ics`);
}
