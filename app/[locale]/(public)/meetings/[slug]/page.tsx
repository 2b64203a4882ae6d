import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AddToCalendar } from "@/components/add-to-calendar";
import { DirectionsLinks } from "@/components/directions-links";
import { MeetingAccess } from "@/components/meeting-access";
import { MeetingDetails } from "@/components/meeting-details";
import { PolicePromises } from "@/components/police-promises";
import { QrAndFlyer } from "@/components/qr-and-flyer";
import { ShareLinks } from "@/components/share-links";
import { StatusBadge } from "@/components/status-badge";
import { feedAlternateTypes } from "@/lib/feeds/feed-alternates";
import { pageAlternates } from "@/lib/i18n/alternates";
import { SUPPORTED_LOCALES, type Locale } from "@/lib/i18n/locales";
import { LocaleLink } from "@/components/locale-link";
import { getMeetingBySlug } from "@/lib/meetings/data";
import { jsonLdScriptContent, meetingJsonLd } from "@/lib/meetings/json-ld";
import { meetingOgImagePath, meetingPageUrl } from "@/lib/meetings/meeting-urls";
import { formatVenueAddress } from "@/lib/meetings/public-meeting";
import { meetingShareMessage } from "@/lib/sharing/share-text";
import { listPublicStatements } from "@/lib/statements/data";
import { formatMeetingWhen } from "@/lib/time/format";

// Rendered at request time, never at build time (there may be no database
// then); proxy.ts serves the result from the in-process cache (lib/cache/).
export const dynamic = "force-dynamic";

const OPEN_GRAPH_LOCALE: Record<Locale, string> = { en: "en_US", es: "es_US" };

// Metadata and page share one query per request.
const loadMeeting = cache(getMeetingBySlug);

type Props = PageProps<"/[locale]/meetings/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: rawLocale, slug } = await params;
  const locale = rawLocale as Locale;
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const meeting = await loadMeeting(slug, locale);
  if (!meeting) return { title: t("notFoundTitle"), robots: { index: false } };

  const status = await getTranslations({ locale, namespace: "Status" });
  const when = formatMeetingWhen(meeting.startsAt, meeting.endsAt, locale);
  const description = [meeting.status === "SCHEDULED" ? null : status(meeting.status), when, meeting.venue.name]
    .filter(Boolean)
    .join(" · ");
  const url = meetingPageUrl(slug, locale);
  const ogImage = await getTranslations({ locale, namespace: "OgImage" });
  const image = {
    url: meetingOgImagePath(meeting, locale),
    width: 1200,
    height: 630,
    type: "image/png",
    alt: ogImage("alt", { title: meeting.title, when, place: meeting.venue.name }),
  };
  return {
    title: meeting.title,
    description,
    alternates: {
      ...pageAlternates({ pathname: "/meetings/[slug]", params: { slug } }, locale),
      types: feedAlternateTypes(locale, { series: meeting.series, venue: meeting.venue }),
    },
    openGraph: {
      title: meeting.title,
      description,
      url,
      siteName: t("siteName"),
      locale: OPEN_GRAPH_LOCALE[locale],
      alternateLocale: SUPPORTED_LOCALES.filter((other) => other !== locale).map((other) => OPEN_GRAPH_LOCALE[other]),
      type: "website",
      images: [image],
    },
    twitter: { card: "summary_large_image", title: meeting.title, description, images: [image] },
  };
}

export default async function MeetingPage({ params }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  const [meeting, statements] = await Promise.all([loadMeeting(slug, locale), listPublicStatements(locale)]);
  if (!meeting) notFound();

  const t = await getTranslations("Meeting");
  const pageUrl = meetingPageUrl(slug, locale);
  // Rendered per request (force-dynamic), so "now" is the visitor's now.
  const ended = meeting.endsAt <= new Date();
  const backLink = (
    <LocaleLink href="/" className="inline-flex min-h-11 items-center">
      <span aria-hidden="true">←&nbsp;</span>
      {t("backToListing")}
    </LocaleLink>
  );

  return (
    <article data-status={meeting.status}>
      <p className="no-print">{backLink}</p>
      <header className="mt-2">
        <StatusBadge status={meeting.status} />
        <h1 className="mt-1 text-3xl font-bold">{meeting.title}</h1>
        <p className="mt-1 text-slate-700">{t("series", { series: meeting.series.title })}</p>
      </header>

      <MeetingDetails meeting={meeting} ended={ended} />

      {meeting.description ? (
        <section aria-labelledby="meeting-about" className="mt-8">
          <h2 id="meeting-about" className="text-xl font-bold">
            {t("about")}
          </h2>
          <p className="mt-2 whitespace-pre-line">{meeting.description}</p>
        </section>
      ) : null}

      <MeetingAccess meeting={meeting} />
      <DirectionsLinks address={formatVenueAddress(meeting.venue)} />
      <AddToCalendar meeting={meeting} pageUrl={pageUrl} ended={ended} />
      <ShareLinks message={meetingShareMessage(meeting, locale, pageUrl)} />
      <QrAndFlyer kind="meeting" slug={meeting.slug} />
      <PolicePromises statements={statements} locale={locale} />

      <p className="no-print mt-8">{backLink}</p>

      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdScriptContent(meetingJsonLd(meeting, locale, pageUrl)) }}
      />
    </article>
  );
}
