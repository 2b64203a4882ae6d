import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import { pageAlternates } from "@/lib/i18n/alternates";
import { localeParam } from "@/lib/i18n/page-locale";
import { listStatementHistory } from "@/lib/statements/data";
import { formatDateKey } from "@/lib/time/format";

// Rendered at request time and served from the in-process cache, like "What to know".
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/what-to-know/history">): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "StatementHistory" });
  return { title: t("title"), description: t("intro"), alternates: pageAlternates("/what-to-know/history", locale) };
}

/** Every version of every statement, newest first: what the department said, and when that changed. */
export default async function StatementHistoryPage({ params }: PageProps<"/[locale]/what-to-know/history">) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations("StatementHistory");
  const statements = await listStatementHistory(locale);

  return (
    <article className="max-w-prose text-lg">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      {statements.length === 0 ? <p className="mt-6">{t("empty")}</p> : null}
      {statements.map((statement, index) => (
        <section key={statement.id} aria-labelledby={`statement-${index}`} className="mt-8">
          <h2 id={`statement-${index}`} className="text-xl font-bold">
            {statement.current}
          </h2>
          <ol className="mt-3 space-y-4 border-l-4 border-slate-300 pl-4">
            {statement.versions.map((version, number) => (
              <li key={number}>
                <p className="text-base font-semibold text-slate-800">
                  {number === 0
                    ? t("currentSince", { date: formatDateKey(version.recordedOn, locale) })
                    : t("earlierFrom", { date: formatDateKey(version.recordedOn, locale) })}
                </p>
                <p className="mt-1">{version.text}</p>
                <p className="mt-1 text-base text-slate-700">
                  {version.sourceUrl ? (
                    <a href={version.sourceUrl} rel="noopener noreferrer">
                      {version.source}
                    </a>
                  ) : (
                    version.source
                  )}
                  {" · "}
                  {t("statedOn", { date: formatDateKey(version.statedOn, locale) })}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
      <p className="mt-8">
        <LocaleLink href="/what-to-know" className="inline-flex min-h-11 items-center">
          {t("back")}
        </LocaleLink>
      </p>
    </article>
  );
}
