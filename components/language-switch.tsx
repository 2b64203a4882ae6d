import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { requestPath } from "@/lib/i18n/request-path";
import { switchLocalePath } from "@/lib/i18n/switch-locale-path";

type Props = { label: string; description: string; currentPath?: string };

/**
 * A plain link to this page in the other language, built on the server from
 * the requested path: same page, same slug, same filters. No script needed.
 */
export async function LanguageSwitch({ label, description, currentPath }: Props) {
  const from = await getLocale();
  const to: Locale = from === "en" ? "es" : "en";
  const { pathname, search } = currentPath ? { pathname: currentPath, search: "" } : await requestPath();
  return (
    <a
      href={`${switchLocalePath(pathname, from, to)}${search}`}
      hrefLang={to}
      lang={to}
      aria-label={description}
      className="inline-flex min-h-11 items-center rounded-md border border-white/70 px-3 py-2 font-semibold text-white no-underline hover:bg-white/10 hover:text-white"
    >
      {label}
    </a>
  );
}
