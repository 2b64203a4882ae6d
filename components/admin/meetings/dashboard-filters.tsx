import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/admin/form-field";
import { Button } from "@/components/button";
import { Link } from "@/lib/i18n/navigation";
import { DASHBOARD_TABS, type DashboardTab } from "@/lib/meetings/admin-data";

/** Tabs and search, all in the URL (a GET form), so a filtered list can be bookmarked and works without JavaScript. */
export async function DashboardFilters({
  tab,
  search,
  waitingForReview,
}: {
  tab: DashboardTab;
  search: string;
  waitingForReview: number;
}) {
  const t = await getTranslations("Dashboard");
  return (
    <div className="mt-4 space-y-4">
      <nav aria-label={t("tabsLabel")}>
        <ul className="flex flex-wrap gap-2">
          {DASHBOARD_TABS.map((name) => (
            <li key={name}>
              <Link
                href={{ pathname: "/admin", query: { tab: name, ...(search ? { q: search } : {}) } }}
                aria-current={name === tab ? "page" : undefined}
                className="inline-flex min-h-11 items-center rounded-md border border-slate-500 px-4 font-semibold no-underline aria-[current=page]:bg-slate-900 aria-[current=page]:text-white"
              >
                {t(`tab_${name}`, { count: waitingForReview })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="tab" value={tab} />
        <div className="min-w-64 flex-1">
          <label htmlFor="q" className="block font-semibold">
            {t("search")}
          </label>
          <input id="q" name="q" type="search" defaultValue={search} maxLength={100} className={inputClass} />
        </div>
        <Button type="submit">{t("searchSubmit")}</Button>
        {search ? (
          <Link href={{ pathname: "/admin", query: { tab } }} className="inline-flex min-h-11 items-center">
            {t("clearSearch")}
          </Link>
        ) : null}
      </form>
    </div>
  );
}
