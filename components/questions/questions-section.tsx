import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import { formPermalink, formSectionId } from "@/lib/i18n/form-sections";
import type { Locale } from "@/lib/i18n/locales";
import type { PageHref } from "@/lib/i18n/paths";
import { askQuestionAction } from "@/lib/questions/actions";
import type { PublicQuestion } from "@/lib/questions/data";
import { QUESTION_LIMITS } from "@/lib/questions/schema";
import { QuestionForm, type QuestionFormText } from "./question-form";
import { QuestionList } from "./question-list";

// Every answer the server can give the form, besides "done".
const ERROR_KEYS = ["required", "tooLong", "invalid", "tooManyQuestions", "questionsClosed", "saveFailed"] as const;

type Props = {
  locale: Locale;
  /** The page the section is on: the form posts back to it. */
  page: PageHref;
  /** The meeting asked about; null on "What to know" (general questions). */
  meetingId: string | null;
  questions: PublicQuestion[];
  /** False once the meeting is over: its answers stay, the form goes. */
  open: boolean;
};

/**
 * "Questions and answers" on a meeting page or on "What to know": the
 * published answers, then the anonymous form. The form's action is bound
 * here, on the server, so a plain form post (no JavaScript) reaches it.
 */
export async function QuestionsSection({ locale, page, meetingId, questions, open }: Props) {
  const t = await getTranslations("Questions");
  const tValidation = await getTranslations("Validation");
  const general = meetingId === null;
  const formText: QuestionFormText = {
    kept: general ? t("keptGeneral") : t("kept"),
    label: t("text"),
    hint: t("textHint"),
    submit: t("submit"),
    thanks: t("thanks"),
    honeypot: t("honeypot"),
    errors: Object.fromEntries(ERROR_KEYS.map((key) => [key, tValidation(key, { max: QUESTION_LIMITS.text })])),
  };
  return (
    <section aria-labelledby="questions-and-answers" className="mt-8">
      <h2 id="questions-and-answers" className="text-xl font-bold">
        {t("heading")}
      </h2>
      {questions.length > 0 ? (
        <QuestionList questions={questions} locale={locale} />
      ) : (
        <p className="mt-2">{t("noneYet")}</p>
      )}
      <p className="mt-3">
        <LocaleLink href="/questions" className="inline-flex min-h-11 items-center">
          {t("allLink")}
        </LocaleLink>
      </p>
      {open ? (
        <div id={formSectionId("question", locale)} className="mt-4 scroll-mt-4">
          <h3 className="text-lg font-bold">{t("askHeading")}</h3>
          <p className="mt-1">{general ? t("askIntroGeneral") : t("askIntro")}</p>
          <QuestionForm
            action={askQuestionAction.bind(null, locale, meetingId)}
            permalink={formPermalink(page, "question", locale)}
            text={formText}
          />
        </div>
      ) : null}
    </section>
  );
}
