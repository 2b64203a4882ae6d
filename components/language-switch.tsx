"use client";

import { useParams, usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { switchLocalePath } from "@/lib/i18n/switch-locale-path";

type Props = { label: string; description: string };

const className =
  "inline-flex min-h-11 items-center rounded-md border border-white/70 px-3 py-2 font-semibold text-white no-underline hover:bg-white/10 hover:text-white";

function SwitchLink({ label, description, search }: Props & { search?: string }) {
  const params = useParams();
  const from: Locale = isLocale(params.locale) ? params.locale : "es";
  const to: Locale = from === "en" ? "es" : "en";
  // Same page, same slug, same filters: only the language changes.
  const href = `${switchLocalePath(usePathname(), from, to)}${search ? `?${search}` : ""}`;
  return (
    <a href={href} hrefLang={to} lang={to} aria-label={description} className={className}>
      {label}
    </a>
  );
}

function SwitchLinkWithQuery(props: Props) {
  return <SwitchLink {...props} search={useSearchParams().toString()} />;
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
