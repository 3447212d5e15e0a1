/**
 * A PDF's page: the chart's own size, or a paper size with the chart fitted inside margins. Pure,
 * in points (1/72 inch), for `formats.ts` to draw on.
 */

export const PDF_PAGES = [
  { id: 'chart', name: "The chart's own size" },
  { id: 'a4', name: 'A4' },
  { id: 'letter', name: 'US Letter' },
  { id: 'widescreen', name: '16:9 (a slide)' },
] as const;

export type PdfPage = (typeof PDF_PAGES)[number]['id'];

/**
 * Paper sizes, landscape, in points: A4 is 297 × 210 mm; a 16:9 slide is 13.333 × 7.5 inches. Paper
 * turns to portrait for a chart taller than it is wide (a career conversation's page); a slide does not.
 */
const PAPER: Record<Exclude<PdfPage, 'chart'>, [number, number]> = {
  a4: [841.89, 595.28],
  letter: [792, 612],
  widescreen: [960, 540],
};

/** A paper page's margin: half an inch. */
export const PDF_MARGIN = 36;

export interface PdfPlacement {
  pageWidth: number;
  pageHeight: number;
  /** Where the chart (a standalone SVG of width × height) is drawn, scaled to fit and centred. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export function isPdfPage(value: unknown): value is PdfPage {
  return PDF_PAGES.some((page) => page.id === value);
}

/** Fits a chart of width × height onto the page, keeping its proportions, within the margins. */
export function placeOnPage(page: PdfPage, width: number, height: number): PdfPlacement {
  if (page === 'chart') return { pageWidth: width, pageHeight: height, x: 0, y: 0, width, height };
  const [long, short] = PAPER[page];
  const [pageWidth, pageHeight] = height > width && page !== 'widescreen' ? [short, long] : [long, short];
  const room = { width: pageWidth - PDF_MARGIN * 2, height: pageHeight - PDF_MARGIN * 2 };
  const scale = Math.min(room.width / width, room.height / height);
  const [w, h] = [width * scale, height * scale];
  return {
    pageWidth,
    pageHeight,
    x: (pageWidth - w) / 2,
    y: (pageHeight - h) / 2,
    width: w,
    height: h,
  };
}
