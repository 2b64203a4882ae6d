import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import { QuestionsSection } from "@/components/questions/questions-section";
import { StatementList } from "@/components/statement-list";
import { pageAlternates } from "@/lib/i18n/alternates";
import { localeParam } from "@/lib/i18n/page-locale";
import { listGeneralQuestions } from "@/lib/questions/data";
import { listPublicStatements } from "@/lib/statements/data";

// The statements are content staff edit: rendered at request time (never at
// build time, when there may be no database) and served by proxy.ts from the
// in-process cache like the listing, which a save empties on every instance.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/what-to-know">): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    title: t("whatToKnowTitle"),
    description: t("whatToKnowDescription"),
    alternates: pageAlternates("/what-to-know", locale),
    openGraph: { title: t("whatToKnowTitle"), description: t("whatToKnowDescription"), locale, type: "article" },
    twitter: { card: "summary", title: t("whatToKnowTitle"), description: t("whatToKnowDescription") },
  };
}

export default async function WhatToKnowPage({ params }: PageProps<"/[locale]/what-to-know">) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations("WhatToKnow");
  const [statements, questions] = await Promise.all([listPublicStatements(locale), listGeneralQuestions(locale)]);
  const willNot = statements.filter((statement) => statement.section === "WILL_NOT");
  const stillApplies = statements.filter((statement) => statement.section === "STILL_APPLIES");

  return (
    <article className="max-w-prose text-lg">
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-2">{t("intro")}</p>

      {willNot.length > 0 ? (
        <section aria-labelledby="will-not" className="mt-6">
          <h2 id="will-not" className="text-2xl font-bold">
            {t("willNotHeading")}
          </h2>
          <StatementList statements={willNot} locale={locale} />
        </section>
      ) : null}

      {stillApplies.length > 0 ? (
        <section aria-labelledby="still-applies" className="mt-6">
          <h2 id="still-applies" className="text-2xl font-bold">
            {t("stillAppliesHeading")}
          </h2>
          <StatementList statements={stillApplies} locale={locale} />
        </section>
      ) : null}

      {statements.length === 0 ? <p className="mt-6">{t("noStatements")}</p> : null}

      <p className="mt-6 border-l-4 border-slate-300 pl-3 text-base text-slate-700">{t("attribution")}</p>
      <p className="mt-2">
        <LocaleLink href="/what-to-know/history" className="inline-flex min-h-11 items-center">
          {t("historyLink")}
        </LocaleLink>
      </p>

      <section aria-labelledby="questions" className="mt-6">
        <h2 id="questions" className="text-2xl font-bold">
          {t("questionsHeading")}
        </h2>
        <p className="mt-2">{t("questions")}</p>
        <p className="mt-4">
          <LocaleLink href="/" className="inline-flex min-h-11 items-center font-semibold">
            {t("seeMeetings")}
          </LocaleLink>
        </p>
      </section>

      <QuestionsSection locale={locale} page="/what-to-know" meetingId={null} questions={questions} open />
    </article>
  );
}
