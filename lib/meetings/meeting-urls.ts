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

/**
 * The link-preview image of a meeting in one language. The version in the
 * query makes WhatsApp and Facebook fetch it again after a change, such as
 * a cancellation.
 */
export function meetingOgImagePath(meeting: { slug: string; version: number }, locale: Locale): string {
  return `/og/${locale}/${encodeURIComponent(meeting.slug)}.png?v=${meeting.version}`;
}
