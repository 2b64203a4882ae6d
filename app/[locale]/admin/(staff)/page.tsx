import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ButtonLink } from "@/components/admin/button-link";
import { DashboardFilters } from "@/components/admin/meetings/dashboard-filters";
import { MeetingTable } from "@/components/admin/meetings/meeting-table";
import { Notice } from "@/components/admin/meetings/notice";
import { talliesForMeetings } from "@/lib/attendance/data";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { emailDelivery } from "@/lib/email/delivery";
import { Link } from "@/lib/i18n/navigation";
import { localeParam } from "@/lib/i18n/page-locale";
import { DASHBOARD_TABS, listStaffMeetings, type DashboardTab } from "@/lib/meetings/admin-data";
import { countWaitingForReview } from "@/lib/publishing/data";

export const dynamic = "force-dynamic";

type Props = PageProps<"/[locale]/admin">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "Dashboard" });
  return { title: t("heading") };
}

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export default async function DashboardPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const user = await requireStaffPage(locale, "manageMeetings");
  const t = await getTranslations("Dashboard");
  // Admins learn here that a deployment without SMTP_URL sends no email (docs/deployment.md#email).
  const emailOff = can(user.role, "viewOutbox") && emailDelivery().mode === "off";
  const query = await searchParams;
  const tab = DASHBOARD_TABS.find((name) => name === one(query.tab)) ?? ("upcoming" satisfies DashboardTab);
  const search = one(query.q).trim().slice(0, 100);
  const [meetings, waitingForReview] = await Promise.all([
    listStaffMeetings(tab, search, locale, new Date()),
    countWaitingForReview(),
  ]);
  const tallies = await talliesForMeetings(meetings.map((meeting) => meeting.id));

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("heading")}</h1>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/admin/meetings/new">{t("newMeeting")}</ButtonLink>
          <Link
            href="/admin/meetings/recurring"
            className="inline-flex min-h-11 items-center rounded-md border border-slate-500 px-4 font-semibold no-underline"
          >
            {t("recurring")}
          </Link>
        </div>
      </div>
      {emailOff ? (
        <Notice tone="warning">
          {t("emailOff")} <Link href="/admin/outbox">{t("emailOffLink")}</Link>
        </Notice>
      ) : null}
      {one(query.deleted) === "1" ? <Notice tone="success">{t("deleted")}</Notice> : null}
      {one(query.missing) === "1" ? <Notice tone="problem">{t("missing")}</Notice> : null}
      <DashboardFilters tab={tab} search={search} waitingForReview={waitingForReview} />
      <p className="mt-4" role="status">
        {t("count", { count: meetings.length })}
      </p>
      <MeetingTable meetings={meetings} locale={locale} tallies={tallies} />
    </>
  );
}
