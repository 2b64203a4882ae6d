import { getTranslations } from "next-intl/server";
import type { StaffUser } from "@/lib/auth/roles";
import { bilingualOrder } from "@/lib/i18n/bilingual-order";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { discardRevisionAction, publishRevisionAction, reviewRevisionAction } from "@/lib/meeting-revisions/actions";
import { compareRevision } from "@/lib/meeting-revisions/compare";
import type { PendingRevision } from "@/lib/meeting-revisions/data";
import type { MeetingFormValues } from "@/lib/meetings/schema";
import { DraftChangeComparison } from "./draft-change-comparison";
import { DiscardDraftChangeForm, PublishDraftChangeForm, ReviewDraftChangeForm } from "./draft-change-forms";
import type { MeetingFormOptions } from "./meeting-fields";

type Props = {
  meetingId: string;
  revision: PendingRevision;
  /** What residents read now: the change is shown beside it. */
  published: MeetingFormValues;
  options: MeetingFormOptions;
  locale: Locale;
  user: StaffUser;
};

/**
 * A published meeting's pending draft change: where it stands, its preview
 * in each language, what it changes beside what residents read now, the
 * checks before publishing, and the step that moves it on (publish or ask
 * for review, approve or send back, discard).
 */
export async function DraftChangePanel({ meetingId, revision, published, options, locale, user }: Props) {
  const t = await getTranslations("DraftChange");
  const tPublishing = await getTranslations("Publishing");
  const blocking = revision.checks ? Object.keys(revision.checks.blocking) : [];
  const warnings = revision.checks?.warnings ?? [];
  const asksForReview = revision.series.requiresReview && user.role !== "ADMIN";

  return (
    <section
      id="draft-change"
      aria-labelledby="draft-change-heading"
      className="mt-6 rounded-md border-2 border-amber-700 bg-amber-50 p-4"
    >
      <h2 id="draft-change-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-1 font-semibold" data-testid="draft-change-state">
        {t(`state_${revision.state}`)}
      </p>
      {revision.stale ? <p className="mt-2 font-semibold text-red-900">{t("stale")}</p> : null}
      {revision.reviewComment && revision.state === "DRAFT" ? (
        <p className="mt-2">{t("sentBackComment", { comment: revision.reviewComment })}</p>
      ) : null}
      <ul className="mt-2 flex flex-wrap gap-x-6">
        {bilingualOrder(locale).map((lang) => (
          <li key={lang}>
            <Link
              href={{ pathname: "/admin/meetings/[id]/preview", params: { id: meetingId }, query: { change: "1" } }}
              locale={lang}
              className="inline-flex min-h-11 items-center"
            >
              {t(`preview_${lang}`)}
            </Link>
          </li>
        ))}
      </ul>
      <DraftChangeComparison
        comparisons={compareRevision(published, revision.values)}
        locale={locale}
        options={options}
      />
      {blocking.length || warnings.length ? (
        <ul className="mt-4 list-disc space-y-1 pl-5" aria-label={tPublishing("checksLabel")}>
          {blocking.map((field) => (
            <li key={field} className="font-semibold text-red-900">
              {tPublishing(`missing_${field as "titleEn"}`)}
            </li>
          ))}
          {warnings.map((warning) => (
            <li key={warning} className="text-amber-950">
              {tPublishing(`warning_${warning}`)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-4 text-slate-800">{tPublishing("checksPassed")}</p>
      )}
      {!revision.stale && revision.state === "DRAFT" ? (
        <PublishDraftChangeForm
          key={`change-publish-${revision.version}`}
          action={publishRevisionAction.bind(null, locale, meetingId)}
          version={revision.version}
          asksForReview={asksForReview}
        />
      ) : null}
      {!revision.stale && revision.state === "IN_REVIEW" ? (
        <>
          <p className="mt-4">{t("waitingFor", { name: revision.requestedBy ?? "—" })}</p>
          {revision.reviewRequestedById === user.id ? (
            <p className="mt-2 text-slate-800">{t("ownRequestNote")}</p>
          ) : (
            <ReviewDraftChangeForm
              key={`change-review-${revision.version}`}
              action={reviewRevisionAction.bind(null, locale, meetingId)}
              version={revision.version}
            />
          )}
        </>
      ) : null}
      <DiscardDraftChangeForm
        key={`change-discard-${revision.version}`}
        action={discardRevisionAction.bind(null, locale, meetingId)}
        version={revision.version}
      />
    </section>
  );
}
