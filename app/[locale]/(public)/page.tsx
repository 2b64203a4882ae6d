import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { CalendarSubscribe } from "@/components/calendar-subscribe";
import { ListingFilters } from "@/components/listing-filters";
import { MeetingCard } from "@/components/meeting-card";
import { feedAlternateTypes } from "@/lib/feeds/feed-alternates";
import { pageAlternates } from "@/lib/i18n/alternates";
import { LocaleLink } from "@/components/locale-link";
import { PageLinks } from "@/components/page-links";
import { localeParam } from "@/lib/i18n/page-locale";
import type { PageHref } from "@/lib/i18n/paths";
import { getCurrentSeries, listFilterOptions, listUpcomingMeetings } from "@/lib/meetings/data";
import { groupMeetingsByDay } from "@/lib/meetings/group-by-day";
import { hasActiveFilters, listingPage, parseListingQuery, toUpcomingFilter } from "@/lib/meetings/listing-filter";
import { zonedDateKey } from "@/lib/time/central-time";
import { formatDateKey, formatMeetingDay } from "@/lib/time/format";

// Rendered at request time, never at build time (there may be no database
// then); the request boundary serves the result from its cache (lib/serving/).
export const dynamic = "force-dynamic";

// Metadata and page share one query per request.
const loadCurrentSeries = cache(getCurrentSeries);

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const series = await loadCurrentSeries(zonedDateKey(new Date()), locale);
  return {
    title: { absolute: `${t("homeTitle")} · ${t("siteName")}` },
    alternates: { ...pageAlternates("/", locale), types: feedAlternateTypes(locale, { series: series ?? undefined }) },
    openGraph: { title: t("homeTitle"), description: t("homeDescription"), locale, type: "website" },
    twitter: { card: "summary", title: t("homeTitle"), description: t("homeDescription") },
  };
}

export default async function UpcomingMeetingsPage({ params, searchParams }: PageProps<"/[locale]">) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations("Listing");
  const tFilters = await getTranslations("Filters");
  const now = new Date();
  const series = await loadCurrentSeries(zonedDateKey(now), locale);

  if (!series) {
    return <p className="text-lg">{t("noSeries")}</p>;
  }

  const query = parseListingQuery(await searchParams);
  const { filter, invalidRange } = toUpcomingFilter(query);
  const active = hasActiveFilters(query);
  const [meetings, options] = await Promise.all([
    listUpcomingMeetings(series.id, locale, now, filter),
    listFilterOptions(series.id, now),
  ]);
  const nextId = meetings.find((meeting) => meeting.status === "SCHEDULED")?.id;
  const { items, page, pageCount } = listingPage(meetings, query.page);
  const days = groupMeetingsByDay(items);
  const onPage = (number: number): PageHref => ({
    pathname: "/",
    query: { ...query, page: number === 1 ? undefined : number },
  });

  return (
    <>
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-1 text-lg text-slate-800">
        {series.title} · {t("through", { date: formatDateKey(series.endsOn, locale, false) })}
      </p>
      {!series.hasEnded ? <ListingFilters options={options} query={query} active={active} /> : null}
      {invalidRange ? (
        <p role="status" className="mt-3 rounded bg-amber-50 p-2 text-amber-900">
          {tFilters("invalidRange")}
        </p>
      ) : null}

      {series.hasEnded || (meetings.length === 0 && !active) ? (
        <div className="mt-6 rounded-lg border border-slate-300 p-4">
          <p className="text-lg">{t("seriesEnded", { date: formatDateKey(series.endsOn, locale) })}</p>
          <p className="mt-2">
            <LocaleLink href="/archive">{t("seeArchive")}</LocaleLink>
          </p>
        </div>
      ) : meetings.length === 0 ? (
        <div className="mt-6 rounded-lg border border-slate-300 p-4">
          <p className="text-lg">{t("noMatches")}</p>
          <p className="mt-2">
            <LocaleLink href="/">{t("clearFilters")}</LocaleLink>
          </p>
        </div>
      ) : (
        <>
          <p className="mt-4 text-slate-700" role="status">
            {t("count", { count: meetings.length })}
          </p>
          {days.map((day) => (
            <section key={day.dateKey} aria-labelledby={`day-${day.dateKey}`} className="mt-6">
              <h2 id={`day-${day.dateKey}`} className="text-xl font-bold">
                {formatMeetingDay(day.meetings[0].startsAt, locale)}
              </h2>
              <ul className="mt-2 space-y-3">
                {day.meetings.map((meeting) => (
                  <li key={meeting.id}>
                    <MeetingCard meeting={meeting} isNext={meeting.id === nextId} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {pageCount > 1 ? (
            <PageLinks
              label={t("pagination")}
              position={t("pageOf", { page, total: pageCount })}
              previous={page > 1 ? { href: onPage(page - 1), text: t("previous") } : null}
              next={page < pageCount ? { href: onPage(page + 1), text: t("next") } : null}
            />
          ) : null}
        </>
      )}
      {!series.hasEnded ? <CalendarSubscribe locale={locale} seriesSlug={series.slug} /> : null}
    </>
  );
}
