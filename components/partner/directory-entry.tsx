import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/locales";
import { formatMeetingWhen } from "@/lib/time/format";
import type { DirectoryEntry } from "@/lib/venues/directory";

/** One partner in the directory: name, area, next meeting, and how many meetings its page lists (a link to them). */
export async function DirectoryEntryCard({ entry, locale }: { entry: DirectoryEntry; locale: Locale }) {
  const t = await getTranslations("Directory");
  const tMeeting = await getTranslations("Meeting");
  const { venue, next } = entry;
  const area = [venue.neighborhood, venue.policeDivision].filter(Boolean).join(" · ");
  const partnerHref = { pathname: "/partners/[slug]", params: { slug: venue.slug } } as const;
  return (
    <article className="rounded-lg border border-slate-300 p-4" data-venue={venue.slug}>
      <p className="text-sm font-semibold text-slate-700">{t(`kind${venue.kind}`)}</p>
      <h2 className="text-xl font-bold">
        <LocaleLink href={partnerHref}>{venue.name}</LocaleLink>
      </h2>
      {area ? (
        <p className="text-slate-700">
          <span className="sr-only">{t("area")}: </span>
          {area}
        </p>
      ) : null}
      <p className="mt-2">
        <span className="font-semibold">{t("next")}:</span>{" "}
        <time dateTime={next.startsAt.toISOString()}>{formatMeetingWhen(next.startsAt, next.endsAt, locale)}</time>{" "}
        <span className="text-sm text-slate-700">({tMeeting("centralTime")})</span>
        <br />
        <LocaleLink href={{ pathname: "/meetings/[slug]", params: { slug: next.slug } }}>{next.title}</LocaleLink>
      </p>
      <p className="mt-1">
        <LocaleLink href={partnerHref}>{t("upcoming", { ...entry.upcoming, venue: venue.name })}</LocaleLink>
      </p>
    </article>
  );
}
