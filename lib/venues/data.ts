import "server-only";
import { getDb } from "@/lib/db/client";

/** What feeds and the widget need to know about a venue: never its staff-only contact. */
export type VenueSummary = { id: string; slug: string; name: string; isPartner: boolean };

export async function getVenueSummaryBySlug(slug: string): Promise<VenueSummary | null> {
  return getDb().venue.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, isPartner: true },
  });
}
