import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader({ currentPath }: { currentPath?: string }) {
  const t = await getTranslations("Layout");
  const navLink = "inline-flex min-h-11 items-center px-1 text-white underline-offset-4 hover:text-brand-100";
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        {/* No aria-label: the name read out is the text shown (WCAG 2.5.3, Label in Name). */}
        <LocaleLink href="/" className="text-white no-underline hover:text-white">
          <span className="block text-xl font-bold">Encuentros</span>
          <span className="block text-sm text-brand-100">{t("tagline")}</span>
        </LocaleLink>
        <LanguageSwitch label={t("switchLanguage")} description={t("switchLanguageLabel")} currentPath={currentPath} />
      </div>
      <nav aria-label={t("navLabel")} className="no-print border-t border-white/20">
        <ul className="mx-auto flex max-w-3xl flex-wrap gap-x-5 px-4">
          <li>
            <LocaleLink href="/" className={navLink}>
              {t("navUpcoming")}
            </LocaleLink>
          </li>
          <li>
            <LocaleLink href="/what-to-know" className={navLink}>
              {t("navWhatToKnow")}
            </LocaleLink>
          </li>
          <li>
            <LocaleLink href="/archive" className={navLink}>
              {t("navArchive")}
            </LocaleLink>
          </li>
          <li>
            <LocaleLink href="/partners" className={navLink}>
              {t("navPartners")}
            </LocaleLink>
          </li>
        </ul>
      </nav>
    </header>
  );
}
