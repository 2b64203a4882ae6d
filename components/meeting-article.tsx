import { getTranslations } from "next-intl/server";
import { AddToCalendar } from "@/components/add-to-calendar";
import type { TapAction } from "@/components/attendance/attendance-forms";
import { AttendanceSection } from "@/components/attendance/attendance-section";
import { DirectionsLinks } from "@/components/directions-links";
import { LocaleLink } from "@/components/locale-link";
import { MeetingAccess } from "@/components/meeting-access";
import { MeetingDetails } from "@/components/meeting-details";
import { PolicePromises } from "@/components/police-promises";
import { QrAndFlyer } from "@/components/qr-and-flyer";
import { QuestionsSection } from "@/components/questions/questions-section";
import { ShareLinks } from "@/components/share-links";
import { StatusBadge } from "@/components/status-badge";
import type { Locale } from "@/lib/i18n/locales";
import { jsonLdScriptContent, meetingJsonLd } from "@/lib/meetings/json-ld";
import { meetingPageUrl } from "@/lib/meetings/meeting-urls";
import { formatVenueAddress, type PublicMeeting } from "@/lib/meetings/public-meeting";
import { meetingShareMessage } from "@/lib/sharing/share-text";
import { listMeetingQuestions } from "@/lib/questions/data";
import { listPublicStatements } from "@/lib/statements/data";

type Props = {
  meeting: PublicMeeting;
  locale: Locale;
  preview?: boolean;
  /** In a preview, the meeting is not public yet: its calendar and share links would answer "page not found", and are shown unavailable. */
  notPublicYet?: boolean;
  tapAction?: TapAction;
};

/**
 * A meeting's page as residents read it: the public page, and the staff
 * preview of a meeting not yet public (which leaves out the QR code, flyer
 * and search-engine data: those exist only once it is published, and the
 * anonymous taps, whose action the public page binds).
 */
export async function MeetingArticle({ meeting, locale, preview = false, notPublicYet = false, tapAction }: Props) {
  const slug = meeting.slug;
  const [t, statements, questions] = await Promise.all([
    getTranslations("Meeting"),
    listPublicStatements(locale),
    preview ? [] : listMeetingQuestions(meeting.id, locale),
  ]);
  const pageUrl = meetingPageUrl(slug, locale);
  const page = { pathname: "/meetings/[slug]", params: { slug } } as const;
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
      <AttendanceSection
        meeting={meeting}
        locale={locale}
        page={page}
        action={preview ? undefined : tapAction}
        ended={ended}
      />
      <DirectionsLinks address={formatVenueAddress(meeting.venue)} />
      <AddToCalendar meeting={meeting} pageUrl={pageUrl} ended={ended} notPublicYet={preview && notPublicYet} />
      <ShareLinks message={meetingShareMessage(meeting, locale, pageUrl)} notPublicYet={preview && notPublicYet} />
      {preview ? null : <QrAndFlyer kind="meeting" slug={meeting.slug} />}
      <PolicePromises statements={statements} locale={locale} />
      {preview ? null : (
        <QuestionsSection locale={locale} page={page} meetingId={meeting.id} questions={questions} open={!ended} />
      )}

      <p className="no-print mt-8">{backLink}</p>

      {preview ? null : (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: jsonLdScriptContent(meetingJsonLd(meeting, locale, pageUrl)) }}
        />
      )}
    </article>
  );
}
