import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import { DirectoryEntryCard } from "@/components/partner/directory-entry";
import { pageAlternates } from "@/lib/i18n/alternates";
import { localeParam } from "@/lib/i18n/page-locale";
import { listDirectoryEntries } from "@/lib/venues/directory";

// Rendered at request time, never at build time (there may be no database
// then); the request boundary serves the result from its cache (lib/serving/).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/partners">): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    title: t("partnersTitle"),
    description: t("partnersDescription"),
    alternates: pageAlternates("/partners", locale),
    openGraph: { title: t("partnersTitle"), description: t("partnersDescription"), locale, type: "website" },
    twitter: { card: "summary", title: t("partnersTitle"), description: t("partnersDescription") },
  };
}

/** The partners' directory: every partner with a meeting to come, when the next one is, and where the other places' meetings are. */
export default async function PartnersPage({ params }: PageProps<"/[locale]/partners">) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations("Directory");
  const entries = await listDirectoryEntries(locale, new Date());

  return (
    <>
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-1 text-lg text-slate-800">{t("intro")}</p>
      <p className="mt-3 text-lg">
        <LocaleLink href="/request-a-session">{t("requestSession")}</LocaleLink>
      </p>
      {entries.length === 0 ? (
        <p className="mt-6 rounded-lg border border-slate-300 p-4 text-lg">{t("empty")}</p>
      ) : (
        <ul className="mt-6 space-y-3">
          {entries.map((entry) => (
            <li key={entry.venue.slug}>
              <DirectoryEntryCard entry={entry} locale={locale} />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6 text-lg">
        {t.rich("otherPlaces", { link: (chunks) => <LocaleLink href="/">{chunks}</LocaleLink> })}
      </p>
    </>
  );
}
