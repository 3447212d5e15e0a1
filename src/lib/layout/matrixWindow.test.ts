import { describe, expect, it } from 'vitest';
import {
  allBands,
  bandsInView,
  revealScroll,
  runInView,
  sameIndices,
  visibleArea,
  bandPicker,
} from './matrixWindow';

// Ten rows 40 units tall with 5 between them: row i spans [45i, 45i + 40].
const rows = Array.from({ length: 10 }, (_, i) => ({ start: i * 45, size: 40 }));

describe('bandsInView', () => {
  it('gives the bands that overlap the view, and none beyond it', () => {
    expect(bandsInView(rows, { start: 100, end: 200 }, 0)).toEqual([2, 3, 4]);
    // A view that ends in a gap, or starts in one, takes no band on the far side of the gap.
    expect(bandsInView(rows, { start: 41, end: 44 }, 0)).toEqual([]);
    expect(bandsInView(rows, { start: 0, end: 40 }, 0)).toEqual([0]);
  });

  it('widens the view by the margin, within the grid', () => {
    expect(bandsInView(rows, { start: 100, end: 200 }, 50)).toEqual([1, 2, 3, 4, 5]);
    expect(bandsInView(rows, { start: -500, end: 10 }, 0)).toEqual([0]);
    expect(bandsInView(rows, { start: 390, end: 9000 }, 0)).toEqual([8, 9]);
  });

  it('always includes the bands it must keep, in order, and ignores those out of range', () => {
    expect(bandsInView(rows, { start: 100, end: 200 }, 0, [9, 3, -1, 12])).toEqual([2, 3, 4, 9]);
    expect(bandsInView(rows, { start: 5000, end: 6000 }, 0, [0])).toEqual([0]);
  });

  it('handles an empty grid', () => {
    expect(bandsInView([], { start: 0, end: 100 }, 10, [0])).toEqual([]);
    expect(allBands(0)).toEqual([]);
    expect(allBands(3)).toEqual([0, 1, 2]);
  });
});

describe('visibleArea', () => {
  it('turns the visible part of the chart into chart units', () => {
    // The chart drawn at half size, 100 px below the top of the window, scrolled 300 px sideways.
    expect(visibleArea({ left: -300, top: 100 }, { left: 0, top: 0, right: 800, bottom: 600 }, 0.5)).toEqual({
      x: { start: 600, end: 2200 },
      y: { start: -200, end: 1000 },
    });
  });

  it('is null when nothing can be seen', () => {
    expect(visibleArea({ left: 0, top: 0 }, { left: 10, top: 0, right: 10, bottom: 600 }, 1)).toBeNull();
    expect(visibleArea({ left: 0, top: 0 }, { left: 0, top: 0, right: 800, bottom: 600 }, 0)).toBeNull();
  });
});

describe('sameIndices', () => {
  it('compares index lists by value', () => {
    expect(sameIndices([1, 2], [1, 2])).toBe(true);
    expect(sameIndices([1, 2], [1, 3])).toBe(false);
    expect(sameIndices([1], [1, 2])).toBe(false);
  });
});

describe('revealScroll', () => {
  // A frame from x 20 to 1000 in a window 900 tall; the header's copy is 60 tall, the names' 150 wide.
  const view = {
    chartTop: -500,
    frame: { top: -500, bottom: 2000, left: 20, right: 1000 },
    scrolledSideways: true,
    windowHeight: 900,
    header: 60,
    names: 150,
    margin: 8,
  };
  const cell = (top: number, left: number) => ({ top, bottom: top + 40, left, right: left + 80 });

  it('leaves a cell in the clear where it is', () => {
    expect(revealScroll(cell(400, 500), view)).toEqual({ dx: 0, dy: 0 });
  });

  it('scrolls a cell out from under the copy of the header, and of the skill names', () => {
    expect(revealScroll(cell(30, 500), view)).toEqual({ dx: 0, dy: 30 - 68 });
    expect(revealScroll(cell(400, 100), view)).toEqual({ dx: 100 - 178, dy: 0 });
  });

  it('has no copies to clear before the chart is scrolled past', () => {
    const atRest = { ...view, chartTop: 100, scrolledSideways: false };
    expect(revealScroll(cell(30, 40), atRest)).toEqual({ dx: 0, dy: 0 });
    expect(revealScroll(cell(2, 22), atRest)).toEqual({ dx: 22 - 28, dy: 2 - 8 });
  });

  it("brings in a cell past the window's bottom or the frame's right edge", () => {
    expect(revealScroll(cell(880, 950), view)).toEqual({ dx: 1030 - 992, dy: 920 - 892 });
  });
});

describe('bandPicker', () => {
  const bands = Array.from({ length: 100 }, (_, i) => ({ start: i * 30, size: 30 }));

  it('picks the bands in view while windowing, every band otherwise', () => {
    const pick = bandPicker();
    expect(pick(bands, { start: 0, end: 300 }, false, [])).toHaveLength(100);
    const shown = pick(bands, { start: 600, end: 900 }, true, [99]);
    expect(shown[0]).toBeGreaterThan(10);
    expect(shown).toContain(99);
    expect(shown.length).toBeLessThan(30);
  });

  it('gives the same array while the bands do not change, so nothing is redrawn', () => {
    const pick = bandPicker();
    const first = pick(bands, { start: 600, end: 900 }, true, []);
    expect(pick(bands, { start: 601, end: 901 }, true, [])).toBe(first);
    expect(pick(bands, { start: 1500, end: 1800 }, true, [])).not.toBe(first);
  });
});

describe('runInView', () => {
  it('is the marks that meet the view, as filtering every mark finds them, on random runs', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let run = 0; run < 300; run++) {
      const slot = 1 + random() * 10;
      const width = slot * (0.2 + random() * 0.8);
      const left = random() * 100;
      const marks = Array.from({ length: Math.floor(random() * 400) }, (_, i) => ({
        x: left + i * slot,
        width,
      }));
      const start = random() * 3000 - 200;
      const view = { start, end: start + random() * 600 };
      const margin = random() * 50;
      const { from, to } = runInView(marks, view, margin);
      const expected = marks.filter((m) => m.x + m.width > view.start - margin && m.x <= view.end + margin);
      expect(marks.slice(from, to)).toEqual(expected);
    }
  });

  it('is empty, never reversed, for a view beside the run', () => {
    const marks = [0, 10, 20].map((x) => ({ x, width: 5 }));
    expect(runInView(marks, { start: 100, end: 200 }, 0)).toEqual({ from: 3, to: 3 });
    expect(runInView(marks, { start: -100, end: -50 }, 0)).toEqual({ from: 0, to: 0 });
  });
});
