import { loadWidgetContent } from "@/lib/embed/data";
import { widgetResponse } from "@/lib/embed/widget-response";
import { notFoundText } from "@/lib/http/not-found-text";
import { isLocale, SUPPORTED_LOCALES } from "@/lib/i18n/locales";
import { isSlug } from "@/lib/text/slug";

// Rendered at request time, never at build time (there may be no database
// then); the request boundary serves the result from its cache (lib/serving/).
export const dynamic = "force-dynamic";

/** The widget for one venue (a partner church): /embed/es/venue/<venue-slug> */
export async function GET(request: Request, { params }: RouteContext<"/embed/[locale]/venue/[slug]">) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return notFoundText(SUPPORTED_LOCALES, "Embed");
  const content = isSlug(slug) ? await loadWidgetContent(locale, slug, new Date()) : null;
  if (!content) return notFoundText([locale], "Embed");
  return widgetResponse(request, content);
}
