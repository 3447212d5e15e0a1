import { hcl, rgb } from 'd3-color';

/** Each theme's page colour (app.css's --page), which chart text must stand out from. */
export const THEME_PAGE = {
  light: '#ffffff',
  dark: '#14181d',
  contrast: '#ffffff',
} as const;

/** WCAG's relative luminance of a colour. */
function luminance(colour: string): number {
  const { r, g, b } = rgb(colour);
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG's contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The colour, darkened or lightened (same hue) just enough for text on `background` to reach
 * `ratio` (4.5:1, WCAG AA for text of a normal size); unchanged when it already does.
 * Example: textColourOn('#af7aa1', '#ffffff') → a darker mauve of 4.5:1.
 */
export function textColourOn(colour: string, background: string, ratio = 4.5): string {
  if (contrastRatio(colour, background) >= ratio) return rgb(colour).formatHex();
  const c = hcl(colour);
  const step = luminance(background) > 0.5 ? -1 : 1;
  for (let l = c.l; l >= 0 && l <= 100; l += step) {
    const candidate = hcl(c.h, c.c, l).rgb().clamp().formatHex();
    if (contrastRatio(candidate, background) >= ratio) return candidate;
  }
  return step < 0 ? '#000000' : '#ffffff';
}
