import { getDb } from "@/lib/db/client";

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,119}$/;
const KNOWN_FOR_MS = 60_000;
const known = new Map<string, number>();

/**
 * Whether a partner page exists, for the proxy (see proxy.ts). Found slugs
 * are remembered for a minute, as for meetings; unknown ones are asked again.
 */
export async function partnerExists(slug: string): Promise<boolean> {
  if (!SLUG_PATTERN.test(slug)) return false;
  const until = known.get(slug);
  if (until && until > Date.now()) return true;
  const row = await getDb().venue.findFirst({ where: { slug, isPartner: true }, select: { id: true } });
  if (row) known.set(slug, Date.now() + KNOWN_FOR_MS);
  return Boolean(row);
}
