import { createTranslator } from "use-intl/core";
import { ImageResponse } from "next/og";
import { notFoundText } from "@/lib/http/not-found-text";
import { isLocale, SUPPORTED_LOCALES } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { getMeetingBySlug } from "@/lib/meetings/data";
import { formatVenueAddress } from "@/lib/meetings/public-meeting";
import { ogFonts } from "@/lib/og/fonts";
import { MeetingOgImage, OG_IMAGE_SIZE } from "@/lib/og/meeting-og-image";
import { slugFromFileName } from "@/lib/text/slug";
import { formatMeetingDay, formatTimeRange } from "@/lib/time/format";

// Reads the database when asked, never at build time; not in the page cache
// (proxy.ts skips this route): browsers and nginx keep it (Cache-Control below).
export const dynamic = "force-dynamic";

/** A meeting's link-preview image (1200×630 PNG) in one language: /og/es/<slug>.png */
export async function GET(_request: Request, { params }: RouteContext<"/og/[locale]/[file]">) {
  const { locale, file } = await params;
  if (!isLocale(locale)) return notFoundText(SUPPORTED_LOCALES, "Calendar");
  const slug = slugFromFileName(file, ".png");
  const meeting = slug ? await getMeetingBySlug(slug, locale) : null;
  if (!meeting) return notFoundText([locale], "Calendar");

  const t = createTranslator({ locale, messages: messagesFor(locale) });
  const demo = meeting.venue.isDemo ? ` (${t("Meeting.demoAddress")})` : "";
  return new ImageResponse(
    <MeetingOgImage
      text={{
        siteLine: `${t("Metadata.siteName")} · ${t("Layout.tagline")}`,
        title: meeting.title,
        day: formatMeetingDay(meeting.startsAt, locale),
        time: `${formatTimeRange(meeting.startsAt, meeting.endsAt, locale)} (${t("Meeting.centralTime")})`,
        venueName: meeting.venue.name,
        address: `${formatVenueAddress(meeting.venue)}${demo}`,
        statusLabel: meeting.status === "SCHEDULED" ? null : t(`Status.${meeting.status}`),
      }}
    />,
    {
      ...OG_IMAGE_SIZE,
      fonts: await ogFonts(),
      // The page links to it with ?v=<version>, so an hour is safe; a
      // cancellation gets a new URL.
      headers: { "Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff" },
    },
  );
}
