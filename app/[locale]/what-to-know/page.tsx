import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/locales";
import { LocaleLink } from "@/components/locale-link";
import { PublicChrome } from "@/components/public-chrome";
import { pagePath } from "@/lib/i18n/paths";

// Prerendered at build time for both languages: it reads no database. Its
// scripts are allowed by hash, not nonce (lib/security/prerendered-csp.ts),
// and `npm run bench` uses it as the framework's own ceiling. Forced static:
// the root not-found boundary in its tree reads a request header, which a
// build-time render answers with none (this page never shows that boundary).
export const dynamic = "force-static";

export async function generateMetadata({ params }: PageProps<"/[locale]/what-to-know">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
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
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("WhatToKnow");

  return (
    <PublicChrome currentPath={pagePath("/what-to-know", locale)}>
      <article className="max-w-prose text-lg">
        <h1 className="text-3xl font-bold">{t("heading")}</h1>
        <p className="mt-2">{t("intro")}</p>

        <section aria-labelledby="will-not" className="mt-6">
          <h2 id="will-not" className="text-2xl font-bold">
            {t("willNotHeading")}
          </h2>
          <ul className="mt-2 list-disc space-y-2 pl-6">
            <li>{t("raids")}</li>
            <li>{t("call911")}</li>
            <li>{t("sensitivePlaces")}</li>
          </ul>
        </section>

        <section aria-labelledby="still-applies" className="mt-6">
          <h2 id="still-applies" className="text-2xl font-bold">
            {t("stillAppliesHeading")}
          </h2>
          <p className="mt-2">{t("warrants")}</p>
        </section>

        <p className="mt-6 border-l-4 border-slate-300 pl-3 text-base text-slate-700">{t("attribution")}</p>

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
      </article>
    </PublicChrome>
  );
}
