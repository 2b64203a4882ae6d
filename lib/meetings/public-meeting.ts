import type { MeetingStatus, VenueKind } from "@/lib/generated/prisma/enums";

/** A meeting as residents see it: one language's text, no staff-only fields. */
export type PublicMeeting = {
  id: string;
  slug: string;
  startsAt: Date;
  endsAt: Date;
  previousStartsAt: Date | null;
  status: MeetingStatus;
  version: number;
  updatedAt: Date;
  spokenLanguages: string[];
  interpretation: string[];
  hostName: string;
  hostTitle: string | null;
  title: string;
  description: string;
  accessibilityNotes: string | null;
  statusNote: string | null;
  wheelchairAccessible: boolean;
  parkingAvailable: boolean;
  transitNearby: boolean;
  childcareProvided: boolean;
  venue: PublicVenue;
  series: { slug: string; title: string; organizer: string; endsOn: string };
};

export type PublicVenue = {
  slug: string;
  kind: VenueKind;
  name: string;
  street: string;
  city: string;
  region: string;
  postalCode: string;
  neighborhood: string | null;
  policeDivision: string | null;
  isDemo: boolean;
  /** Partner venues have a public page of their own. */
  isPartner: boolean;
};

/** "100 Demo Street, Dallas, TX 75211" */
export function formatVenueAddress(venue: Pick<PublicVenue, "street" | "city" | "region" | "postalCode">): string {
  return `${venue.street}, ${venue.city}, ${venue.region} ${venue.postalCode}`;
}
