import { ImageResponse } from "next/og";
import { notFoundText } from "@/lib/http/not-found-text";
import { isLocale, SUPPORTED_LOCALES } from "@/lib/i18n/locales";
import { ogFonts } from "@/lib/og/fonts";
import { OG_IMAGE_SIZE } from "@/lib/og/meeting-og-image";
import { PartnerOgImage } from "@/lib/og/partner-og-image";
import { partnerOgImageText } from "@/lib/og/partner-og-text";
import { slugFromFileName } from "@/lib/text/slug";

// Reads the database when asked, never at build time; not in the page cache
// (proxy.ts skips this route): browsers and nginx keep it (Cache-Control below).
export const dynamic = "force-dynamic";

/** A partner page's link-preview image (1200×630 PNG) in one language: /og/es/partner/<venue-slug>.png */
export async function GET(_request: Request, { params }: RouteContext<"/og/[locale]/partner/[file]">) {
  const { locale, file } = await params;
  if (!isLocale(locale)) return notFoundText(SUPPORTED_LOCALES, "Share");
  const slug = slugFromFileName(file, ".png");
  const text = slug ? await partnerOgImageText(slug, locale, new Date()) : null;
  if (!text) return notFoundText([locale], "Share");
  return new ImageResponse(<PartnerOgImage text={text} />, {
    ...OG_IMAGE_SIZE,
    fonts: await ogFonts(),
    // The page links to it with ?v=<its next meeting and version>: a new
    // next meeting is a new URL. An hour covers a venue's own edits.
    headers: { "Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff" },
  });
}
