/** Guards against spreadsheet formula injection while keeping the data readable back. */
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { csvFile, safeCell, toCsv } from './csv';

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
