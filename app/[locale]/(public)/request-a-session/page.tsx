import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { SessionRequestForm } from "@/components/requests/session-request-form";
import { pageAlternates } from "@/lib/i18n/alternates";
import { formPermalink, formSectionId } from "@/lib/i18n/form-sections";
import { localeParam } from "@/lib/i18n/page-locale";
import { submitSessionRequestAction } from "@/lib/requests/actions";
import { preferredDateRange } from "@/lib/requests/schema";
import { zonedDateKey } from "@/lib/time/central-time";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/request-a-session">): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "RequestForm" });
  return { title: t("title"), description: t("intro"), alternates: pageAlternates("/request-a-session", locale) };
}

// What the form renders in the browser.
const CLIENT_NAMESPACES = ["RequestForm", "Languages", "StaffForm", "Validation"] as const;

/** A church, school or community group asks for a session. */
export default async function RequestSessionPage({ params }: PageProps<"/[locale]/request-a-session">) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations("RequestForm");
  const messages = await getMessages();
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-lg text-slate-800">{t("intro")}</p>
      <p className="mt-3 rounded-lg border border-slate-300 bg-slate-50 p-3">{t("privacy")}</p>
      <div id={formSectionId("request", locale)} className="scroll-mt-4">
        <NextIntlClientProvider messages={clientMessages}>
          <SessionRequestForm
            action={submitSessionRequestAction.bind(null, locale)}
            permalink={formPermalink("/request-a-session", "request", locale)}
            dates={preferredDateRange(zonedDateKey(new Date()))}
          />
        </NextIntlClientProvider>
      </div>
    </>
  );
}
