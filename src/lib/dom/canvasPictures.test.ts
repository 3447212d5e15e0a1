/**
 * What the charts painted on a canvas share: the canvas's size (kept while large enough), the theme
 * read once per theme, one paint per round of updates, and the pictures kept per scale and ink.
 */
import { describe, expect, it, vi } from 'vitest';
import { FakeCanvas, asCanvas } from '../../../tests/unit/fakeCanvas';
import { Pictures, grownSize, paintOnce, regionSize, themeInk } from './canvasPictures';

describe('grownSize', () => {
  const region = { x: 300, y: 40, width: 1000, height: 700 };

  it('keeps the canvas it has while that holds the region', () => {
    const current = { width: 1280, height: 1024 };
    expect(grownSize(current, region, 1)).toBe(current);
    expect(grownSize(current, region, 0.75)).toBe(current);
  });

  it('grows a side too small for the region to the next multiple of the step, and keeps the other', () => {
    expect(grownSize({ width: 800, height: 1024 }, region, 1)).toEqual({ width: 1024, height: 1024 });
    expect(grownSize({ width: 800, height: 600 }, region, 1.5, 64)).toEqual({ width: 1536, height: 1088 });
    expect(regionSize(region, 1.5)).toEqual({ width: 1500, height: 1050 });
  });

  it('never shrinks: a track switch that narrows the region keeps the canvas', () => {
    let size = { width: 1, height: 1 };
    const sizes = [1, 0.75, 1, 0.75].map((scale) => (size = grownSize(size, region, scale)));
    expect(sizes.map((s) => s.width)).toEqual([1024, 1024, 1024, 1024]);
    expect(sizes[3]).toBe(sizes[0]);
  });
});

describe('themeInk', () => {
  it("reads the page's styles once per theme", () => {
    let reads = 0;
    // The page's styles: whatever the theme's attribute makes the custom property at the time.
    let pageInk = '#111111';
    vi.stubGlobal('getComputedStyle', () => ({ getPropertyValue: () => pageInk }));
    const inkOf = themeInk((style) => (reads++, style.getPropertyValue('--ink')));
    const element = {} as Element;
    expect(inkOf(element, 'light')).toBe('#111111');
    pageInk = '#eeeeee';
    expect(inkOf(element, 'light')).toBe('#111111');
    expect(inkOf(element, 'dark')).toBe('#eeeeee');
    expect(reads).toBe(2);
    vi.unstubAllGlobals();
  });
});

describe('paintOnce', () => {
  it('paints the last of the paints asked for in one round of updates, after it', async () => {
    const painted: string[] = [];
    const paintSoon = paintOnce();
    paintSoon(() => painted.push('stale layout'));
    paintSoon(() => painted.push('measured'));
    expect(painted).toEqual([]);
    await Promise.resolve();
    expect(painted).toEqual(['measured']);
    paintSoon(() => painted.push('next'));
    await Promise.resolve();
    expect(painted).toEqual(['measured', 'next']);
  });
});

describe('Pictures', () => {
  it('draws a look once per scale and ink, keeping the last four looks', () => {
    let drawn = 0;
    const pictures = new Pictures<string>((w, h) => asCanvas(new FakeCanvas(w, h)));
    const draw = () => void drawn++;
    const looks = [1, 0.75, 1.5, 2, 1, 0.75, 3, 1.5];
    for (const scale of looks) {
      pictures.use(scale, '#000000');
      pictures.get('a cell', 10, 10, draw);
    }
    // 1, 0.75, 1.5 and 2 drawn; 1 and 0.75 kept; 3 drawn, and 1.5 (the oldest by then) drawn again.
    expect(drawn).toBe(6);
  });

  it('draws in the ink in use, at the scale in use, with room for the edge around the box', () => {
    const made: FakeCanvas[] = [];
    const pictures = new Pictures<string>((w, h) => asCanvas((made[made.length] = new FakeCanvas(w, h))));
    pictures.use(2, '#123456');
    let inked = '';
    pictures.get('a cell', 30, 20, (_, ink) => (inked = ink));
    expect(inked).toBe('#123456');
    expect([made[0].width, made[0].height]).toEqual([(30 + 4) * 2, (20 + 4) * 2]);
    expect(made[0].context.named('setTransform')[0].args).toEqual([2, 0, 0, 2, 4, 4]);
  });
});
