import "server-only";
import type { MetadataRoute } from "next";
import { getDb } from "@/lib/db/client";
import { absoluteUrl } from "@/lib/env";
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from "@/lib/i18n/locales";
import { pagePath, type PageHref } from "@/lib/i18n/paths";
import { visibleWhere } from "@/lib/meetings/visibility";

// Far more than one series holds; a sitemap file may list 50 000 addresses.
const MEETING_LIMIT = 5_000;

/** One page in the sitemap: its address in the default language, with every language as an alternate. */
function entry(href: PageHref, lastModified?: Date): MetadataRoute.Sitemap[number] {
  return {
    url: absoluteUrl(pagePath(href, DEFAULT_LOCALE)),
    ...(lastModified ? { lastModified } : {}),
    alternates: {
      languages: Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, absoluteUrl(pagePath(href, locale))])),
    },
  };
}

/** The residents' pages worth finding: the fixed pages, the partners' directory, every partner and every meeting to come. */
export async function sitemapEntries(now: Date): Promise<MetadataRoute.Sitemap> {
  const db = getDb();
  const [partners, meetings] = await Promise.all([
    db.venue.findMany({
      where: { isPartner: true },
      orderBy: { slug: "asc" },
      select: { slug: true, updatedAt: true },
    }),
    db.meeting.findMany({
      where: visibleWhere({ endsAt: { gt: now } }, now),
      orderBy: { startsAt: "asc" },
      take: MEETING_LIMIT,
      select: { slug: true, updatedAt: true },
    }),
  ]);
  return [
    entry("/"),
    entry("/partners"),
    entry("/what-to-know"),
    entry("/what-to-know/history"),
    entry("/questions"),
    entry("/what-we-have-done"),
    entry("/archive"),
    ...partners.map((venue) => entry({ pathname: "/partners/[slug]", params: { slug: venue.slug } }, venue.updatedAt)),
    ...meetings.map((meeting) =>
      entry({ pathname: "/meetings/[slug]", params: { slug: meeting.slug } }, meeting.updatedAt),
    ),
  ];
}
