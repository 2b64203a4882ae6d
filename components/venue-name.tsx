import { LocaleLink } from "@/components/locale-link";
import type { PublicVenue } from "@/lib/meetings/public-meeting";

/** A venue's name, linked to its partner page when it has one. */
export function VenueName({ venue }: { venue: Pick<PublicVenue, "slug" | "name" | "isPartner"> }) {
  if (!venue.isPartner) return <>{venue.name}</>;
  return <LocaleLink href={{ pathname: "/partners/[slug]", params: { slug: venue.slug } }}>{venue.name}</LocaleLink>;
}
