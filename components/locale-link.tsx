import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { pagePath, type PageHref } from "@/lib/i18n/paths";

type Props = Omit<ComponentProps<"a">, "href"> & { href: PageHref };

/**
 * A plain link to a page of the site in the current language, rendered on
 * the server. Residents' pages use it instead of a client-side router link:
 * full page loads are cheap here, and no navigation code is downloaded.
 */
export async function LocaleLink({ href, ...props }: Props) {
  const locale = await getLocale();
  return <a href={pagePath(href, locale)} {...props} />;
}
