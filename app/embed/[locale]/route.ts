import { loadWidgetContent } from "@/lib/embed/data";
import { widgetResponse } from "@/lib/embed/widget-response";
import { notFoundText } from "@/lib/http/not-found-text";
import { isLocale, SUPPORTED_LOCALES } from "@/lib/i18n/locales";

// Rendered at request time, never at build time (there may be no database
// then); the request boundary serves the result from its cache (lib/serving/).
export const dynamic = "force-dynamic";

/** The widget for the whole current series: /embed/es */
export async function GET(request: Request, { params }: RouteContext<"/embed/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) return notFoundText(SUPPORTED_LOCALES, "Embed");
  const content = await loadWidgetContent(locale, undefined, new Date());
  if (!content) return notFoundText([locale], "Embed");
  return widgetResponse(request, content);
}
