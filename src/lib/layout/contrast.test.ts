/** Guards chart text colours: every skill colour, as text, reaches 4.5:1 on each theme's page. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_PAGE, textColourOn } from './contrast';
import { contrast as contrastRatio } from './colour';
import { SKILL_COLOURS } from '../../charts/trajectory/layout';

describe('contrast (colour.ts), as textColourOn uses it', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s is %d:1', (a, b, ratio) => expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1));
});

describe('textColourOn', () => {
  it.each(Object.entries(THEME_PAGE))('makes every skill colour legible on the %s page', (_theme, page) => {
    for (const colour of SKILL_COLOURS) {
      const text = textColourOn(colour, page);
      expect(contrastRatio(text, page)).toBeGreaterThanOrEqual(4.5);
      // Only as far as it must: a colour that was legible stays as it was.
      if (contrastRatio(colour, page) >= 4.5) expect(text).toBe(colour);
    }
  });

  it("knows each theme's page colour as app.css sets it", () => {
    const css = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');
    const page = (selector: string) =>
      new RegExp(`${selector.replace(/[[\]']/g, '\\$&')} \\{[^}]*--page: (#[0-9a-f]{6})`).exec(css)?.[1];
    expect(page("[data-theme='dark']")).toBe(THEME_PAGE.dark);
    expect(page("[data-theme='contrast']")).toBe(THEME_PAGE.contrast);
    expect(page(":root,\n[data-theme='light']")).toBe(THEME_PAGE.light);
  });
});
