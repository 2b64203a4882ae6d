import { getTranslations } from "next-intl/server";
import { calendarFeedUrls, seriesCalendarPath, upcomingRssPath } from "@/lib/feeds/feed-urls";
import type { Locale } from "@/lib/i18n/locales";

type Props = { locale: Locale; seriesSlug: string };

/**
 * Subscribe to the whole series: webcal:// opens the phone's or computer's
 * calendar app, the https address is for Google Calendar's "From URL".
 * Plain links, no script.
 */
export async function CalendarSubscribe({ locale, seriesSlug }: Props) {
  const t = await getTranslations("Feeds");
  const calendar = calendarFeedUrls(seriesCalendarPath(seriesSlug, locale));
  return (
    <section aria-labelledby="calendar-subscribe" className="no-print mt-10 rounded-lg border border-slate-300 p-4">
      <h2 id="calendar-subscribe" className="text-xl font-bold">
        {t("subscribeHeading")}
      </h2>
      <p className="mt-1">{t("subscribeIntro")}</p>
      <ul className="mt-2 space-y-1">
        <li>
          <a href={calendar.webcal}>{t("subscribeWebcal")}</a>
        </li>
        <li>
          <a href={calendar.url}>{t("subscribeHttps")}</a>
        </li>
        <li>
          <a href={upcomingRssPath(locale)}>{t("rssLink")}</a>
        </li>
      </ul>
      <p className="mt-2 text-sm text-slate-700">{t("subscribeHint")}</p>
    </section>
  );
}
