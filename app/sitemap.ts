import type { MetadataRoute } from "next";
import { sitemapEntries } from "@/lib/sitemap/entries";

// Read from the database when asked, never at build time.
export const dynamic = "force-dynamic";

/** /sitemap.xml: every residents' page, with its address in each language. */
export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(new Date());
}
