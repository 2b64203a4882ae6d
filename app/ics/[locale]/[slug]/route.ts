import { meetingToIcs } from "@/lib/calendar/ics";
import { notFoundText } from "@/lib/http/not-found-text";
import { isLocale, SUPPORTED_LOCALES } from "@/lib/i18n/locales";
import { getMeetingBySlug } from "@/lib/meetings/data";
import { meetingPageUrl } from "@/lib/meetings/meeting-urls";
import { isSlug } from "@/lib/text/slug";

// Rendered at request time, never at build time (there may be no database
// then); the request boundary serves the result from its cache (lib/serving/).
export const dynamic = "force-dynamic";

/** One meeting as a calendar file, in the language of the page that linked to it. */
export async function GET(_request: Request, { params }: RouteContext<"/ics/[locale]/[slug]">) {
  const { locale, slug } = await params;
  // Without a known language, say "not found" in all of them.
  if (!isLocale(locale)) return notFoundText(SUPPORTED_LOCALES, "Calendar");
  // Also keeps the slug safe to echo in the Content-Disposition filename.
  if (!isSlug(slug)) return notFoundText([locale], "Calendar");

  const meeting = await getMeetingBySlug(slug, locale);
  if (!meeting) return notFoundText([locale], "Calendar");

  return new Response(meetingToIcs(meeting, locale, meetingPageUrl(slug, locale)), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}.ics"`,
      // Always revalidated: a cancellation must reach the next download.
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
