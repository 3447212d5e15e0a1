import { describe, expect, it } from 'vitest';
import {
  ROWS_AT_ONCE,
  ROWS_IN_FIRST_FRAME,
  ROWS_PAST_FOCUS,
  rowWindow,
  rowWindowWords,
  rowsAfterIdle,
  rowsDrawnAround,
  rowsShown,
  slideWindow,
  sliceWords,
  type RowSlice,
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

describe('rowsDrawnAround', () => {
  it("draws the tab stop's row and the rows past it, never fewer than unfolded, never more than the window", () => {
    for (const { total, more } of cases(13)) {
      const wanted = rowsShown(total, more);
      for (const unfolded of [ROWS_IN_FIRST_FRAME, 100, wanted])
        for (const focus of [-1, 0, 5, 39, 40, 150, wanted - 1]) {
          if (focus >= wanted) continue;
          const drawn = rowsDrawnAround(unfolded, wanted, focus);
          expect(drawn).toBeLessThanOrEqual(wanted);
          expect(drawn).toBeGreaterThanOrEqual(Math.min(unfolded, wanted));
          // The focused row is drawn, with a screen of rows past it where the window has them.
          if (focus >= 0)
            expect(drawn).toBe(Math.min(wanted, Math.max(unfolded, focus + 1 + ROWS_PAST_FOCUS)));
          else expect(drawn).toBe(Math.min(unfolded, wanted));
        }
    }
  });

  it('at the window’s end, draws all of it at once', () => {
    expect(rowsDrawnAround(40, 200, 199)).toBe(200);
    expect(rowsDrawnAround(40, 200, 10)).toBe(40);
    expect(rowsDrawnAround(40, 200, 30)).toBe(51);
  });
});

describe('slideWindow', () => {
  it('holds the focused row, keeps its size, stays inside the rows, and moves only when the focus leaves it', () => {
    // Random walks of a tab stop over grids of random sizes, with windows asked larger now and then.
    let x = 5;
    const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 200; run++) {
      const total = 1 + Math.floor(next() * 3000);
      let size = ROWS_AT_ONCE;
      let window: RowSlice = { from: 0, to: 0 };
      let focus = 0;
      for (let step = 0; step < 50; step++) {
        const jump = next();
        focus =
          jump < 0.1
            ? total - 1
            : jump < 0.2
              ? 0
              : Math.max(0, Math.min(total - 1, focus + Math.floor((next() - 0.5) * 500)));
        if (next() < 0.1) size += ROWS_AT_ONCE;
        const moved = slideWindow(window, size, total, focus);
        expect(moved.from).toBeGreaterThanOrEqual(0);
        expect(moved.to).toBeLessThanOrEqual(total);
        expect(moved.to - moved.from).toBe(Math.min(size, total));
        expect(focus >= moved.from && focus < moved.to).toBe(true);
        const held =
          window.to - window.from === moved.to - moved.from && focus >= window.from && focus < window.to;
        if (held) expect(moved).toEqual(window);
        window = moved;
      }
    }
  });

  it('moves only as far as it takes: one row down past its end moves it one row', () => {
    expect(slideWindow({ from: 0, to: 200 }, 200, 10_000, 200)).toEqual({ from: 1, to: 201 });
    expect(slideWindow({ from: 1, to: 201 }, 200, 10_000, 0)).toEqual({ from: 0, to: 200 });
    expect(slideWindow({ from: 0, to: 200 }, 200, 10_000, 9_999)).toEqual({ from: 9_800, to: 10_000 });
    // The rows before it asked for: the window grows at its start, focus on the first of them.
    expect(slideWindow({ from: 400, to: 600 }, 400, 10_000, 200)).toEqual({ from: 200, to: 600 });
    expect(slideWindow({ from: 0, to: 0 }, 200, 30, 3)).toEqual({ from: 0, to: 30 });
    // No row focused (the header row): it stays, grown or cut to its size inside the rows.
    expect(slideWindow({ from: 800, to: 1000 }, 200, 1000, -1)).toEqual({ from: 800, to: 1000 });
    expect(slideWindow({ from: 800, to: 1000 }, 400, 1000, -1)).toEqual({ from: 600, to: 1000 });
    expect(slideWindow({ from: 800, to: 1000 }, 200, 500, -1)).toEqual({ from: 300, to: 500 });
  });
});

describe('sliceWords', () => {
  it('says which rows are shown and what each button adds, in the plural the number asks for', () => {
    expect(sliceWords({ from: 0, to: 200 }, 10_000, ['skill', 'skills'])).toEqual({
      shown: 'The first 200 of 10,000 skills.',
      before: undefined,
      after: 'Show 200 more skills',
    });
    expect(sliceWords({ from: 200, to: 400 }, 10_000, ['skill', 'skills'])).toEqual({
      shown: 'Skills 201 to 400 of 10,000.',
      before: 'Show the 200 skills before',
      after: 'Show 200 more skills',
    });
    expect(sliceWords({ from: 1, to: 201 }, 201, ['skill', 'skills'])).toEqual({
      shown: 'Skills 2 to 201 of 201.',
      before: 'Show the skill before',
      after: undefined,
    });
    expect(sliceWords({ from: 400, to: 401 }, 1_000, ['skill', 'skills'])).toEqual({
      shown: 'Skill 401 of 1,000.',
      before: 'Show the 200 skills before',
      after: 'Show 200 more skills',
    });
    expect(sliceWords({ from: 998, to: 1_000 }, 1_000, ['skill', 'skills'])?.after).toBeUndefined();
    expect(sliceWords({ from: 0, to: 999 }, 1_000, ['skill', 'skills'])?.after).toBe('Show 1 more skill');
  });

  it('says nothing when every row is shown', () => {
    expect(sliceWords({ from: 0, to: 30 }, 30, ['skill', 'skills'])).toBeUndefined();
  });
});
