import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/admin/form-field";
import { Button } from "@/components/button";
import type { ReportScope } from "@/lib/report/scope";

type Props = { scope: ReportScope; series: { id: string; title: string }[]; areas: string[] };

/** The report's period, series and area, in the URL (a GET form): a report can be bookmarked and shared, and works without JavaScript. */
export async function ReportForm({ scope, series, areas }: Props) {
  const t = await getTranslations("Report");
  const field = "min-w-40 flex-1";
  return (
    <form method="get" className="no-print mt-4 rounded-md border border-slate-300 p-4">
      <h2 className="text-lg font-semibold">{t("formHeading")}</h2>
      <div className="mt-2 flex flex-wrap items-end gap-3">
        <div className={field}>
          <label htmlFor="report-from" className="block font-semibold">
            {t("fieldFrom")}
          </label>
          <input id="report-from" name="from" type="date" required defaultValue={scope.from} className={inputClass} />
        </div>
        <div className={field}>
          <label htmlFor="report-to" className="block font-semibold">
            {t("fieldTo")}
          </label>
          <input id="report-to" name="to" type="date" required defaultValue={scope.to} className={inputClass} />
        </div>
        <div className={field}>
          <label htmlFor="report-series" className="block font-semibold">
            {t("fieldSeries")}
          </label>
          <select id="report-series" name="series" defaultValue={scope.seriesId ?? ""} className={inputClass}>
            <option value="">{t("scopeAllSeries")}</option>
            {series.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </select>
        </div>
        <div className={field}>
          <label htmlFor="report-area" className="block font-semibold">
            {t("fieldArea")}
          </label>
          <select id="report-area" name="area" defaultValue={scope.area ?? ""} className={inputClass}>
            <option value="">{t("scopeAllAreas")}</option>
            {areas.map((area) => (
              <option key={area} value={area}>
                {area}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">{t("show")}</Button>
      </div>
    </form>
  );
}
