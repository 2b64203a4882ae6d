import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/language-switch";
import { Link } from "@/lib/i18n/navigation";
import { localeParam } from "@/lib/i18n/page-locale";

// Staff pages depend on the session: rendered per request, never indexed.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: LayoutProps<"/[locale]/admin">): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "Admin" });
  return { title: { template: `%s · ${t("title")}`, default: t("title") }, robots: { index: false, follow: false } };
}

// Namespaces the staff forms render on the client.
const CLIENT_NAMESPACES = [
  "Error",
  "Login",
  "Account",
  "Admin",
  "MeetingForm",
  "Publishing",
  "DraftChange",
  "StaffForm",
  "Status",
  "Validation",
  "VenueAdmin",
  "SeriesAdmin",
  "StaffAdmin",
  "StatementAdmin",
  "RequestAdmin",
  "QuestionAdmin",
  "PasswordReset",
  "Notices",
] as const;

export default async function AdminLayout({ children, params }: LayoutProps<"/[locale]/admin">) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations("Admin");
  const tLayout = await getTranslations("Layout");
  const messages = await getMessages();
  const clientMessages = Object.fromEntries(
    CLIENT_NAMESPACES.filter((namespace) => namespace in messages).map((namespace) => [
      namespace,
      messages[namespace as keyof typeof messages],
    ]),
  );
  return (
    <NextIntlClientProvider messages={clientMessages}>
      <header className="bg-slate-900 wrap-anywhere text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/admin" className="text-lg font-bold text-white no-underline hover:text-white">
            Encuentros · {t("title")}
          </Link>
          <div className="flex flex-wrap items-center gap-3">
            <Link href="/" className="inline-flex min-h-11 items-center text-white hover:text-slate-200">
              {t("navPublicSite")}
            </Link>
            <LanguageSwitch label={tLayout("switchLanguage")} description={tLayout("switchLanguageLabel")} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 wrap-anywhere outline-none">
        {children}
      </main>
    </NextIntlClientProvider>
  );
}
