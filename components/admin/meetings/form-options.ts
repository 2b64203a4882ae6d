import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { loadMeetingFormOptions } from "@/lib/meetings/admin-data";
import { INTERPRETATION_LANGUAGES, SPOKEN_LANGUAGES } from "@/lib/meetings/schema";
import type { MeetingFormOptions } from "./meeting-fields";

/** Series, venues and language names for the meeting form, in the staff member's language. */
export async function meetingFormOptions(locale: Locale): Promise<MeetingFormOptions> {
  const [{ series, venues }, languages] = await Promise.all([
    loadMeetingFormOptions(locale),
    getTranslations({ locale, namespace: "Languages" }),
  ]);
  return {
    series,
    venues,
    spokenLanguages: SPOKEN_LANGUAGES.map((code) => ({ value: code, label: languages(code) })),
    interpretation: INTERPRETATION_LANGUAGES.map((code) => ({ value: code, label: languages(code) })),
  };
}
