import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { meetingToIcs } from "@/lib/calendar/ics";
import { routing } from "@/lib/i18n/routing";
import { getMeetingBySlug } from "@/lib/meetings/data";
import { meetingPageUrl } from "@/lib/meetings/meeting-urls";
import { isSlug } from "@/lib/text/slug";

// Rendered at request time, never at build time (there may be no database
// then); the request boundary serves the result from its cache (lib/serving/).
export const dynamic = "force-dynamic";

async function notFoundResponse(locales: readonly (typeof routing.locales)[number][]) {
  const lines = await Promise.all(
    locales.map(async (locale) => (await getTranslations({ locale, namespace: "Calendar" }))("notFound")),
  );
  return new Response(`${lines.join("\n")}\n`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-cache" },
  });
}

/** One meeting as a calendar file, in the language of the page that linked to it. */
export async function GET(_request: Request, { params }: RouteContext<"/ics/[locale]/[slug]">) {
  const { locale, slug } = await params;
  // Without a known language, say "not found" in all of them.
  if (!hasLocale(routing.locales, locale)) return notFoundResponse(routing.locales);
  // Also keeps the slug safe to echo in the Content-Disposition filename.
  if (!isSlug(slug)) return notFoundResponse([locale]);

  const meeting = await getMeetingBySlug(slug, locale);
  if (!meeting) return notFoundResponse([locale]);

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
