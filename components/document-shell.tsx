import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { ErrorTextProvider } from "./error-text";

/**
 * The document around every page: html lang, skip link, and the error
 * boundary's strings. No translation runtime goes to the browser here; the
 * staff area adds its own provider for its forms.
 */
export async function DocumentShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const error = await getTranslations({ locale, namespace: "Error" });

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-3 focus:text-lg"
        >
          {t("skipToContent")}
        </a>
        <ErrorTextProvider
          value={{
            heading: error("heading"),
            body: error("body"),
            retry: error("retry"),
            backHome: error("backHome"),
            homeHref: `/${locale}`,
          }}
        >
          {children}
        </ErrorTextProvider>
      </body>
    </html>
  );
}
