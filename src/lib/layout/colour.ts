import type { Proficiency } from '../model/types';
import { darkerHex, rampAt, rgbOf } from './colourMaths';

/**
 * A sequential, colour-blind-safe ramp (ColorBrewer YlGnBu, lightest class dropped so the lowest
 * proficiency still reads as "something"), stretched over however many proficiencies a framework has.
 */
export const PROFICIENCY_RAMP = ['#c7e9b4', '#41b6c4', '#1f74ae', '#253494'];

export interface Swatch {
  fill: string;
  /** Text colour with at least 4.5:1 contrast on the fill. */
  text: string;
  /** Outline giving the fill 3:1 contrast against a white page where the fill alone has less. */
  stroke: string;
}

const DARK_TEXT = '#111111';
const LIGHT_TEXT = '#ffffff';

/** WCAG relative luminance of a CSS colour. */
export function luminance(colour: string): number {
  const [r, g, b] = rgbOf(colour);
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two CSS colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** One swatch per proficiency, lowest rank first. */
export function proficiencySwatches(proficiencies: Proficiency[]): ReadonlyMap<string, Swatch> {
  // Every chart asks on every update; the colours depend only on the ids and their order.
  const key = proficiencies.map((p) => `${p.rank}\u0000${p.id}`).join('\u0001');
  let swatches = swatchCache.get(key);
  if (!swatches) {
    swatches = computeSwatches(proficiencies);
    if (swatchCache.size > 50) swatchCache.clear();
    swatchCache.set(key, swatches);
  }
  return swatches;
}
const swatchCache = new Map<string, ReadonlyMap<string, Swatch>>();

function computeSwatches(proficiencies: Proficiency[]): ReadonlyMap<string, Swatch> {
  const sorted = [...proficiencies].sort((a, b) => a.rank - b.rank);
  const scale = (i: number) => rampAt(PROFICIENCY_RAMP, i / Math.max(1, sorted.length - 1));
  return new Map(
    sorted.map((proficiency, i) => {
      const fill = sorted.length === 1 ? PROFICIENCY_RAMP[2] : scale(i);
      const text = contrast(fill, DARK_TEXT) >= contrast(fill, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
      let stroke = fill;
      for (let k = 0; contrast(stroke, '#ffffff') < 3 && k < 20; k++) stroke = darkerHex(stroke, 0.25);
      return [proficiency.id, { fill, text, stroke }];
    }),
  );
}

/** What a cell with nothing asked for looks like: clearly not the lowest proficiency. */
export const NOT_REQUIRED: Swatch = { fill: '#ffffff', text: '#595959', stroke: '#8c8c8c' };
