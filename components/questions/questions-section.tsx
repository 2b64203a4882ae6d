import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/locales";
import { askQuestionAction } from "@/lib/questions/actions";
import type { PublicQuestion } from "@/lib/questions/data";
import { QuestionForm } from "./question-form";
import { QuestionList } from "./question-list";

// What the question form renders in the browser.
const CLIENT_NAMESPACES = ["Questions", "StaffForm", "Validation"] as const;

type Props = {
  locale: Locale;
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
export async function QuestionsSection({ locale, meetingId, questions, open }: Props) {
  const t = await getTranslations("Questions");
  const messages = await getMessages();
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
  const general = meetingId === null;
  return (
    <section aria-labelledby="questions-and-answers" className="mt-8">
      <h2 id="questions-and-answers" className="text-xl font-bold">
        {t("heading")}
      </h2>
      {questions.length > 0 ? <QuestionList questions={questions} locale={locale} /> : <p className="mt-2">{t("noneYet")}</p>}
      <p className="mt-3">
        <LocaleLink href="/questions" className="inline-flex min-h-11 items-center">
          {t("allLink")}
        </LocaleLink>
      </p>
      {open ? (
        <div id="ask" className="mt-4">
          <h3 className="text-lg font-bold">{t("askHeading")}</h3>
          <p className="mt-1">{general ? t("askIntroGeneral") : t("askIntro")}</p>
          <NextIntlClientProvider messages={clientMessages}>
            <QuestionForm action={askQuestionAction.bind(null, locale, meetingId)} general={general} />
          </NextIntlClientProvider>
        </div>
      ) : null}
    </section>
  );
}
