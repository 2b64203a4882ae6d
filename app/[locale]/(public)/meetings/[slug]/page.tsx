import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { MeetingArticle } from "@/components/meeting-article";
import { tapAction } from "@/lib/attendance/actions";
import { feedAlternateTypes } from "@/lib/feeds/feed-alternates";
import { pageAlternates } from "@/lib/i18n/alternates";
import { SUPPORTED_LOCALES, type Locale } from "@/lib/i18n/locales";
import { localeParam } from "@/lib/i18n/page-locale";
import { getMeetingBySlug } from "@/lib/meetings/data";
import { meetingOgImagePath, meetingPageUrl } from "@/lib/meetings/meeting-urls";
import { formatMeetingWhen } from "@/lib/time/format";

// Rendered at request time, never at build time (there may be no database
// then); the request boundary serves the result from its cache (lib/serving/).
export const dynamic = "force-dynamic";

const OPEN_GRAPH_LOCALE: Record<Locale, string> = { en: "en_US", es: "es_US" };

// Metadata and page share one query per request.
const loadMeeting = cache(getMeetingBySlug);

type Props = PageProps<"/[locale]/meetings/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const { slug } = await params;
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
  const locale = await localeParam(params);
  const { slug } = await params;
  setRequestLocale(locale);
  const meeting = await loadMeeting(slug, locale);
  if (!meeting) notFound();

  // Bound here, in the server page, so the taps post without JavaScript.
  return <MeetingArticle meeting={meeting} locale={locale} tapAction={tapAction.bind(null, locale, slug)} />;
}
