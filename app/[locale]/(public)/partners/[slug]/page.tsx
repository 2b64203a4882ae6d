import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { MeetingCard } from "@/components/meeting-card";
import { EmbedCode } from "@/components/partner/embed-code";
import { PartnerCalendarLinks } from "@/components/partner/partner-calendar-links";
import { QrAndFlyer } from "@/components/qr-and-flyer";
import { ShareLinks } from "@/components/share-links";
import { feedAlternateTypes } from "@/lib/feeds/feed-alternates";
import { pageAlternates } from "@/lib/i18n/alternates";
import { SUPPORTED_LOCALES, type Locale } from "@/lib/i18n/locales";
import { localeParam } from "@/lib/i18n/page-locale";
import { listUpcomingMeetingsAtVenue } from "@/lib/meetings/data";
import { formatVenueAddress } from "@/lib/meetings/public-meeting";
import { nextScheduled, partnerOgImagePath } from "@/lib/og/partner-og-text";
import { partnerPageUrl } from "@/lib/sharing/sharing-paths";
import { partnerShareMessage } from "@/lib/sharing/share-text";
import { formatMeetingWhen } from "@/lib/time/format";
import { getPartnerBySlug } from "@/lib/venues/data";
import { countUpcomingMeetingsAtVenue, PARTNER_PAGE_MEETING_LIMIT } from "@/lib/venues/directory";

// Rendered at request time, never at build time (there may be no database
// then); the request boundary serves the result from its cache (lib/serving/).
export const dynamic = "force-dynamic";

const OPEN_GRAPH_LOCALE: Record<Locale, string> = { en: "en_US", es: "es_US" };

// Metadata and page share one query each per request.
const loadPartner = cache(getPartnerBySlug);
const loadMeetings = cache((venueId: string, locale: Locale) =>
  listUpcomingMeetingsAtVenue(venueId, locale, new Date(), PARTNER_PAGE_MEETING_LIMIT),
);

type Props = PageProps<"/[locale]/partners/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const { slug } = await params;
  const partner = await loadPartner(slug, locale);
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  if (!partner) return { title: meta("notFoundTitle"), robots: { index: false } };
  const t = await getTranslations({ locale, namespace: "Partner" });
  const description = partner.description || t("metaDescription", { venue: partner.name });
  const next = nextScheduled(await loadMeetings(partner.id, locale));
  const ogImage = await getTranslations({ locale, namespace: "OgImage" });
  const tMeeting = await getTranslations({ locale, namespace: "Meeting" });
  const nextText = next
    ? ogImage("partnerNext", {
        day: `${formatMeetingWhen(next.startsAt, next.endsAt, locale)} (${tMeeting("centralTime")})`,
      })
    : ogImage("partnerNone");
  const image = {
    url: partnerOgImagePath(slug, locale, next),
    width: 1200,
    height: 630,
    type: "image/png",
    alt: ogImage("partnerAlt", { venue: partner.name, next: nextText }),
  };
  return {
    title: partner.name,
    description,
    alternates: {
      ...pageAlternates({ pathname: "/partners/[slug]", params: { slug } }, locale),
      types: feedAlternateTypes(locale, { venue: partner }),
    },
    openGraph: {
      title: t("seeMeetings", { venue: partner.name }),
      description,
      url: partnerPageUrl(slug, locale),
      siteName: meta("siteName"),
      locale: OPEN_GRAPH_LOCALE[locale],
      alternateLocale: SUPPORTED_LOCALES.filter((other) => other !== locale).map((other) => OPEN_GRAPH_LOCALE[other]),
      type: "website",
      images: [image],
    },
    twitter: {
      card: "summary_large_image",
      title: t("seeMeetings", { venue: partner.name }),
      description,
      images: [image],
    },
  };
}

export default async function PartnerPage({ params }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  setRequestLocale(locale);
  const partner = await loadPartner(slug, locale);
  if (!partner) notFound();

  const t = await getTranslations("Partner");
  const tMeeting = await getTranslations("Meeting");
  // The same count as the directory's: every meeting to come here, cancelled ones included.
  const [meetings, count] = await Promise.all([
    loadMeetings(partner.id, locale),
    countUpcomingMeetingsAtVenue(partner.id, new Date()),
  ]);
  const url = partnerPageUrl(slug, locale);
  const next = nextScheduled(meetings);

  return (
    <article data-partner={partner.slug}>
      <header>
        <p className="font-semibold text-slate-700">{t("kicker")}</p>
        <h1 className="mt-1 text-3xl font-bold">{partner.name}</h1>
        <p className="mt-2 text-lg">
          <span className="sr-only">{t("address")}: </span>
          {formatVenueAddress(partner)}
          {partner.isDemo ? <span className="ml-1 text-sm">({tMeeting("demoAddress")})</span> : null}
        </p>
        {partner.neighborhood ? <p className="text-slate-700">{partner.neighborhood}</p> : null}
      </header>
      {partner.description ? <p className="mt-4 whitespace-pre-line">{partner.description}</p> : null}

      <section aria-labelledby="partner-upcoming" className="mt-8">
        <h2 id="partner-upcoming" className="text-xl font-bold">
          {t("upcomingHeading")}
        </h2>
        {meetings.length === 0 ? (
          <p className="mt-2">{t("none")}</p>
        ) : (
          <>
            <p className="mt-1 text-slate-700">{t("count", count)}</p>
            <ul className="mt-3 space-y-4">
              {meetings.map((meeting) => (
                <li key={meeting.id}>
                  <MeetingCard meeting={meeting} showDay />
                </li>
              ))}
            </ul>
            {count.total > meetings.length ? (
              <p className="mt-3">{t("moreInCalendar", { shown: meetings.length })}</p>
            ) : null}
          </>
        )}
      </section>

      <ShareLinks message={partnerShareMessage(partner, next, locale, url)} />
      <PartnerCalendarLinks locale={locale} venueSlug={partner.slug} />
      <section aria-labelledby="partner-kit" className="no-print mt-10 rounded-lg border border-slate-300 p-4">
        <h2 id="partner-kit" className="text-xl font-bold">
          {t("kitHeading")}
        </h2>
        <p className="mt-1">{t("kitIntro")}</p>
        <QrAndFlyer kind="partner" slug={partner.slug} headingLevel="h3" />
        <EmbedCode locale={locale} venue={partner} headingLevel="h3" />
      </section>
    </article>
  );
}
