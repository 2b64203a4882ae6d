import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { AttendancePanel } from "@/components/admin/meetings/attendance-panel";
import { meetingFormOptions } from "@/components/admin/meetings/form-options";
import { MeetingAnnouncement } from "@/components/admin/meetings/meeting-announcement";
import { MeetingForm } from "@/components/admin/meetings/meeting-form";
import { DraftChangePanel } from "@/components/admin/meetings/draft-change-panel";
import {
  CancelMeetingForm,
  DeleteMeetingForm,
  PostponeMeetingForm,
} from "@/components/admin/meetings/meeting-status-forms";
import { Notice } from "@/components/admin/meetings/notice";
import { PublicationPanel } from "@/components/admin/meetings/publication-panel";
import { StatusConfirmationPanel } from "@/components/admin/meetings/status-confirmation-panel";
import { StatusBadge } from "@/components/status-badge";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { localeParam } from "@/lib/i18n/page-locale";
import {
  cancelMeetingAction,
  deleteMeetingAction,
  postponeMeetingAction,
  updateMeetingAction,
} from "@/lib/meetings/actions";
import { getPendingRevision } from "@/lib/meeting-revisions/data";
import { getEditableMeeting } from "@/lib/meetings/admin-data";
import { isPubliclyVisible } from "@/lib/meetings/visibility";
import { reviewRulesFor } from "@/lib/publishing/data";
import { formatMeetingWhen } from "@/lib/time/format";

export const dynamic = "force-dynamic";

type Props = PageProps<"/[locale]/admin/meetings/[id]">;

const SAVED_NOTICES = [
  "created",
  "draft",
  "updated",
  "updatedDraft",
  "updatedInReview",
  "updatedScheduled",
  "cancelled",
  "postponed",
  "published",
  "scheduled",
  "inReview",
  "sentBack",
  "interpreter",
  "backToDraft",
  "setCreated",
  "setDraft",
  "draftChange",
  "changePublished",
  "changeInReview",
  "changeSentBack",
  "changeDiscarded",
  "cancelledToConfirm",
  "postponedToConfirm",
  "statusConfirmed",
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "MeetingForm" });
  return { title: t("editHeading") };
}

/** What the edit form does with a published meeting, for this staff member. */
function editHint(editingChange: boolean, needsReview: boolean) {
  if (needsReview) return editingChange ? "editingDraftChangeNeedsReview" : "changeNeedsReviewHint";
  return editingChange ? "editingDraftChange" : "draftChangeHint";
}

export default async function EditMeetingPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { id } = await params;
  setRequestLocale(locale);
  const user = await requireStaffPage(locale, "manageMeetings");
  const meeting = await getEditableMeeting(id);
  if (!meeting) notFound();
  const t = await getTranslations("MeetingForm");
  const [options, rules, revision] = await Promise.all([
    meetingFormOptions(locale),
    reviewRulesFor(user, meeting),
    getPendingRevision(meeting.id),
  ]);
  const query = await searchParams;
  const saved = SAVED_NOTICES.find((notice) => notice === query.saved);
  const title = locale === "es" ? meeting.values.titleEs : meeting.values.titleEn;
  const linkClass = "inline-flex min-h-11 items-center";
  // A new version remounts every form, so none can post a version that is already stale.
  const key = `${meeting.id}-${meeting.version}`;
  const session = {
    titles: { en: meeting.values.titleEn ?? "", es: meeting.values.titleEs ?? "" },
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt.toISOString(),
  };
  const times = {
    date: meeting.values.date ?? "",
    startTime: meeting.values.startTime ?? "",
    endTime: meeting.values.endTime ?? "",
  };
  // Public now, so once public: a published meeting never goes back to draft.
  const everPublic = isPubliclyVisible(meeting);

  return (
    <>
      <h1 className="text-3xl font-bold">{t("editHeading")}</h1>
      <h2 className="mt-2 text-xl font-semibold">
        {title} <StatusBadge status={meeting.status} />
      </h2>
      <p className="text-slate-700">
        {formatMeetingWhen(meeting.startsAt, meeting.endsAt, locale)} ·{" "}
        {t("versionLabel", { version: meeting.version })}
      </p>
      <ul className="mt-2 flex flex-wrap gap-x-6">
        {meeting.publication === "PUBLISHED" ? (
          <li>
            <Link href={{ pathname: "/meetings/[slug]", params: { slug: meeting.slug } }} className={linkClass}>
              {t("publicPage")}
            </Link>
          </li>
        ) : null}
        <li>
          <Link href={{ pathname: "/admin/meetings/new", query: { from: meeting.id } }} className={linkClass}>
            {t("duplicate")}
          </Link>
        </li>
      </ul>
      {saved ? <Notice tone="success">{t(`saved_${saved}`)}</Notice> : null}
      <PublicationPanel key={`publication-${key}`} meeting={meeting} locale={locale} user={user} />
      <StatusConfirmationPanel meeting={meeting} locale={locale} user={user} />
      {revision ? (
        <DraftChangePanel
          key={`change-${revision.version}`}
          meetingId={meeting.id}
          revision={revision}
          published={meeting.values}
          options={options}
          locale={locale}
          user={user}
        />
      ) : null}
      {rules.voidsReview ? <Notice tone="warning">{t("editVoidsReview")}</Notice> : null}
      {meeting.publication === "PUBLISHED" ? (
        <p className="mt-6 text-slate-700" data-testid="edit-hint">
          {t(editHint(Boolean(revision), rules.editNeedsReview))}
        </p>
      ) : null}
      <MeetingForm
        key={`${key}-${revision?.version ?? 0}`}
        kind="edit"
        action={updateMeetingAction.bind(null, locale, meeting.id)}
        initialValues={revision?.values ?? meeting.values}
        version={meeting.version}
        options={options}
        isDraft={meeting.publication === "DRAFT"}
        offersDraftChange={meeting.publication === "PUBLISHED"}
        asksForReview={rules.editNeedsReview}
      />
      <AttendancePanel
        key={`attendance-${key}`}
        meetingId={meeting.id}
        version={meeting.version}
        interpretation={meeting.values.interpretation ?? []}
        locale={locale}
      />
      {/* Cancelling or moving tells residents and their calendars; a meeting they never saw is edited above or deleted. */}
      {everPublic ? (
        <section aria-labelledby="status-heading" className="mt-10 space-y-6">
          <h2 id="status-heading" className="text-2xl font-bold">
            {t("statusHeading")}
          </h2>
          <p className="text-slate-700">{t("statusIntro")}</p>
          {rules.statusNeedsConfirmation ? (
            <p className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-3" data-testid="status-rule">
              {t("statusRuleConfirm")}
            </p>
          ) : null}
          {meeting.status !== "CANCELLED" ? (
            <CancelMeetingForm
              key={`cancel-${key}`}
              action={cancelMeetingAction.bind(null, locale, meeting.id)}
              version={meeting.version}
              session={session}
              initialValues={meeting.statusNotes}
            />
          ) : null}
          <PostponeMeetingForm
            key={`postpone-${key}`}
            action={postponeMeetingAction.bind(null, locale, meeting.id)}
            version={meeting.version}
            session={session}
            initialValues={{ ...times, ...meeting.statusNotes }}
          />
        </section>
      ) : null}
      <div className="mt-10">
        <DeleteMeetingForm
          key={`delete-${key}`}
          action={deleteMeetingAction.bind(null, locale, meeting.id)}
          version={meeting.version}
          neverPublic={!everPublic}
        />
      </div>
      <MeetingAnnouncement slug={meeting.slug} />
    </>
  );
}
