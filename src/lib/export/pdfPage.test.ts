/** The PDF page choices: the chart's own size, or paper with the chart fitted inside margins. */
import { describe, expect, it } from 'vitest';
import { PDF_MARGIN, isPdfPage, placeOnPage } from './pdfPage';

describe('placeOnPage', () => {
  it("keeps the chart's own size as the page", () => {
    expect(placeOnPage('chart', 1132, 640)).toEqual({
      pageWidth: 1132,
      pageHeight: 640,
      x: 0,
      y: 0,
      width: 1132,
      height: 640,
    });
  });

  it.each([
    ['a4', 841.89, 595.28],
    ['letter', 792, 612],
    ['widescreen', 960, 540],
  ] as const)('fits a wide chart on %s landscape, inside the margins and centred', (page, w, h) => {
    const placed = placeOnPage(page, 1500, 500);
    expect([placed.pageWidth, placed.pageHeight]).toEqual([w, h]);
    // Width-bound: it fills the width between the margins and is centred top to bottom.
    expect(placed.x).toBeCloseTo(PDF_MARGIN);
    expect(placed.width).toBeCloseTo(w - 2 * PDF_MARGIN);
    expect(placed.height / placed.width).toBeCloseTo(500 / 1500);
    expect(placed.y).toBeCloseTo((h - placed.height) / 2);
  });

  it.each([
    ['a4', 595.28, 841.89],
    ['letter', 612, 792],
  ] as const)(
    'turns %s to portrait for a tall chart (a page), fitted by its height, centred',
    (page, w, h) => {
      const placed = placeOnPage(page, 600, 1200);
      expect([placed.pageWidth, placed.pageHeight]).toEqual([w, h]);
      expect(placed.y).toBeCloseTo(PDF_MARGIN);
      expect(placed.height).toBeCloseTo(h - 2 * PDF_MARGIN);
      expect(placed.x + placed.width / 2).toBeCloseTo(w / 2);
    },
  );

  it('keeps a 16:9 page landscape for a tall chart: it is a slide', () => {
    const placed = placeOnPage('widescreen', 600, 1200);
    expect([placed.pageWidth, placed.pageHeight]).toEqual([960, 540]);
    expect(placed.height).toBeCloseTo(540 - 2 * PDF_MARGIN);
  });

  it('scales a small chart up to the page, not only down', () => {
    expect(placeOnPage('widescreen', 400, 200).width).toBeCloseTo(960 - 2 * PDF_MARGIN);
  });

  it('knows its page names', () => {
    expect(isPdfPage('a4')).toBe(true);
    expect(isPdfPage('A4')).toBe(false);
    expect(isPdfPage(undefined)).toBe(false);
  });
});
