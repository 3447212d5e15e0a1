import { describe, expect, it } from 'vitest';
import { allBands, bandsInView, sameIndices, visibleArea } from './matrixWindow';

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
