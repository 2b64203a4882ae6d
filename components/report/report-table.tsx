import type { ReportTable } from "@/lib/report/tables";

/**
 * A report table as a plain table: the same numbers as the chart above it,
 * readable and copyable. Small enough for a phone's width without cards
 * (the counts are short; names wrap, a long word too: `overflow-wrap:
 * anywhere` lets a table column narrow past it, where `break-word` does
 * not), numbers aligned on the right.
 */
export function ReportTableView({ caption, table }: { caption: string; table: ReportTable }) {
  return (
    <table className="mt-4 w-full border-collapse text-left text-sm print:mt-1 print:text-[8pt]">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-slate-400 align-bottom">
          {table.headers.map((header, column) => (
            <th
              key={header}
              scope="col"
              className={`py-1 pr-1.5 text-xs wrap-normal last:pr-0 print:text-[7pt] ${column > 0 && typeof table.rows[0]?.[column]?.value === "number" ? "text-right" : ""}`}
            >
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((cells, row) => (
          <tr key={row} className="border-b border-slate-200 align-top">
            {cells.map((cell, column) =>
              column === 0 ? (
                <th key={column} scope="row" className="py-1 pr-1.5 font-semibold wrap-anywhere">
                  {cell.text}
                </th>
              ) : (
                <td
                  key={column}
                  className={`py-1 pr-1.5 last:pr-0 ${typeof cell.value === "number" ? "text-right tabular-nums" : "wrap-anywhere"}`}
                >
                  {cell.text}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
