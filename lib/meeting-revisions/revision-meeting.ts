import { translationIn } from "@/lib/i18n/translation";
import type { MeetingWithText } from "@/lib/meetings/admin-data";
import { meetingFields, translationRows } from "@/lib/meetings/meeting-rows";
import type { meetingDraftSchema } from "@/lib/meetings/schema";
import type { z } from "zod";

/** A draft change's fields, as the meeting form's draft schema parsed them. */
export type RevisionValues = z.output<typeof meetingDraftSchema>;

/**
 * The published meeting as it would stand with the draft change applied:
 * what the checks before publishing and the preview look at. Status notes
 * stay the published ones (the edit form does not change them).
 */
export function revisionAsMeeting(
  meeting: MeetingWithText,
  values: RevisionValues,
  when: { startsAt: Date; endsAt: Date },
): MeetingWithText {
  return {
    ...meeting,
    ...meetingFields(values),
    ...when,
    venueId: values.venueId,
    translations: translationRows(values).map((row) => ({
      meetingId: meeting.id,
      ...row,
      statusNote: translationIn(meeting.translations, row.locale)?.statusNote ?? null,
    })),
  };
}
