import { getDb } from "@/lib/db/client";
import { isSlug } from "@/lib/text/slug";

const KNOWN_FOR_MS = 60_000;
const known = new Map<string, number>();

/**
 * Whether a partner page exists, for the proxy (see proxy.ts). Found slugs
 * are remembered for a minute, as for meetings; unknown ones are asked again.
 */
export async function partnerExists(slug: string): Promise<boolean> {
  if (!isSlug(slug)) return false;
  const until = known.get(slug);
  if (until && until > Date.now()) return true;
  const row = await getDb().venue.findFirst({ where: { slug, isPartner: true }, select: { id: true } });
  if (row) known.set(slug, Date.now() + KNOWN_FOR_MS);
  return Boolean(row);
}
