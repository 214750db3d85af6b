/**
 * CSV as RFC 4180 writes it, made safe for spreadsheets: fields separated by commas, rows ended by
 * CRLF, a field quoted when it holds a comma, a quote, CR or LF (quotes doubled inside), and the file
 * opened by a UTF-8 byte-order mark so Excel reads it as UTF-8 instead of the system code page.
 *
 * Formula injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that starts with = + - @ (and
 * reads a leading tab or CR as one of them), so such a cell written from text is prefixed with a single
 * quote, which the spreadsheet shows as text. Numbers are written as numbers: a genuine numeric value
 * (a negative longitude) is a JavaScript number here and never a string, so text can never pass for one.
 */
import { CSV_CELL_MAX_CHARS } from "./heuristics.js";

/** A cell: text (guarded), a number (written as is), or nothing (an empty cell). */
export type CsvCell = string | number | null | undefined;

/** The byte-order mark that makes spreadsheets read the file as UTF-8. */
export const UTF8_BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as RFC 4180 text. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = value.length > CSV_CELL_MAX_CHARS ? `${value.slice(0, CSV_CELL_MAX_CHARS - 1)}…` : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row, CRLF-terminated. */
export function csvRow(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** A table's lines: the BOM and header first, then a row per record, as they come. */
export async function* csvLines<T>(columns: readonly string[], records: AsyncIterable<T> | Iterable<T>, row: (record: T) => readonly CsvCell[]): AsyncGenerator<string> {
  yield UTF8_BOM + csvRow(columns);
  for await (const record of records) yield csvRow(row(record));
}
