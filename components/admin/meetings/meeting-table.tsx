import { getTranslations } from "next-intl/server";
import { AdminTable } from "@/components/admin/admin-table";
import type { MeetingTallies } from "@/lib/attendance/data";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { StaffMeetingRow } from "@/lib/meetings/admin-data";
import { formatMeetingWhen } from "@/lib/time/format";

/** The dashboard's list of meetings, each linking to its edit page; the status comes right after the title. */
export async function MeetingTable({
  meetings,
  locale,
  tallies,
}: {
  meetings: StaffMeetingRow[];
  locale: Locale;
  tallies: Map<string, MeetingTallies>;
}) {
  const [t, tAttendance, tLanguage] = await Promise.all([
    getTranslations("Dashboard"),
    getTranslations("AttendanceAdmin"),
    getTranslations("Languages"),
  ]);
  const counts = (id: string) => {
    const row = tallies.get(id);
    if (!row) return tAttendance("dashboardNone");
    const asked = row.interpretation.map(({ language, count }) =>
      tAttendance("dashboardInterpretation", { count, language: tLanguage(language as "vi") }),
    );
    return [tAttendance("dashboardCounts", { plan: row.planToCome }), ...asked].join(" · ");
  };
  return (
    <AdminTable
      caption={t("tableCaption")}
      empty={t("empty")}
      rows={meetings}
      rowKey={(meeting) => meeting.id}
      rowData={(meeting) => ({ "data-status": meeting.status })}
      columns={[
        {
          header: t("colTitle"),
          rowHeader: true,
          cell: (meeting) => (
            <Link
              href={{ pathname: "/admin/meetings/[id]", params: { id: meeting.id } }}
              className="inline-flex min-h-11 items-center"
            >
              {meeting.title}
            </Link>
          ),
        },
        {
          header: t("colStatus"),
          appText: true,
          cell: (meeting) =>
            meeting.awaitsConfirmation
              ? `${t(`status_${meeting.status}`)}: ${t("toConfirm")}`
              : t(`status_${meeting.status}`),
        },
        {
          header: t("colWhen"),
          appText: true,
          cell: (meeting) => formatMeetingWhen(meeting.startsAt, meeting.endsAt, locale),
        },
        { header: t("colVenue"), cell: (meeting) => meeting.venueName },
        {
          header: tAttendance("dashboardColumn"),
          appText: true,
          cell: (meeting) => <span data-testid="tallies">{counts(meeting.id)}</span>,
        },
      ]}
    />
  );
}
