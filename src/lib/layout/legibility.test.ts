import { describe, expect, it } from 'vitest';
import { MIN_SCALE, legibleMinWidth } from './legibility';

describe('legibleMinWidth', () => {
  it('is 3/4 of the chart, rounded up to whole pixels', () => {
    expect(MIN_SCALE).toBe(0.75);
    expect(legibleMinWidth(1076)).toBe('807px');
    expect(legibleMinWidth(1001)).toBe('751px');
  });
});
