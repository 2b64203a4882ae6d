import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import { StatementList } from "@/components/statement-list";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicStatement } from "@/lib/statements/data";

/** The department's public commitments, repeated where residents decide whether to come. */
export async function PolicePromises({ statements, locale }: { statements: PublicStatement[]; locale: Locale }) {
  const t = await getTranslations("Meeting");
  const promises = statements.filter((statement) => statement.section === "WILL_NOT");
  if (promises.length === 0) return null;
  return (
    <aside aria-labelledby="police-promises" className="mt-8 rounded-lg border border-brand-700 bg-brand-50 p-4">
      <h2 id="police-promises" className="text-xl font-bold">
        {t("promisesHeading")}
      </h2>
      <StatementList statements={promises} locale={locale} />
      <p className="mt-3 flex flex-wrap gap-x-5">
        <LocaleLink href="/what-to-know" className="inline-flex min-h-11 items-center">
          {t("promisesLink")}
        </LocaleLink>
        <LocaleLink href="/what-to-know/history" className="inline-flex min-h-11 items-center">
          {t("promisesHistory")}
        </LocaleLink>
      </p>
    </aside>
  );
}
