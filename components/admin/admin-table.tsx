import type { ReactNode } from "react";

export type AdminColumn<Row> = {
  /** The column heading; on a narrow screen it also labels the value in each card. */
  header: string;
  cell: (row: Row) => ReactNode;
  /** The cell that names the row: a row header, and the card's title on a narrow screen. */
  rowHeader?: boolean;
  /**
   * Words the app writes (a status, a date, a count), broken only between
   * words. Other cells, which show what staff typed, break anywhere so a long
   * unbroken name cannot widen the page; that also lets the table squeeze
   * them first, before it splits a short word.
   */
  appText?: boolean;
};

type Props<Row> = {
  /** Read by screen readers as the table's name. */
  caption: string;
  /** Shown instead of the table when there are no rows. */
  empty?: string;
  columns: AdminColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  rowData?: (row: Row) => Record<`data-${string}`, string>;
};

// Below the `sm` width each row is a card: the cells stack and each value
// shows its column's name, so nothing needs a sideways scroll on a phone.
// The explicit roles keep the table semantics that some browsers drop once
// table parts are `display: block`; the label's empty alternative text
// (`/ ''`) keeps screen readers from reading the column name twice.
const cellClass = "py-2 pr-4 last:pr-0 max-sm:block max-sm:py-1 max-sm:pr-0";
const labelClass =
  "max-sm:before:block max-sm:before:text-sm max-sm:before:font-semibold max-sm:before:text-slate-700 max-sm:before:content-[attr(data-label)_/_'']";

function wrapClass({ appText }: { appText?: boolean }): string {
  return appText ? "wrap-normal" : "wrap-anywhere";
}

/** The staff area's one table: meetings, places, series, staff accounts and the audit log. */
export function AdminTable<Row>({ caption, empty, columns, rows, rowKey, rowData }: Props<Row>) {
  if (rows.length === 0 && empty) return <p className="mt-6">{empty}</p>;
  return (
    <table role="table" className="mt-6 w-full border-collapse text-left max-sm:block">
      <caption className="sr-only">{caption}</caption>
      <thead role="rowgroup" className="max-sm:sr-only">
        <tr role="row" className="border-b-2 border-slate-400">
          {columns.map((column) => (
            <th key={column.header} role="columnheader" scope="col" className="py-2 pr-4 wrap-normal last:pr-0">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup" className="max-sm:block max-sm:space-y-3">
        {rows.map((row) => (
          <tr
            key={rowKey(row)}
            role="row"
            className="border-b border-slate-200 align-top max-sm:block max-sm:rounded-md max-sm:border max-sm:border-slate-300 max-sm:p-3"
            {...rowData?.(row)}
          >
            {columns.map((column) => {
              const content = column.cell(row);
              if (column.rowHeader) {
                return (
                  <th
                    key={column.header}
                    role="rowheader"
                    scope="row"
                    className={`${cellClass} font-semibold ${wrapClass(column)}`}
                  >
                    {content}
                  </th>
                );
              }
              // An empty cell (no button for this row) is left out of the card rather than shown as a bare label.
              if (content === null || content === undefined || content === false || content === "") {
                return <td key={column.header} role="cell" className={`${cellClass} max-sm:hidden`} />;
              }
              return (
                <td
                  key={column.header}
                  role="cell"
                  data-label={column.header}
                  className={`${cellClass} ${labelClass} ${wrapClass(column)}`}
                >
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
