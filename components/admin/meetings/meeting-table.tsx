import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { StaffMeetingRow } from "@/lib/meetings/admin-data";
import { formatMeetingWhen } from "@/lib/time/format";

/** The dashboard's list of meetings, each linking to its edit page. */
export async function MeetingTable({ meetings, locale }: { meetings: StaffMeetingRow[]; locale: Locale }) {
  const t = await getTranslations("Dashboard");
  if (!meetings.length) return <p className="mt-6">{t("empty")}</p>;
  return (
    <table className="mt-6 w-full border-collapse text-left">
      <caption className="sr-only">{t("tableCaption")}</caption>
      <thead>
        <tr className="border-b-2 border-slate-400">
          <th scope="col" className="py-2 pr-3">{t("colTitle")}</th>
          <th scope="col" className="py-2 pr-3">{t("colWhen")}</th>
          <th scope="col" className="py-2 pr-3">{t("colVenue")}</th>
          <th scope="col" className="py-2">{t("colStatus")}</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((meeting) => (
          <tr key={meeting.id} className="border-b border-slate-200 align-top">
            <td className="py-2 pr-3">
              <Link href={{ pathname: "/admin/meetings/[id]", params: { id: meeting.id } }} className="inline-flex min-h-11 items-center font-semibold">
                {meeting.title}
              </Link>
            </td>
            <td className="py-2 pr-3">{formatMeetingWhen(meeting.startsAt, meeting.endsAt, locale)}</td>
            <td className="py-2 pr-3">{meeting.venueName}</td>
            <td className="py-2">{t(`status_${meeting.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
