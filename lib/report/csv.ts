import { stringify } from "csv-stringify/sync";
import type { ReportTable } from "./tables";

/**
 * A report table as a CSV file for spreadsheets: RFC 4180 (CRLF between
 * records, fields quoted when they hold a comma, quote or line break),
 * UTF-8 with a byte-order mark so Excel shows Spanish accents, and a text
 * that starts like a formula (=, +, -, @) written so that a spreadsheet
 * shows it rather than runs it (csv-stringify's `escape_formulas`).
 */
export function reportTableCsv(table: ReportTable): string {
  return stringify([table.headers, ...table.rows.map((row) => row.map((cell) => cell.value))], {
    bom: true,
    record_delimiter: "windows",
    escape_formulas: true,
  });
}
