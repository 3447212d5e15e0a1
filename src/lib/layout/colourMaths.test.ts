/** The first view's colour maths gives d3's answers, exactly. */
import { describe, expect, it } from 'vitest';
import { rgb } from 'd3-color';
import { interpolateRgbBasis } from 'd3-interpolate';
import fc from 'fast-check';
import { darkerHex, rampAt, rgbOf } from './colourMaths';
import { PROFICIENCY_RAMP } from './colour';

const hex = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map(([r, g, b]) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`);

describe('colour maths as d3 does it', () => {
  it('reads #rrggbb and #rgb as d3-color does', () => {
    fc.assert(
      fc.property(hex, (colour) => {
        const { r, g, b } = rgb(colour);
        expect(rgbOf(colour)).toEqual([r, g, b]);
      }),
    );
    expect(rgbOf('#abc')).toEqual([0xaa, 0xbb, 0xcc]);
    expect(rgbOf('teal').every(Number.isNaN)).toBe(true);
  });

  it('darkens as d3-color darker(k), written as formatHex', () => {
    fc.assert(
      fc.property(hex, fc.double({ min: 0, max: 5, noNaN: true }), (colour, k) => {
        expect(darkerHex(colour, k)).toBe(rgb(colour).darker(k).formatHex());
      }),
    );
  });

  it('is the ramp interpolateRgbBasis draws, at every point of every length of scale', () => {
    const d3Ramp = interpolateRgbBasis(PROFICIENCY_RAMP);
    for (let n = 2; n <= 12; n++)
      for (let i = 0; i < n; i++) {
        const t = i / (n - 1);
        expect(rampAt(PROFICIENCY_RAMP, t)).toBe(rgb(d3Ramp(t)).formatHex());
      }
    fc.assert(
      fc.property(
        fc.array(hex, { minLength: 2, maxLength: 6 }),
        fc.double({ min: -0.2, max: 1.2, noNaN: true }),
        (stops, t) => {
          expect(rampAt(stops, t)).toBe(rgb(interpolateRgbBasis(stops)(t)).formatHex());
        },
      ),
    );
  });
});
