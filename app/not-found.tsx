import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import { NotFoundMessage } from "@/components/not-found-message";
import { DocumentShell } from "@/components/document-shell";
import { PublicChrome } from "@/components/public-chrome";
import { type Locale, safeLocale } from "@/lib/i18n/locales";
import "./globals.css";

// Unmatched paths (/en/anything) land here rather than in a [locale]
// catch-all: Next.js 16 server-renders this route, while a page's
// notFound() only draws its 404 after hydration (vercel/next.js#62228),
// which would leave visitors without JavaScript a blank page.
async function requestLocale(): Promise<Locale> {
  // Set by the next-intl proxy from the path prefix.
  return safeLocale((await headers()).get("x-next-intl-locale"));
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await requestLocale(), namespace: "Metadata" });
  return { title: `${t("notFoundTitle")} · ${t("siteName")}`, robots: { index: false } };
}

export default async function GlobalNotFound() {
  const locale = await requestLocale();
  setRequestLocale(locale);
  return (
    <DocumentShell locale={locale}>
      <PublicChrome>
        <NotFoundMessage />
      </PublicChrome>
    </DocumentShell>
  );
}
