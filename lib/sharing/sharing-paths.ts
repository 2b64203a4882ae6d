import { absoluteUrl } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { pagePath } from "@/lib/i18n/paths";

/** What a QR code or a flyer is about: one meeting, or one partner's upcoming meetings. */
export type SharedKind = "meeting" | "partner";

export const SHARED_KINDS: readonly SharedKind[] = ["meeting", "partner"];

export function isSharedKind(value: string): value is SharedKind {
  return (SHARED_KINDS as readonly string[]).includes(value);
}

/** Absolute URL of a partner's public page in one language. */
export function partnerPageUrl(slug: string, locale: Locale): string {
  return absoluteUrl(pagePath({ pathname: "/partners/[slug]", params: { slug } }, locale));
}

/** A QR code for a page in one language: /qr/es/meeting/<slug>.svg */
export function qrPath(kind: SharedKind, slug: string, locale: Locale, format: "svg" | "png"): string {
  return `/qr/${locale}/${kind}/${encodeURIComponent(slug)}.${format}`;
}

/** The bilingual flyer (one page for both languages): /flyer/meeting/<slug>, or its PDF with ".pdf". */
export function flyerPath(kind: SharedKind, slug: string, format: "html" | "pdf" = "html"): string {
  return `/flyer/${kind}/${encodeURIComponent(slug)}${format === "pdf" ? ".pdf" : ""}`;
}
