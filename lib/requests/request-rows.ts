import type { AuditEvent } from "@/lib/audit/events";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dbDateToDateKey } from "@/lib/time/central-time";
import type { AcceptRequestInput } from "./schema";

export type RequestRow = Prisma.SessionRequestGetPayload<object>;

/** What the audit log keeps of a request: never its contact details, which must be gone 90 days after it closes. */
export function requestSnapshot(row: RequestRow): Prisma.InputJsonValue {
  return {
    status: row.status,
    organization: row.organization,
    preferredDate: dbDateToDateKey(row.preferredDate),
    startTime: row.startTime,
    endTime: row.endTime,
    spokenLanguages: row.spokenLanguages,
    interpretation: row.interpretation,
    attendance: row.attendance,
    notes: row.notes,
    meetingId: row.meetingId,
  };
}

/** The request as the audit log names it: who asked, and for which date. */
export function requestEvent(row: RequestRow): AuditEvent {
  return {
    code: "sessionRequest.details",
    params: { organization: row.organization, preferredDate: dbDateToDateKey(row.preferredDate) },
  };
}

/**
 * The meeting form's values for a request: the date and times staff chose
 * (the request's, or others), its languages and (unless an existing venue
 * is chosen) its place as a new venue.
 */
export function draftValuesFor(row: RequestRow, choice: AcceptRequestInput) {
  return {
    seriesId: choice.seriesId,
    venueMode: choice.venueId ? "existing" : "new",
    venueId: choice.venueId,
    venueKind: row.venueKind,
    venueName: row.organization,
    venueStreet: row.street,
    venueCity: row.city,
    venuePostalCode: row.postalCode,
    venueNeighborhood: "",
    date: choice.date,
    startTime: choice.startTime,
    endTime: choice.endTime,
    spokenLanguages: row.spokenLanguages,
    interpretation: row.interpretation,
    titleEs: `Reunión comunitaria: ${row.organization}`.slice(0, 200),
    titleEn: `Community meeting: ${row.organization}`.slice(0, 200),
    descriptionEn: "",
    descriptionEs: "",
    hostName: choice.hostName,
  };
}
