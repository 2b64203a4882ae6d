import { createTranslator } from "use-intl/core";
import { loadMeetingFlyer, loadPartnerFlyer } from "@/lib/flyer/flyer-content";
import { FLYER_CSP, renderFlyerHtml } from "@/lib/flyer/flyer-html";
import { renderFlyerPdf } from "@/lib/flyer/flyer-pdf";
import { notFoundText } from "@/lib/http/not-found-text";
import { messagesFor } from "@/lib/i18n/messages";
import { qrSvg } from "@/lib/qr/qr-code";
import { flyerPath, isSharedKind } from "@/lib/sharing/sharing-paths";
import { isSlug } from "@/lib/text/slug";

// Reads the database when asked, never at build time; not in the page cache
// (proxy.ts skips this route): browsers and nginx keep it (Cache-Control below).
export const dynamic = "force-dynamic";

const NOT_FOUND_LOCALES = ["es", "en"] as const;

const HEADERS = {
  // Short: a cancellation should reach the next print.
  "Cache-Control": "public, max-age=300",
  "X-Content-Type-Options": "nosniff",
};

/**
 * The bilingual flyer of a meeting or a partner, in both languages at once
 * (so the path has no locale): /flyer/meeting/<slug> prints on one US letter
 * page; /flyer/meeting/<slug>.pdf is the same as a PDF download.
 */
export async function GET(_request: Request, { params }: RouteContext<"/flyer/[kind]/[file]">) {
  const { kind, file } = await params;
  const pdf = file.endsWith(".pdf");
  const slug = pdf ? file.slice(0, -".pdf".length) : file;
  if (!isSharedKind(kind) || !isSlug(slug)) return notFoundText(NOT_FOUND_LOCALES, "Flyer");
  const content = kind === "meeting" ? await loadMeetingFlyer(slug) : await loadPartnerFlyer(slug, new Date());
  if (!content) return notFoundText(NOT_FOUND_LOCALES, "Flyer");

  if (pdf) {
    return new Response(new Uint8Array(await renderFlyerPdf(content)), {
      headers: {
        ...HEADERS,
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="encuentros-${kind}-${slug}.pdf"`,
      },
    });
  }
  const qrSvgs = await Promise.all(content.columns.map((column) => qrSvg(column.url)));
  const html = renderFlyerHtml(content, qrSvgs, {
    pdf: flyerPath(kind, slug, "pdf"),
    pages: content.columns.map((column) => ({
      locale: column.locale,
      href: column.url,
      label: createTranslator({ locale: column.locale, messages: messagesFor(column.locale), namespace: "Flyer" })(
        "backToPage",
      ),
    })),
  });
  return new Response(html, {
    headers: { ...HEADERS, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": FLYER_CSP },
  });
}
