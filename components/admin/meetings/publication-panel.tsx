import { getTranslations } from "next-intl/server";
import type { StaffUser } from "@/lib/auth/roles";
import { bilingualOrder } from "@/lib/i18n/bilingual-order";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { EditableMeeting } from "@/lib/meetings/admin-data";
import { publishMeetingAction, reviewMeetingAction } from "@/lib/publishing/actions";
import { getPublishSummary } from "@/lib/publishing/data";
import { instantToZonedParts } from "@/lib/time/central-time";
import { formatInstant, formatMeetingWhen } from "@/lib/time/format";
import { PublishForm, ReviewForm } from "./publication-forms";

type Props = { meeting: EditableMeeting; locale: Locale; user: StaffUser };

/**
 * Where a meeting stands for residents, the preview links, and the step
 * that moves it on: publish (or ask for review) a draft, approve or send
 * back a request. Before either, the meeting as residents will read it in
 * both languages, and the checks.
 */
export async function PublicationPanel({ meeting, locale, user }: Props) {
  const t = await getTranslations("Publishing");
  const summary = await getPublishSummary(meeting.id);
  if (!summary) return null;
  const blocking = Object.keys(summary.checks.blocking);
  const { publication } = meeting;
  const requested = meeting.publishAt ? instantToZonedParts(meeting.publishAt) : null;

  return (
    <section id="publish" aria-labelledby="publish-heading" className="mt-6 rounded-md border-2 border-slate-700 p-4">
      <h2 id="publish-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-1 font-semibold" data-testid="publication-state">
        {t(`state_${publication}`, { when: meeting.publishAt ? formatInstant(meeting.publishAt, locale) : "" })}
      </p>
      {meeting.reviewComment && publication === "DRAFT" ? (
        <p className="mt-2 rounded-md border border-amber-700 bg-amber-50 p-3">
          {t("sentBackComment", { comment: meeting.reviewComment })}
        </p>
      ) : null}
      <ul className="mt-2 flex flex-wrap gap-x-6">
        {bilingualOrder(locale).map((lang) => (
          <li key={lang}>
            <Link
              href={{ pathname: "/admin/meetings/[id]/preview", params: { id: meeting.id } }}
              locale={lang}
              className="inline-flex min-h-11 items-center"
            >
              {t(`preview_${lang}`)}
            </Link>
          </li>
        ))}
      </ul>
      {publication === "PUBLISHED" ? null : (
        <>
          <h3 className="mt-4 text-lg font-bold">{t("asResidentsRead")}</h3>
          <div className="mt-2 grid gap-4 md:grid-cols-2">
            {bilingualOrder(locale).map((lang) => (
              <article
                key={lang}
                lang={lang}
                className="rounded-md border border-slate-300 bg-white p-3"
                data-testid={`confirm-${lang}`}
              >
                <p className="text-lg font-semibold">{summary.texts[lang].title || "—"}</p>
                <p>{formatMeetingWhen(summary.startsAt, summary.endsAt, lang)}</p>
                <p>
                  {summary.venue.name}, {summary.venue.street}, {summary.venue.city} {summary.venue.postalCode}
                </p>
              </article>
            ))}
          </div>
          {summary.sessions.length > 1 ? (
            <>
              <p className="mt-4 font-semibold" data-testid="set-heading">
                {t("setHeading", { count: summary.sessions.length })}
              </p>
              <div className="mt-2 grid gap-4 md:grid-cols-2">
                {bilingualOrder(locale).map((lang) => (
                  <ul
                    key={lang}
                    lang={lang}
                    aria-label={t("setDatesLabel")}
                    className="list-disc rounded-md border border-slate-300 bg-white p-3 pl-8"
                    data-testid={`set-dates-${lang}`}
                  >
                    {summary.sessions.map((session) => (
                      <li key={session.id}>
                        {/* Each other session opens its own page, where a text it lacks is written. */}
                        {session.id === meeting.id ? (
                          formatMeetingWhen(session.startsAt, session.endsAt, lang)
                        ) : (
                          <Link href={{ pathname: "/admin/meetings/[id]", params: { id: session.id } }}>
                            {formatMeetingWhen(session.startsAt, session.endsAt, lang)}
                          </Link>
                        )}
                      </li>
                    ))}
                  </ul>
                ))}
              </div>
            </>
          ) : null}
          {blocking.length || summary.checks.warnings.length ? (
            <ul className="mt-4 list-disc space-y-1 pl-5" aria-label={t("checksLabel")}>
              {blocking.map((field) => (
                <li key={field} className="font-semibold text-red-900">
                  {t(`missing_${field as "titleEn"}`)}
                </li>
              ))}
              {summary.checks.warnings.map((warning) => (
                <li key={warning} className="text-amber-900">
                  {t(`warning_${warning}`)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-4 text-slate-700">{t("checksPassed")}</p>
          )}
        </>
      )}
      {publication === "DRAFT" || publication === "SCHEDULED" ? (
        <PublishForm
          key={`publish-${meeting.version}`}
          action={publishMeetingAction.bind(null, locale, meeting.id)}
          version={meeting.version}
          asksForReview={summary.series.requiresReview && user.role !== "ADMIN"}
        />
      ) : null}
      {publication === "IN_REVIEW" ? (
        <>
          <p className="mt-4">{t("waitingFor", { name: summary.requestedBy ?? "—" })}</p>
          {meeting.reviewRequestedById === user.id ? (
            <p className="mt-2 text-slate-700">{t("ownRequestNote")}</p>
          ) : (
            <ReviewForm
              key={`review-${meeting.version}`}
              action={reviewMeetingAction.bind(null, locale, meeting.id)}
              version={meeting.version}
              requested={requested}
            />
          )}
        </>
      ) : null}
    </section>
  );
}
