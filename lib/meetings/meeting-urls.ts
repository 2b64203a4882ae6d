import { absoluteUrl } from "@/lib/env";
import { pagePath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/locales";

/** Absolute URL of a meeting's public page in one language: calendars and JSON-LD link here. */
export function meetingPageUrl(slug: string, locale: Locale): string {
  return absoluteUrl(pagePath({ pathname: "/meetings/[slug]", params: { slug } }, locale));
}

/** The calendar file of one meeting, served by app/ics/[locale]/[slug]/route.ts outside the locale routing. */
export function meetingIcsPath(slug: string, locale: Locale): string {
  return `/ics/${locale}/${encodeURIComponent(slug)}`;
}
