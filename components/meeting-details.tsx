import { getLocale, getTranslations } from "next-intl/server";
import { formatVenueAddress, type PublicMeeting } from "@/lib/meetings/public-meeting";
import { formatMeetingDay, formatMeetingStart, formatTimeRange } from "@/lib/time/format";
import { MeetingLanguages } from "./meeting-languages";
import { VenueName } from "./venue-name";

type Props = { meeting: PublicMeeting; ended: boolean };

/** When, where, language and host of one meeting, with any change of plans first. */
export async function MeetingDetails({ meeting, ended }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("Meeting");
  const cancelled = meeting.status === "CANCELLED";
  const area = [meeting.venue.neighborhood, meeting.venue.policeDivision].filter(Boolean).join(" · ");

  return (
    <>
      {meeting.status !== "SCHEDULED" && meeting.statusNote ? (
        <p className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
          <span className="font-semibold">{t("statusNote")}:</span> {meeting.statusNote}
        </p>
      ) : null}
      {ended ? <p className="mt-4 rounded-md bg-slate-100 p-3 text-slate-900">{t("ended")}</p> : null}

      <dl className="mt-4 space-y-4">
        <div>
          <dt className="text-sm font-semibold tracking-wide text-slate-700 uppercase">{t("when")}</dt>
          <dd className={`text-lg font-semibold ${cancelled ? "text-slate-700 line-through" : ""}`}>
            <time dateTime={meeting.startsAt.toISOString()}>{formatMeetingDay(meeting.startsAt, locale)}</time>
            <br />
            {formatTimeRange(meeting.startsAt, meeting.endsAt, locale)}{" "}
            <span className="text-base font-normal text-slate-700">({t("centralTime")})</span>
          </dd>
          {meeting.previousStartsAt ? (
            <dd className="mt-1 text-slate-800">
              {t("previousStart", { when: formatMeetingStart(meeting.previousStartsAt, locale) })}
            </dd>
          ) : null}
        </div>
        <div>
          <dt className="text-sm font-semibold tracking-wide text-slate-700 uppercase">{t("where")}</dt>
          <dd className="text-lg font-medium">
            <VenueName venue={meeting.venue} />
          </dd>
          <dd>
            {formatVenueAddress(meeting.venue)}
            {meeting.venue.isDemo ? <span className="ml-1 text-sm">({t("demoAddress")})</span> : null}
          </dd>
          {area ? <dd className="text-slate-700">{area}</dd> : null}
        </div>
        <div>
          <dt className="text-sm font-semibold tracking-wide text-slate-700 uppercase">{t("language")}</dt>
          <dd>
            <MeetingLanguages spoken={meeting.spokenLanguages} interpretation={meeting.interpretation} />
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold tracking-wide text-slate-700 uppercase">{t("host")}</dt>
          <dd>
            {meeting.hostName}
            {meeting.hostTitle ? <span className="text-slate-700">, {meeting.hostTitle}</span> : null}
          </dd>
        </div>
      </dl>
    </>
  );
}
