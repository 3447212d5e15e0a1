/** Guards legibility: text on every fill reads at 4.5:1, every fill is outlined at 3:1 on white. */
import { describe, expect, it } from 'vitest';
import { contrast, proficiencySwatches } from './colour';

const scale = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `P${i}`, rank: i + 1, definition: '' }));

describe('proficiencySwatches', () => {
  it.each([1, 2, 4, 7])('gives %i proficiencies distinct, legible swatches', (n) => {
    const swatches = [...proficiencySwatches(scale(n)).values()];
    expect(new Set(swatches.map((s) => s.fill)).size).toBe(n);
    for (const swatch of swatches) {
      expect(contrast(swatch.fill, swatch.text)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(swatch.stroke, '#ffffff')).toBeGreaterThanOrEqual(3);
    }
  });

  it('darkens with rank (sequential)', () => {
    const fills = [...proficiencySwatches(scale(4)).values()].map((s) => contrast(s.fill, '#ffffff'));
    expect([...fills].sort((a, b) => a - b)).toEqual(fills);
  });

  it('computes the colours of a scale once, and tells scales apart', () => {
    expect(proficiencySwatches(scale(4))).toBe(proficiencySwatches(scale(4)));
    expect(proficiencySwatches(scale(4))).not.toBe(proficiencySwatches(scale(3)));
    const renamed = scale(4).map((p, i) => (i === 0 ? { ...p, id: 'other' } : p));
    expect([...proficiencySwatches(renamed).keys()][0]).toBe('other');
  });
});

describe('contrast', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21);
    expect(contrast('#2c7fb8', '#2c7fb8')).toBe(1);
  });
});
