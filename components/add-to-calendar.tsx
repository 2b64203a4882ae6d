import { getLocale, getTranslations } from "next-intl/server";
import { googleCalendarUrl, outlookCalendarUrl } from "@/lib/calendar/calendar-links";
import type { Locale } from "@/lib/i18n/locales";
import { meetingIcsPath } from "@/lib/meetings/meeting-urls";
import type { PublicMeeting } from "@/lib/meetings/public-meeting";
import { externalLinkClass } from "./link-styles";

type Props = { meeting: PublicMeeting; pageUrl: string; ended: boolean };

/**
 * Calendar file and links. Nothing once the meeting is over. A cancelled
 * meeting keeps only the .ics: it has the same UID and a higher SEQUENCE,
 * so opening it marks the event cancelled in a calendar that already holds
 * it, while the Google and Outlook links could only create a new event.
 */
export async function AddToCalendar({ meeting, pageUrl, ended }: Props) {
  if (ended) return null;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("Meeting");
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
              <a href={googleCalendarUrl(meeting, locale, pageUrl)} rel="noopener noreferrer" className={externalLinkClass}>
                {t("googleCalendar")}
              </a>
            </li>
            <li>
              <a href={outlookCalendarUrl(meeting, locale, pageUrl)} rel="noopener noreferrer" className={externalLinkClass}>
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
