import { hcl, rgb } from 'd3-color';
import { contrast, luminance } from './colour';

/** Each theme's page colour (app.css's --page), which chart text must stand out from. */
export const THEME_PAGE = {
  light: '#ffffff',
  dark: '#14181d',
  contrast: '#ffffff',
} as const;

/**
 * The colour, darkened or lightened (same hue) just enough for text on `background` to reach
 * `ratio` (4.5:1, WCAG AA for text of a normal size); unchanged when it already does.
 * Example: textColourOn('#af7aa1', '#ffffff') → a darker mauve of 4.5:1.
 */
export function textColourOn(colour: string, background: string, ratio = 4.5): string {
  if (contrast(colour, background) >= ratio) return rgb(colour).formatHex();
  const c = hcl(colour);
  const step = luminance(background) > 0.5 ? -1 : 1;
  for (let l = c.l; l >= 0 && l <= 100; l += step) {
    const candidate = hcl(c.h, c.c, l).rgb().clamp().formatHex();
    if (contrast(candidate, background) >= ratio) return candidate;
  }
  return step < 0 ? '#000000' : '#ffffff';
}
