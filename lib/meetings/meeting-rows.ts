import { textsByLocale, type AuditEvent } from "@/lib/audit/events";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SUPPORTED_LOCALES } from "@/lib/i18n/locales";
import { slugify } from "@/lib/text/slug";
import type { MeetingWithText } from "./admin-data";
import type { MeetingInput } from "./schema";

/** How a meeting's form input becomes rows, and how a saved meeting is described in the audit log. */

/** Plain JSON of what residents see, for the audit log: no staff contacts, no secrets. */
export function meetingSnapshot(row: MeetingWithText): Prisma.InputJsonObject {
  return {
    slug: row.slug,
    seriesId: row.seriesId,
    venueId: row.venueId,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    previousStartsAt: row.previousStartsAt?.toISOString() ?? null,
    status: row.status,
    publication: row.publication,
    publishAt: row.publishAt?.toISOString() ?? null,
    // A reviewer's comment on a send-back (or approval): the audit log keeps it.
    reviewComment: row.reviewComment,
    // An editor's cancellation or postponement waiting to be confirmed (lib/publishing/review-rule.ts).
    statusToConfirmById: row.statusToConfirmById,
    version: row.version,
    spokenLanguages: row.spokenLanguages,
    interpretation: row.interpretation,
    hostName: row.hostName,
    wheelchairAccessible: row.wheelchairAccessible,
    parkingAvailable: row.parkingAvailable,
    transitNearby: row.transitNearby,
    childcareProvided: row.childcareProvided,
    translations: Object.fromEntries(
      row.translations.map((text) => [
        text.locale,
        {
          title: text.title,
          description: text.description,
          hostTitle: text.hostTitle,
          accessibilityNotes: text.accessibilityNotes,
          statusNote: text.statusNote,
        },
      ]),
    ),
  };
}

/** The meeting as the audit log names it: its title in each language, and its slug. */
export function meetingEvent(row: MeetingWithText): AuditEvent {
  return { code: "meeting.details", params: { title: textsByLocale(row.translations, "title"), slug: row.slug } };
}

/** The form's content; status notes only where the command sets them (an edit keeps the saved ones). */
export type ContentInput = Omit<MeetingInput, "date"> & { statusNoteEn?: string; statusNoteEs?: string };

export function meetingFields(input: ContentInput) {
  return {
    seriesId: input.seriesId,
    spokenLanguages: input.spokenLanguages,
    interpretation: input.interpretation,
    hostName: input.hostName,
    wheelchairAccessible: input.wheelchairAccessible,
    parkingAvailable: input.parkingAvailable,
    transitNearby: input.transitNearby,
    childcareProvided: input.childcareProvided,
  };
}

export function translationRows(input: ContentInput) {
  const byLocale = {
    en: {
      title: input.titleEn,
      description: input.descriptionEn,
      hostTitle: input.hostTitleEn,
      accessibilityNotes: input.accessibilityNotesEn,
      statusNote: input.statusNoteEn,
    },
    es: {
      title: input.titleEs,
      description: input.descriptionEs,
      hostTitle: input.hostTitleEs,
      accessibilityNotes: input.accessibilityNotesEs,
      statusNote: input.statusNoteEs,
    },
  };
  return SUPPORTED_LOCALES.map((locale) => {
    const text = byLocale[locale];
    return {
      locale,
      title: text.title,
      description: text.description,
      hostTitle: text.hostTitle || null,
      accessibilityNotes: text.accessibilityNotes || null,
      ...(text.statusNote === undefined ? {} : { statusNote: text.statusNote || null }),
    };
  });
}

/** The base of a meeting's public address: Spanish title and Central date, e.g. "reunion-comunitaria-2027-01-28". */
export function meetingSlugBase(spanishTitle: string, date: string): string {
  return `${slugify(spanishTitle, "reunion")}-${date}`;
}
