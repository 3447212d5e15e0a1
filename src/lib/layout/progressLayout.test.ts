/** The history chart: snapshots left to right, height the steps short, zero on the baseline. */
import { describe, expect, it } from 'vitest';
import { PROGRESS_SIZES, layoutProgress, progressLabel } from './progressLayout';

const point = (date: string, steps: number, met = 10 - steps) => ({
  date,
  source: 'self' as const,
  met,
  asked: 10,
  steps,
});

describe('layoutProgress', () => {
  it('puts older snapshots left and fewer steps short lower, zero on the baseline', () => {
    const layout = layoutProgress([point('2026-01-01', 6), point('2026-06-01', 3), point('2026-12-01', 0)]);
    const xs = layout.marks.map((m) => m.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(layout.marks[0].y).toBeLessThan(layout.marks[1].y);
    expect(layout.marks[2].y).toBe(layout.baseline);
    expect(layout.path).toMatch(/^M/);
  });

  it('centres a single snapshot in the plot and still has a scale', () => {
    const layout = layoutProgress([point('2026-12-01', 2)]);
    const { left, right, width } = PROGRESS_SIZES;
    expect(layout.marks[0].x).toBe((left + width - right) / 2);
    expect(layout.yTicks.map((t) => t.label)).toContain('0');
  });

  it('says each snapshot in words', () => {
    expect(progressLabel(point('2026-12-01', 1, 9))).toBe('2026-12-01 (self): meets 9 of 10; 1 step short');
    expect(progressLabel(point('2026-12-01', 0))).toBe('2026-12-01 (self): meets 10 of 10; nothing short');
  });
});
