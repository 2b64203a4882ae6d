import { notFoundText } from "@/lib/http/not-found-text";
import { isLocale, SUPPORTED_LOCALES } from "@/lib/i18n/locales";
import { meetingExists } from "@/lib/meetings/meeting-exists";
import { meetingPageUrl } from "@/lib/meetings/meeting-urls";
import { qrPng, qrSvg } from "@/lib/qr/qr-code";
import { isSharedKind, partnerPageUrl } from "@/lib/sharing/sharing-paths";
import { slugFromFileName } from "@/lib/text/slug";
import { partnerExists } from "@/lib/venues/partner-exists";

// Reads the database when asked, never at build time; not in the page cache
// (proxy.ts skips this route): browsers and nginx keep it (Cache-Control below).
export const dynamic = "force-dynamic";

const FORMATS = {
  svg: { type: "image/svg+xml", body: async (url: string) => qrSvg(url) },
  png: { type: "image/png", body: async (url: string) => new Uint8Array(await qrPng(url)) },
} as const;

/**
 * A QR code that opens a meeting's or a partner's page in one language:
 * /qr/es/meeting/<slug>.svg, /qr/en/partner/<venue-slug>.png. Served as a
 * download; an <img> shows it all the same.
 */
export async function GET(_request: Request, { params }: RouteContext<"/qr/[locale]/[kind]/[file]">) {
  const { locale, kind, file } = await params;
  if (!isLocale(locale)) return notFoundText(SUPPORTED_LOCALES, "Share");
  const extension = file.endsWith(".svg") ? "svg" : file.endsWith(".png") ? "png" : null;
  const slug = extension ? slugFromFileName(file, `.${extension}`) : null;
  if (!extension || !slug || !isSharedKind(kind)) return notFoundText([locale], "Share");
  const exists = kind === "meeting" ? await meetingExists(slug) : await partnerExists(slug);
  if (!exists) return notFoundText([locale], "Share");

  const url = kind === "meeting" ? meetingPageUrl(slug, locale) : partnerPageUrl(slug, locale);
  const format = FORMATS[extension];
  return new Response(await format.body(url), {
    headers: {
      "Content-Type": format.type,
      "Content-Disposition": `attachment; filename="encuentros-${kind}-${slug}-${locale}.${extension}"`,
      // Slugs never change, so neither does the code.
      "Cache-Control": "public, max-age=86400",
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
