import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import { QuestionList } from "@/components/questions/question-list";
import { pageAlternates } from "@/lib/i18n/alternates";
import { localeParam } from "@/lib/i18n/page-locale";
import { listAllPublicQuestions } from "@/lib/questions/data";

// Content staff publish: rendered at request time and served from the
// in-process cache, which a publication empties on every instance.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/questions">): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "Questions" });
  return { title: t("pageTitle"), description: t("pageIntro"), alternates: pageAlternates("/questions", locale) };
}

/** Every answered question residents may read, newest first, in the page's language. */
export default async function QuestionsPage({ params }: PageProps<"/[locale]/questions">) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations("Questions");
  const questions = await listAllPublicQuestions(locale);
  return (
    <article className="max-w-prose text-lg">
      <h1 className="text-3xl font-bold">{t("pageTitle")}</h1>
      <p className="mt-2">{t("pageIntro")}</p>
      {questions.length > 0 ? (
        <QuestionList questions={questions} locale={locale} showMeeting />
      ) : (
        <p className="mt-6">{t("pageEmpty")}</p>
      )}
      <p className="mt-8">
        <LocaleLink href="/what-to-know" className="inline-flex min-h-11 items-center">
          {t("askLink")}
        </LocaleLink>
      </p>
    </article>
  );
}
