"use client";

import { useLocale } from "next-intl";
import { useParams, useSearchParams } from "next/navigation";
import { Suspense, type ComponentProps } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

type Props = { label: string; description: string };

type Href = ComponentProps<typeof Link>["href"];

function otherLocale(locale: Locale): Locale {
  return locale === "en" ? "es" : "en";
}

function SwitchLink({ label, description, query }: Props & { query?: Record<string, string> }) {
  const locale = otherLocale(useLocale());
  const pathname = usePathname();
  const params = useParams();
  // Same page, same slug, same filters: only the language changes.
  const href = { pathname, params, query } as unknown as Href;
  return (
    <Link
      href={href}
      locale={locale}
      hrefLang={locale}
      lang={locale}
      aria-label={description}
      className="inline-flex min-h-11 items-center rounded-md border border-white/70 px-3 py-2 font-semibold text-white no-underline hover:bg-white/10 hover:text-white"
    >
      {label}
    </Link>
  );
}

function SwitchLinkWithQuery(props: Props) {
  const searchParams = useSearchParams();
  return <SwitchLink {...props} query={Object.fromEntries(searchParams.entries())} />;
}

/**
 * A plain link to this page in the other language; works without
 * JavaScript. Pages rendered per request include their query; prerendered
 * pages (which have none) render the fallback.
 */
export function LanguageSwitch(props: Props) {
  return (
    <Suspense fallback={<SwitchLink {...props} />}>
      <SwitchLinkWithQuery {...props} />
    </Suspense>
  );
}
