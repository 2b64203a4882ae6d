import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  return (
    <footer className="no-print mt-10 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-6 text-sm text-slate-700">
        <p>{t("footerTimes")}</p>
        <p>{t("footerPrivacy")}</p>
        <p>
          <LocaleLink href="/what-to-know">{t("navWhatToKnow")}</LocaleLink>
        </p>
        <p>
          <LocaleLink href="/what-we-have-done">{t("navWhatWeDid")}</LocaleLink>
        </p>
        <p>
          <LocaleLink href="/request-a-session">{t("navRequestSession")}</LocaleLink>
        </p>
      </div>
    </footer>
  );
}
