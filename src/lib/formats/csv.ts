/**
 * CSV, read and written in one place: d3-dsv parses and formats (RFC 4180 quoting); a file's
 * byte-order mark is dropped on reading and written for spreadsheets; line numbers count the
 * newlines inside quoted cells, so they match what an editor shows; a cell a spreadsheet would run
 * as a formula is guarded with an apostrophe on writing (safeCell) and the guard taken off again on
 * reading (unguard). Bytes in other encodings become text in decodeText.
 */
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { ImportError } from './importError';

export { decodeText } from './decodeText';

/** Text without the byte-order mark a file or a paste may start with. */
export const withoutBom = (text: string) => text.replace(/^\uFEFF/, '');

/** How many newlines a row's cells hold (a quoted cell may span lines). */
export function newlinesIn(row: string[]): number {
  let count = 0;
  for (const cell of row)
    for (let at = cell.indexOf('\n'); at >= 0; at = cell.indexOf('\n', at + 1)) count += 1;
  return count;
}

/** A row with nothing in it (a blank line, or a stray one at the end). */
export const isBlankRow = (row: string[]) => row.length === 1 && row[0].trim() === '';

/**
 * Calls `visit` with each row as d3-dsv parses it (none of them kept), and the line it starts on:
 * the header is row 0 on line 1. Blank rows after the header are passed over.
 */
export function eachCsvRow(text: string, visit: (row: string[], line: number, index: number) => void): void {
  let line = 1;
  csvParseRows(withoutBom(text), (row, index) => {
    const start = line;
    line += 1 + newlinesIn(row);
    if (index === 0 || !isBlankRow(row)) visit(row, start, index);
    return undefined;
  });
}

/**
 * CSV text as records of the named columns, each with its line; refuses missing columns, and a row
 * of the wrong length with its line (or, where `skipped` is given, lists it there and reads on).
 */
export function readCsv<const C extends readonly string[]>(
  text: string,
  file: string,
  columns: C,
  skipped?: ImportError[],
): (Record<C[number], string> & { line: number })[] {
  const records: (Record<C[number], string> & { line: number })[] = [];
  let index: Map<string, number> | undefined;
  let width = 0;
  eachCsvRow(text, (row, line, at) => {
    if (!index) {
      // A first row with nothing in it: the file is empty, unless rows follow (then it lacks a header).
      if (at === 0 && row.every((cell) => cell === '')) return;
      const header = row.map((cell) => cell.trim());
      const missing = columns.filter((column) => !header.includes(column));
      if (missing.length > 0)
        throw new ImportError(
          `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')} (found: ${header.slice(0, 12).join(', ')})`,
          file,
          line,
        );
      index = new Map(header.map((name, i) => [name, i]));
      width = header.length;
      return;
    }
    if (row.length !== width) {
      const problem = new ImportError(`expected ${width} fields, found ${row.length}`, file, line);
      if (!skipped) throw problem;
      skipped.push(problem);
      return;
    }
    const record = { line } as Record<C[number], string> & { line: number };
    for (const column of columns)
      (record as Record<string, string>)[column] = row[index!.get(column)!].trim();
    records.push(record);
  });
  if (!index) throw new ImportError('the file is empty', file);
  return records;
}

/**
 * Spreadsheets run a cell that starts with =, +, - or @ (and tab or carriage return) as a formula;
 * an apostrophe in front makes it plain text (OWASP's advice for CSV injection).
 */
export function safeCell(value: string | number): string {
  const text = String(value);
  // A text that starts with apostrophes before such a character gets one more, so that unguard,
  // which takes one off, gives back exactly what was written ("'=x" is written "''=x").
  return /^'*[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** safeCell's apostrophe, taken off again: "'-1 step" was written for "-1 step". */
export const unguard = (text: string) => (/^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

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
