import type { PublicMeeting, PublicVenue } from "@/lib/meetings/public-meeting";

type MeetingOverrides = Partial<Omit<PublicMeeting, "venue" | "series">> & {
  venue?: Partial<PublicVenue>;
  series?: Partial<PublicMeeting["series"]>;
};

/**
 * A plausible public meeting: Thursday 28 January 2027, 6:00–7:30 PM Central
 * (00:00–01:30 UTC the next day). Override any field; venue and series
 * overrides are merged, not replaced.
 */
export function buildPublicMeeting(overrides: MeetingOverrides = {}): PublicMeeting {
  const { venue, series, ...fields } = overrides;
  return {
    id: "meeting-test-1",
    slug: "familia-bethel-2027-01-28",
    startsAt: new Date("2027-01-29T00:00:00.000Z"),
    endsAt: new Date("2027-01-29T01:30:00.000Z"),
    previousStartsAt: null,
    status: "SCHEDULED",
    version: 1,
    updatedAt: new Date("2027-01-10T15:00:00.000Z"),
    spokenLanguages: ["es"],
    interpretation: ["en"],
    hostName: "Lt. Ana Ramírez",
    hostTitle: "Community liaison officer",
    title: "Community meeting with Dallas Police",
    description: "Questions and answers about what the police department will and will not do.",
    accessibilityNotes: "Step-free entrance on the side of the building.",
    statusNote: null,
    wheelchairAccessible: true,
    parkingAvailable: true,
    transitNearby: false,
    childcareProvided: true,
    ...fields,
    venue: {
      slug: "familia-bethel-internacional",
      kind: "CHURCH",
      name: "Iglesia Familia Bethel Internacional",
      street: "100 Demo Street",
      city: "Dallas",
      region: "TX",
      postalCode: "75211",
      neighborhood: "Oak Cliff",
      policeDivision: "Southwest",
      isDemo: true,
      isPartner: true,
      ...venue,
    },
    series: {
      slug: "winter-2027",
      title: "Winter 2027 community meetings",
      organizer: "Dallas Police Department",
      endsOn: "2027-03-31",
      ...series,
    },
  };
}
