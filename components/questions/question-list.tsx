import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicQuestion } from "@/lib/questions/data";

/** Published questions with their answers, and the role (never the name) of who answered. */
export async function QuestionList({
  questions,
  locale,
  showMeeting = false,
}: {
  questions: PublicQuestion[];
  locale: Locale;
  showMeeting?: boolean;
}) {
  const t = await getTranslations("Questions");
  return (
    <ul className="mt-3 space-y-5">
      {questions.map((question) => (
        <li key={question.id} className="border-l-4 border-slate-300 pl-3">
          {showMeeting ? (
            <p className="text-base text-slate-700">
              {question.meeting ? (
                <LocaleLink href={{ pathname: "/meetings/[slug]", params: { slug: question.meeting.slug } }}>
                  {t("about", { title: question.meeting.title })}
                </LocaleLink>
              ) : (
                t("general")
              )}
            </p>
          ) : null}
          <p className="font-semibold">
            <span className="sr-only">{t("question")}: </span>
            <span
              lang={question.askedIn === locale ? undefined : question.askedIn}
              className="wrap-anywhere whitespace-pre-line"
            >
              {question.text}
            </span>
          </p>
          <p className="mt-1 wrap-anywhere whitespace-pre-line">
            <span className="sr-only">{t("answer")}: </span>
            {question.answer}
          </p>
          <p className="mt-1 text-base text-slate-700">
            {t("answeredBy", {
              role: question.answeredByRole ? t(`role${question.answeredByRole}`) : t("roleUnknown"),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
