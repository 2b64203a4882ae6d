import type { PublicMeeting, PublicVenue } from "@/lib/meetings/public-meeting";
import {
  EMPTY_MEETING_VALUES,
  meetingDraftSchema,
  type MeetingFormValues,
  type MeetingInput,
} from "@/lib/meetings/schema";

/**
 * The one place tests get a meeting from: as residents see it
 * (`buildPublicMeeting`), as the staff form posts it (`meetingFormValues`,
 * `meetingFormData`, `newMeetingFields`), and as a browser fills it in
 * (tests/e2e/support/meeting-form.ts types these same values).
 */

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

/** The texts every test meeting is typed with, unless a test says otherwise. */
export const MEETING_TEXT = {
  titleEn: "Community meeting",
  titleEs: "Reunión comunitaria",
  descriptionEn: "Questions and answers with Dallas Police.",
  descriptionEs: "Preguntas y respuestas con la Policía de Dallas.",
  hostName: "Lt. Ana Ramírez",
} as const;

/** A place typed into the meeting form ("add a new place"). */
export const NEW_PLACE = {
  venueKind: "CHURCH",
  venueStreet: "500 Demo Avenue",
  venueCity: "Dallas",
  venuePostalCode: "75211",
} as const;

type FormOverrides = Partial<
  Record<
    keyof MeetingFormValues | "fromDate" | "weekdays" | "endMode" | "untilDate" | "sessionCount" | "version" | "step",
    unknown
  >
>;

/**
 * The meeting form as the server reads it, filled in with a saved place
 * (the one factory for integration tests: commands take these values, and
 * `meetingFormData` posts them to the actions). Thursday 28 January 2027,
 * 6:00–7:30 PM Central unless overridden.
 */
export function meetingFormValues(
  seriesId: string,
  venueId: string,
  overrides: FormOverrides = {},
): MeetingFormValues & Record<string, unknown> {
  return {
    ...EMPTY_MEETING_VALUES,
    seriesId,
    venueId,
    date: "2027-01-28",
    startTime: "18:00",
    endTime: "19:30",
    spokenLanguages: ["es"],
    interpretation: ["en"],
    ...MEETING_TEXT,
    ...overrides,
  } as MeetingFormValues & Record<string, unknown>;
}

/** The same values as a posted form: lists as repeated fields, ticked boxes as "on", missing ones left out. */
export function meetingFormData(values: Record<string, unknown>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    if (Array.isArray(value)) value.forEach((item) => data.append(key, String(item)));
    else data.set(key, value === true ? "on" : String(value));
  }
  return data;
}

/** A whole new meeting at its own new place, as [name, value] pairs for a plain HTTP post (no two posts share a place and time). */
export function newMeetingFields(seriesId: string, title: string, date: string): [string, string][] {
  return [
    ["seriesId", seriesId],
    ["date", date],
    ["startTime", "18:00"],
    ["endTime", "19:30"],
    ["venueMode", "new"],
    ["venueName", `Hall of ${title}`],
    ...Object.entries(NEW_PLACE),
    ["spokenLanguages", "es"],
    ["titleEn", title],
    ["titleEs", `${title} (es)`],
    ["descriptionEn", MEETING_TEXT.descriptionEn],
    ["descriptionEs", MEETING_TEXT.descriptionEs],
    ["hostName", MEETING_TEXT.hostName],
  ];
}

/** The meeting form's values as its action parses them (lib/meetings/actions.ts): what a meeting command takes. */
export function meetingInput(values: MeetingFormValues): MeetingInput {
  return meetingDraftSchema.parse(values);
}
