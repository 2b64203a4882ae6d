import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/button";
import { LocaleLink } from "@/components/locale-link";
import type { FilterOptions } from "@/lib/meetings/data";
import { mondayOf, type ListingQuery } from "@/lib/meetings/listing-filter";
import { zonedDateKey } from "@/lib/time/central-time";
import { formatDateKey } from "@/lib/time/format";

type Props = { options: FilterOptions; query: ListingQuery; active: boolean };

const fieldClass = "mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-2 text-base";

/** A plain GET form: the filtered view is a URL that can be shared, and it works without JavaScript. */
export async function ListingFilters({ options, query, active }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("Filters");
  const languages = await getTranslations("Languages");
  const weeks = [...new Set(options.startDates.map((date) => mondayOf(zonedDateKey(date))))];

  return (
    <details className="no-print mt-4 rounded-lg border border-slate-300 bg-slate-50 p-3" open={active}>
      <summary className="min-h-11 cursor-pointer content-center font-semibold">{t("legend")}</summary>
      <form method="get" className="mt-2 grid gap-3 sm:grid-cols-2">
        <label className="block">
          {t("week")}
          <select name="week" defaultValue={query.week ?? ""} className={fieldClass}>
            <option value="">{t("anyWeek")}</option>
            {weeks.map((week) => (
              <option key={week} value={week}>
                {t("weekOf", { date: formatDateKey(week, locale, false) })}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          {t("area")}
          <select name="area" defaultValue={query.area ?? ""} className={fieldClass}>
            <option value="">{t("anyArea")}</option>
            {options.areas.map((area) => (
              <option key={area} value={area}>
                {area}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          {t("from")}
          <input type="date" name="from" defaultValue={query.from ?? ""} className={fieldClass} />
        </label>
        <label className="block">
          {t("to")}
          <input type="date" name="to" defaultValue={query.to ?? ""} className={fieldClass} />
        </label>
        <label className="block">
          {t("language")}
          <select name="lang" defaultValue={query.lang ?? ""} className={fieldClass}>
            <option value="">{t("anyLanguage")}</option>
            {options.languages.map((code) => (
              <option key={code} value={code}>
                {languages.has(code as never) ? languages(code as never) : code}
              </option>
            ))}
          </select>
        </label>
        <div className="flex flex-wrap items-end gap-3">
          <Button type="submit" width="narrow">
            {t("apply")}
          </Button>
          {active ? (
            <LocaleLink href="/" className="inline-flex min-h-11 items-center">
              {t("clear")}
            </LocaleLink>
          ) : null}
        </div>
      </form>
    </details>
  );
}
