import { csvFormatRows } from 'd3-dsv';

/**
 * Spreadsheets run a cell that starts with =, +, - or @ (and tab or carriage return) as a formula;
 * an apostrophe in front makes it plain text (OWASP's advice for CSV injection).
 */
export function safeCell(value: string | number): string {
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A table as CSV text (RFC 4180 quoting by d3-dsv), every cell made safe for spreadsheets. */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  return `${csvFormatRows([header, ...rows].map((row) => row.map(safeCell)))}\n`;
}

/**
 * A CSV file for spreadsheets: UTF-8 with a byte-order mark, without which Excel reads the file in
 * the system's code page and mangles "·", "→" and curly quotes.
 */
export function csvFile(header: string[], rows: (string | number)[][]): Blob {
  return new Blob(['\uFEFF', toCsv(header, rows)], { type: 'text/csv;charset=utf-8' });
}
