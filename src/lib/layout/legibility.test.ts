import { describe, expect, it } from 'vitest';
import { MIN_SCALE, OVERVIEW_MIN_WIDTH_LIMIT, legibleMinWidth } from './legibility';

describe('legibleMinWidth', () => {
  it('is 3/4 of the chart, rounded up to whole pixels', () => {
    expect(MIN_SCALE).toBe(0.75);
    expect(legibleMinWidth(1076)).toBe('807px');
    expect(legibleMinWidth(1001)).toBe('751px');
    expect(legibleMinWidth(4000)).toBe('3000px');
  });

  it('stops at the limit given, so that an overview of a large framework still fits a desktop', () => {
    expect(legibleMinWidth(1120, OVERVIEW_MIN_WIDTH_LIMIT)).toBe('840px');
    expect(legibleMinWidth(4000, OVERVIEW_MIN_WIDTH_LIMIT)).toBe('960px');
  });
});
