import { getLocale, getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import { formatVenueAddress, type PublicMeeting } from "@/lib/meetings/public-meeting";
import { formatMeetingDay, formatTimeRange } from "@/lib/time/format";
import { MeetingLanguages } from "./meeting-languages";
import { StatusBadge } from "./status-badge";
import { VenueName } from "./venue-name";

type Props = {
  meeting: PublicMeeting;
  isNext?: boolean;
  /** The listing groups by day, so it shows only the time; the archive shows both. */
  showDay?: boolean;
  headingLevel?: "h2" | "h3";
};

export async function MeetingCard({ meeting, isNext = false, showDay = false, headingLevel = "h3" }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("Meeting");
  const tListing = await getTranslations("Listing");
  const Heading = headingLevel;
  const inactive = meeting.status !== "SCHEDULED";
  const area = [meeting.venue.neighborhood, meeting.venue.policeDivision].filter(Boolean).join(" · ");

  return (
    <article
      className={`rounded-lg border p-4 ${isNext ? "border-brand-700 bg-brand-50 ring-2 ring-brand-700" : "border-slate-300"}`}
      aria-label={isNext ? tListing("nextBadge") : undefined}
      data-status={meeting.status}
    >
      <div className="flex flex-wrap items-center gap-2">
        {isNext ? (
          <span className="rounded bg-brand-800 px-2 py-0.5 text-sm font-bold text-white">{tListing("nextBadge")}</span>
        ) : null}
        <StatusBadge status={meeting.status} />
      </div>
      <p className={`mt-1 text-lg font-semibold ${inactive ? "text-slate-600 line-through" : ""}`}>
        {showDay ? `${formatMeetingDay(meeting.startsAt, locale)} · ` : null}
        <time dateTime={meeting.startsAt.toISOString()}>
          {formatTimeRange(meeting.startsAt, meeting.endsAt, locale)}
        </time>{" "}
        <span className="text-sm font-normal text-slate-700">({t("centralTime")})</span>
      </p>
      <Heading className="mt-1 text-xl font-bold">
        <LocaleLink href={{ pathname: "/meetings/[slug]", params: { slug: meeting.slug } }}>{meeting.title}</LocaleLink>
      </Heading>
      <p className="mt-1 font-medium">
        <VenueName venue={meeting.venue} />
      </p>
      <p className="text-slate-700">
        {formatVenueAddress(meeting.venue)}
        {meeting.venue.isDemo ? <span className="ml-1 text-sm">({t("demoAddress")})</span> : null}
      </p>
      {area ? <p className="text-slate-700">{area}</p> : null}
      <p className="mt-1 text-slate-800">
        <MeetingLanguages spoken={meeting.spokenLanguages} interpretation={meeting.interpretation} />
      </p>
      {inactive && meeting.statusNote ? (
        <p className="mt-2 rounded bg-slate-100 p-2 text-slate-900">
          <span className="font-semibold">{t("statusNote")}:</span> {meeting.statusNote}
        </p>
      ) : null}
    </article>
  );
}
