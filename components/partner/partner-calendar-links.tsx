import { getTranslations } from "next-intl/server";
import { calendarFeedUrls, venueCalendarPath } from "@/lib/feeds/feed-urls";
import type { Locale } from "@/lib/i18n/locales";

type Props = { locale: Locale; venueSlug: string };

/** Subscribe to every session at this venue: webcal:// for calendar apps, https for Google's "From URL". */
export async function PartnerCalendarLinks({ locale, venueSlug }: Props) {
  const t = await getTranslations("Partner");
  const feeds = venueFeeds(venueSlug, locale);
  const other: Locale = locale === "en" ? "es" : "en";
  return (
    <section aria-labelledby="partner-calendar" className="no-print mt-8">
      <h2 id="partner-calendar" className="text-xl font-bold">
        {t("calendarHeading")}
      </h2>
      <p className="mt-1">{t("calendarIntro")}</p>
      <ul className="mt-2 space-y-1">
        <li>
          <a href={feeds.webcal} className="inline-flex min-h-11 items-center" data-feed="webcal">
            {t("calendarWebcal")}
          </a>
        </li>
        <li>
          <a href={feeds.url} className="inline-flex min-h-11 items-center" data-feed="https">
            {t("calendarHttps")}
          </a>
        </li>
        <li>
          <a
            href={venueFeeds(venueSlug, other).url}
            hrefLang={other}
            className="inline-flex min-h-11 items-center"
            data-feed="other-language"
          >
            {t("calendarOtherLanguage")}
          </a>
        </li>
      </ul>
    </section>
  );
}

function venueFeeds(venueSlug: string, locale: Locale) {
  return calendarFeedUrls(venueCalendarPath(venueSlug, locale));
}
