import { getDb } from "@/lib/db/client";
import { isSlug } from "@/lib/text/slug";
import { visibleWhere } from "./visibility";

const KNOWN_FOR_MS = 60_000;
const known = new Map<string, number>();

/**
 * Whether a meeting page exists, for the proxy. Found slugs are remembered
 * for a minute (slugs never change; a deleted meeting then 404s from the
 * page itself), unknown ones (drafts included) are always asked again.
 */
export async function meetingExists(slug: string): Promise<boolean> {
  if (!isSlug(slug)) return false;
  const until = known.get(slug);
  if (until && until > Date.now()) return true;
  const row = await getDb().meeting.findFirst({ where: visibleWhere({ slug }), select: { id: true } });
  if (row) known.set(slug, Date.now() + KNOWN_FOR_MS);
  return Boolean(row);
}
