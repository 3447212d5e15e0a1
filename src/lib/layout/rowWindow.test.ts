import { describe, expect, it } from 'vitest';
import {
  ROWS_AT_ONCE,
  ROWS_IN_FIRST_FRAME,
  rowWindow,
  rowWindowWords,
  rowsAfterIdle,
  rowsShown,
} from './rowWindow';

/** A seeded sequence of lengths and requests, so that a failure can be run again. */
function* cases(seed = 7) {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 300; i++) yield { total: Math.floor(next() * 3000), more: Math.floor(next() * 20) };
}

describe('rowWindow', () => {
  it('is the full list, cut after as many windows as were asked for, on random lengths', () => {
    for (const { total, more } of cases()) {
      const rows = Array.from({ length: total }, (_, i) => i);
      const shown = rowWindow(rows, more);
      expect(shown).toEqual(rows.slice(0, Math.min(total, ROWS_AT_ONCE * (more + 1))));
      expect(shown.length).toBe(rowsShown(total, more));
    }
  });

  it('shows a short list whole, and a long one a window at a time until all of it', () => {
    expect(rowWindow([1, 2, 3], 0)).toEqual([1, 2, 3]);
    expect(rowsShown(10_000, 0)).toBe(200);
    expect(rowsShown(10_000, 1)).toBe(400);
    expect(rowsShown(450, 5)).toBe(450);
    expect(rowsShown(450, -1)).toBe(200);
  });
});

describe('rowWindowWords', () => {
  it('says what is shown and what the next window adds, in the plural the number asks for', () => {
    expect(rowWindowWords(10_000, 0, ['skill', 'skills'])).toEqual({
      shown: 'The first 200 of 10,000 skills.',
      button: 'Show 200 more skills',
    });
    expect(rowWindowWords(401, 1, ['row', 'rows'])).toEqual({
      shown: 'The first 400 of 401 rows.',
      button: 'Show 1 more row',
    });
  });

  it('says nothing once everything is shown', () => {
    expect(rowWindowWords(200, 0, ['row', 'rows'])).toBeUndefined();
    expect(rowWindowWords(401, 2, ['row', 'rows'])).toBeUndefined();
  });
});

describe('rowsAfterIdle', () => {
  it('reaches every row of the window, a slice at a time, never past it', () => {
    for (const { total, more } of cases(11)) {
      const wanted = rowsShown(total, more);
      let drawn = ROWS_IN_FIRST_FRAME;
      let moments = 0;
      while (drawn < wanted) {
        const next = rowsAfterIdle(drawn, wanted);
        expect(next).toBeGreaterThan(drawn);
        expect(next).toBeLessThanOrEqual(wanted);
        drawn = next;
        moments += 1;
      }
      expect(moments).toBe(Math.max(0, Math.ceil((wanted - ROWS_IN_FIRST_FRAME) / 40)));
    }
  });
});
