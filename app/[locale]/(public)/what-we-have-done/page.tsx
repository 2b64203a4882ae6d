import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import { pageAlternates } from "@/lib/i18n/alternates";
import { localeParam } from "@/lib/i18n/page-locale";
import { languageNames } from "@/lib/meetings/languages-text";
import { getCurrentSeries } from "@/lib/meetings/data";
import { publicFigures } from "@/lib/report/data";
import { reportWindow } from "@/lib/report/scope";
import { publicCount } from "@/lib/report/small-counts";
import { zonedDateKey } from "@/lib/time/central-time";
import { formatDateKey } from "@/lib/time/format";

// Counts that change with every meeting held and answer published: rendered
// at request time and served from the residents' page cache like the listing.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/what-we-have-done">): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "WhatWeDid" });
  return { title: t("title"), description: t("intro"), alternates: pageAlternates("/what-we-have-done", locale) };
}

/** "What we have done": the current series in a few counts, none of which can point at a person. */
export default async function WhatWeDidPage({ params }: PageProps<"/[locale]/what-we-have-done">) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations("WhatWeDid");
  const now = new Date();
  const series = await getCurrentSeries(zonedDateKey(now), locale);
  const window = series
    ? reportWindow({ from: series.startsOn, to: series.endsOn, seriesId: series.id, area: null }, now)
    : null;
  const figures =
    series && window ? await publicFigures({ id: series.id, start: window.start, end: window.end }, now) : null;
  const questions = figures ? publicCount(figures.questionsPublished) : null;
  const figureClass = "rounded-md border border-slate-300 p-4 text-xl font-semibold";

  return (
    <article className="max-w-prose text-lg">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      {series && figures && questions ? (
        <>
          <p className="mt-4 text-slate-700">
            {t("seriesLine", {
              series: series.title,
              period: `${formatDateKey(series.startsOn, locale)} – ${formatDateKey(series.endsOn, locale)}`,
            })}
          </p>
          <ul className="mt-4 grid gap-3 sm:grid-cols-3">
            <li className={figureClass}>{t("meetingsHeld", { count: figures.meetingsHeld })}</li>
            <li className={figureClass}>{t("placesVisited", { count: figures.placesVisited })}</li>
            <li className={figureClass}>
              {"fewerThan" in questions
                ? t("questionsFewer", { limit: questions.fewerThan })
                : t("questionsPublished", { count: questions.exact })}
            </li>
          </ul>
          <h2 className="mt-8 text-2xl font-bold">{t("languagesHeading")}</h2>
          <p className="mt-2">
            {figures.interpretationLanguages.length > 0
              ? t("languages", { languages: languageNames(figures.interpretationLanguages, locale) })
              : t("languagesNone")}
          </p>
          <p className="mt-6 text-base text-slate-700">{t("smallCounts")}</p>
        </>
      ) : (
        <p className="mt-6">{t("noSeries")}</p>
      )}
      <ul className="mt-8 space-y-2">
        <li>
          <LocaleLink href="/questions" className="inline-flex min-h-11 items-center">
            {t("readQuestions")}
          </LocaleLink>
        </li>
        <li>
          <LocaleLink href="/what-to-know" className="inline-flex min-h-11 items-center">
            {t("readStatements")}
          </LocaleLink>
        </li>
      </ul>
    </article>
  );
}
