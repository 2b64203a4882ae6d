import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";

type Props = {
  locale: Locale;
  /** Message namespaces client components need; public pages send only "Error". */
  clientNamespaces?: readonly string[];
  children: ReactNode;
};

/** The document around every page: html lang, skip link, and the intl context for client components. */
export async function DocumentShell({ locale, clientNamespaces = ["Error"], children }: Props) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const messages = await getMessages({ locale });
  const clientMessages = Object.fromEntries(clientNamespaces.map((namespace) => [namespace, messages[namespace as keyof typeof messages]]));

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3 focus:text-lg"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider locale={locale} messages={clientMessages}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
