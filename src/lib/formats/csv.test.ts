/** Guards against spreadsheet formula injection while keeping the data readable back. */
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvFile, eachCsvRow, readCsv, safeCell, toCsv, unguard } from './csv';

describe('safeCell', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['Service support', 'Service support'],
    ['a = b', 'a = b'],
    [3, '3'],
  ])('%j → %j', (input, output) => {
    expect(safeCell(input)).toBe(output);
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and newlines, and parses back to the same (safe) rows', () => {
    const rows = [
      ['Programming and build (software engineering)', 'You can design, code, "test"\nand document'],
      ['=cmd', 'x'],
    ];
    const text = toCsv(['Skill', 'Description'], rows);
    expect(csvParseRows(text.trimEnd())).toEqual([['Skill', 'Description'], rows[0], ["'=cmd", 'x']]);
  });
});

describe('csvFile', () => {
  it('starts with a byte-order mark, so Excel reads it as UTF-8, and keeps every character', async () => {
    const bytes = new Uint8Array(await csvFile(['Skill'], [['1 new · 8 raised → “reworded”']]).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('Skill\n1 new · 8 raised → “reworded”\n');
  });
});

describe('unguard', () => {
  it('takes off exactly the apostrophe safeCell put on, for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(unguard(safeCell(text))).toBe(text);
      }),
    );
    // Texts that already begin with apostrophes before a formula's first character (found by the
    // property above: "'=" came back as "=").
    for (const text of ["'=", "''=1+1", "'-1 step", "'@home", "'", "''"])
      expect(unguard(safeCell(text)), text).toBe(text);
    expect(safeCell("'=x")).toBe("''=x");
  });
});

describe('eachCsvRow', () => {
  it('gives each row the line it starts on, counting newlines in quoted cells, past blank rows', () => {
    const seen: [string[], number][] = [];
    eachCsvRow('\uFEFFa,b\n"one\ntwo",x\n\nc,d\n', (row, line) => seen.push([row, line]));
    expect(seen).toEqual([
      [['a', 'b'], 1],
      [['one\ntwo', 'x'], 2],
      [['c', 'd'], 5],
    ]);
  });
});

describe('readCsv', () => {
  it('names the missing columns, and a ragged row with its line', () => {
    expect(() => readCsv('a,b\n1,2\n', 'f.csv', ['a', 'c'])).toThrow(/^f\.csv, line 1: missing column "c"/);
    expect(() => readCsv('a,b\n1,2\n3\n', 'f.csv', ['a'])).toThrow(
      /^f\.csv, line 3: expected 2 fields, found 1$/,
    );
    expect(() => readCsv('', 'f.csv', ['a'])).toThrow(/^f\.csv: the file is empty$/);
    expect(readCsv('a,b\n 1 ,2\n', 'f.csv', ['a'])).toEqual([{ a: '1', line: 2 }]);
  });
});
