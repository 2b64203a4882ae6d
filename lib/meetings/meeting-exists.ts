import { getDb } from "@/lib/db/client";
import { visibleWhere } from "./visibility";

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,159}$/;
const KNOWN_FOR_MS = 60_000;
const known = new Map<string, number>();

/**
 * Whether a meeting page exists, for the proxy. Found slugs are remembered
 * for a minute (slugs never change; a deleted meeting then 404s from the
 * page itself), unknown ones (drafts included) are always asked again.
 */
export async function meetingExists(slug: string): Promise<boolean> {
  if (!SLUG_PATTERN.test(slug)) return false;
  const until = known.get(slug);
  if (until && until > Date.now()) return true;
  const row = await getDb().meeting.findFirst({ where: visibleWhere({ slug }), select: { id: true } });
  if (row) known.set(slug, Date.now() + KNOWN_FOR_MS);
  return Boolean(row);
}
