import { getLocale, getTranslations } from "next-intl/server";
import { googleCalendarUrl, outlookCalendarUrl } from "@/lib/calendar/calendar-links";
import { meetingIcsPath } from "@/lib/meetings/meeting-urls";
import type { PublicMeeting } from "@/lib/meetings/public-meeting";
import { externalLinkClass } from "./link-styles";
import { UnavailableLink } from "./unavailable-link";

type Props = {
  meeting: PublicMeeting;
  pageUrl: string;
  ended: boolean;
  /** The staff preview of a meeting residents cannot see yet: the links are shown unavailable, with why. */ notPublicYet?: boolean;
};

/**
 * Calendar file and links. Nothing once the meeting is over. A cancelled
 * meeting keeps only the .ics: it has the same UID and a higher SEQUENCE,
 * so opening it marks the event cancelled in a calendar that already holds
 * it, while the Google and Outlook links could only create a new event.
 * In the staff preview of a meeting not public yet, the three are shown
 * unavailable, saying why: the file would answer "page not found", and the
 * other two would save an event whose link does.
 */
export async function AddToCalendar({ meeting, pageUrl, ended, notPublicYet = false }: Props) {
  if (ended) return null;
  const locale = await getLocale();
  const [t, tPreview] = await Promise.all([getTranslations("Meeting"), getTranslations("Preview")]);
  if (notPublicYet) {
    return (
      <section aria-labelledby="meeting-calendar" className="no-print mt-8" data-not-public-yet="">
        <h2 id="meeting-calendar" className="text-xl font-bold">
          {t("addToCalendar")}
        </h2>
        <p id="calendar-not-public" className="mt-2">
          {tPreview("calendarNotPublic")}
        </p>
        <ul className="mt-2 flex flex-wrap gap-3">
          {[t("downloadIcs"), t("googleCalendar"), t("outlookCalendar")].map((label) => (
            <li key={label}>
              <UnavailableLink label={label} reasonId="calendar-not-public" />
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const cancelled = meeting.status === "CANCELLED";
  const icsPath = meetingIcsPath(meeting.slug, locale);

  return (
    <section aria-labelledby="meeting-calendar" className="no-print mt-8">
      <h2 id="meeting-calendar" className="text-xl font-bold">
        {t("addToCalendar")}
      </h2>
      {cancelled ? (
        <>
          <p className="mt-2">{t("cancelledCalendarHint")}</p>
          <p className="mt-2">
            <a href={icsPath} className={externalLinkClass}>
              {t("updateCalendar")}
            </a>
          </p>
        </>
      ) : (
        <>
          <ul className="mt-2 flex flex-wrap gap-3">
            <li>
              <a href={icsPath} className={externalLinkClass}>
                {t("downloadIcs")}
              </a>
            </li>
            <li>
              <a
                href={googleCalendarUrl(meeting, locale, pageUrl)}
                rel="noopener noreferrer"
                className={externalLinkClass}
              >
                {t("googleCalendar")}
              </a>
            </li>
            <li>
              <a
                href={outlookCalendarUrl(meeting, locale, pageUrl)}
                rel="noopener noreferrer"
                className={externalLinkClass}
              >
                {t("outlookCalendar")}
              </a>
            </li>
          </ul>
          <p className="mt-2 text-sm text-slate-700">{t("icsHint")}</p>
          <p className="text-sm text-slate-700">{t("calendarLinksNote")}</p>
        </>
      )}
    </section>
  );
}
