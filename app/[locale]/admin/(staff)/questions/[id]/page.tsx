import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Fact } from "@/components/admin/fact";
import { FormNotice } from "@/components/admin/form-alert";
import { AnswerQuestionForm, DeleteQuestionForm, QuestionPublicationForm } from "@/components/admin/question-forms";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { localeParam } from "@/lib/i18n/page-locale";
import {
  answerQuestionAction,
  deleteQuestionAction,
  publishQuestionAction,
  unpublishQuestionAction,
} from "@/lib/questions/actions";
import { getQuestionForStaff } from "@/lib/questions/data";
import { formatMeetingDay, formatToTheHour } from "@/lib/time/format";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "QuestionAdmin" });
  return { title: t("detailTitle") };
}

/** One question: what was asked, the answer in both languages, and whether residents see it. */
export default async function QuestionAdminPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { id } = await params;
  setRequestLocale(locale);
  await requireStaffPage(locale, "answerQuestions");
  const question = await getQuestionForStaff(id, locale);
  if (!question) notFound();
  const t = await getTranslations("QuestionAdmin");
  const tPublic = await getTranslations({ locale, namespace: "Questions" });
  const tLanguage = await getTranslations("Languages");
  const saved = typeof (await searchParams).saved === "string";
  const answered = Boolean(question.answerEn && question.answerEs);

  return (
    <>
      <p>
        <Link
          href={{ pathname: "/admin/questions", query: { status: question.status } }}
          className="inline-flex min-h-11 items-center"
        >
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("detailTitle")}</h1>
      {saved ? (
        <div className="mt-4">
          <FormNotice>{t("saved")}</FormNotice>
        </div>
      ) : null}
      <dl className="mt-4 space-y-3">
        <Fact label={t("colQuestion")}>
          <span lang={question.askedIn}>{question.text}</span>
        </Fact>
        <Fact label={t("askedAbout")}>
          {question.meeting ? (
            <Link href={{ pathname: "/admin/meetings/[id]", params: { id: question.meeting.id } }}>
              {t("meetingGroup", {
                title: question.meeting.title,
                date: formatMeetingDay(question.meeting.startsAt, locale),
              })}
            </Link>
          ) : (
            t("general")
          )}
        </Fact>
        <Fact label={t("askedIn")}>{tLanguage(question.askedIn as "es")}</Fact>
        <Fact label={t("askedOn")}>{t("askedAround", formatToTheHour(question.createdAt, locale))}</Fact>
        <Fact label={t("status")}>{t(`status_${question.status}`)}</Fact>
        {question.answeredByRole ? (
          <Fact label={t("answeredBy")}>{tPublic(`role${question.answeredByRole}`)}</Fact>
        ) : null}
      </dl>
      <div className="mt-8 space-y-8">
        <section aria-labelledby="answer-heading">
          <h2 id="answer-heading" className="mb-3 text-2xl font-bold">
            {t("answerTitle")}
          </h2>
          <AnswerQuestionForm
            action={answerQuestionAction.bind(null, locale, question.id)}
            answerEn={question.answerEn}
            answerEs={question.answerEs}
          />
        </section>
        {answered ? (
          <section aria-labelledby="publication-heading">
            <h2 id="publication-heading" className="text-2xl font-bold">
              {t("publishTitle")}
            </h2>
            <p className="mb-3 text-slate-700">{t("publishIntro")}</p>
            {question.status === "PUBLISHED" ? (
              <QuestionPublicationForm
                action={unpublishQuestionAction.bind(null, locale, question.id)}
                publish={false}
              />
            ) : (
              <QuestionPublicationForm action={publishQuestionAction.bind(null, locale, question.id)} publish />
            )}
          </section>
        ) : null}
        <section aria-labelledby="delete-heading">
          <h2 id="delete-heading" className="text-2xl font-bold">
            {t("deleteTitle")}
          </h2>
          <p className="mb-3 text-slate-700">{t("deleteIntro")}</p>
          <DeleteQuestionForm action={deleteQuestionAction.bind(null, locale, question.id)} />
        </section>
      </div>
    </>
  );
}
