import type { Locale } from "@/lib/i18n/locales";
import { publicText } from "@/lib/text/plain-text";
import { toZonedIsoString } from "@/lib/time/central-time";
import { formatMeetingWhen } from "@/lib/time/format";
import type { PublicMeeting } from "./public-meeting";

const SCHEMA = "https://schema.org/";

function eventStatus(meeting: PublicMeeting): string {
  if (meeting.status === "CANCELLED") return `${SCHEMA}EventCancelled`;
  // Postponed sessions in Encuentros always carry their new date, so they
  // are "rescheduled" in schema.org terms, not "postponed" (date unknown).
  if (meeting.status === "POSTPONED" || meeting.previousStartsAt) return `${SCHEMA}EventRescheduled`;
  return `${SCHEMA}EventScheduled`;
}

/**
 * schema.org Event for a meeting page. A cancelled event keeps its startDate,
 * as search engines expect; times carry the Central offset of that date.
 */
export function meetingJsonLd(meeting: PublicMeeting, locale: Locale, pageUrl: string) {
  const { venue } = meeting;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: meeting.title,
    description:
      meeting.description || `${formatMeetingWhen(meeting.startsAt, meeting.endsAt, locale)} · ${venue.name}`,
    startDate: toZonedIsoString(meeting.startsAt),
    endDate: toZonedIsoString(meeting.endsAt),
    ...(meeting.previousStartsAt ? { previousStartDate: toZonedIsoString(meeting.previousStartsAt) } : {}),
    eventStatus: eventStatus(meeting),
    eventAttendanceMode: `${SCHEMA}OfflineEventAttendanceMode`,
    location: {
      "@type": "Place",
      name: venue.name,
      address: {
        "@type": "PostalAddress",
        streetAddress: venue.street,
        addressLocality: venue.city,
        addressRegion: venue.region,
        postalCode: venue.postalCode,
        addressCountry: "US",
      },
    },
    organizer: { "@type": "Organization", name: meeting.series.organizer },
    inLanguage: meeting.spokenLanguages,
    url: pageUrl,
    isAccessibleForFree: true,
  };
}

/**
 * Text for a `<script type="application/ld+json">`, every string as
 * publicText leaves it, like every other output. JSON.stringify leaves
 * "</script>" and "<!--" intact, which would end the script early and let
 * meeting text inject markup; "\u003c" is still "<" to a JSON parser.
 */
export function jsonLdScriptContent(data: unknown): string {
  return JSON.stringify(data, (_key, value: unknown) =>
    typeof value === "string" ? publicText(value) : value,
  ).replace(/</g, "\\u003c");
}
