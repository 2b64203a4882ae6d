import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { ReportTable } from "@/lib/report/tables";
import { ReportTableView } from "./report-table";

type Props = {
  id: string;
  heading: string;
  /** The chart, or a sentence when there is nothing to draw. */
  children: ReactNode;
  note?: string;
  table: ReportTable;
  csvHref: string;
  /**
   * Whether the printed report keeps the table (a few fixed rows). Long
   * tables (a row per week or meeting) stay on screen and in the CSV file,
   * so that the printed report fits one page, its charts carrying the figures.
   */
  printTable?: boolean;
};

/** One part of the report: its heading, chart, the same numbers as a table, and the table as a CSV file. */
export async function ReportSection({ id, heading, children, note, table, csvHref, printTable = false }: Props) {
  const t = await getTranslations("Report");
  return (
    <section aria-labelledby={id} className="mt-10 break-inside-avoid print:mt-2">
      <h2 id={id} className="text-2xl font-bold print:text-sm">
        {heading}
      </h2>
      {note ? <p className="mt-1 text-slate-700 print:hidden">{note}</p> : null}
      {children}
      {table.rows.length > 0 ? (
        <>
          <div className={printTable ? undefined : "print:hidden"}>
            <ReportTableView caption={heading} table={table} />
          </div>
          <p className="no-print mt-2">
            <a href={csvHref} download className="inline-flex min-h-11 items-center">
              {t("downloadCsv")}
            </a>
          </p>
        </>
      ) : null}
    </section>
  );
}
