/**
 * Opening exports in the programs people use: LibreOffice Impress for decks (headless, converting
 * to PDF) and poppler for PDFs (pdftotext for their text, pdftoppm for their pixels).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import JSZip from 'jszip';

/**
 * Poppler's stderr left out: without the poppler-data package it says "Unknown character collection
 * 'Adobe-Identity-H'" for every embedded font, though it reads their text by their own Unicode maps.
 */
const QUIET = { stdio: ['ignore', 'pipe', 'ignore'] as ['ignore', 'pipe', 'ignore'] };

/**
 * Opens each deck in LibreOffice Impress and saves what it shows as a PDF beside it; returns their
 * paths. Each call has its own LibreOffice profile, so parallel test workers do not collide.
 */
export function openInImpress(decks: string[]): string[] {
  const out = join(dirname(decks[0]), 'impress');
  mkdirSync(out, { recursive: true });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${out}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      ...decks,
    ],
    { stdio: 'ignore', timeout: 180_000 },
  );
  return decks.map((deck) => join(out, basename(deck).replace(/\.pptx$/, '.pdf')));
}

/** The text of a PDF, its whitespace run together. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', path, '-'], QUIET).toString().replace(/\s+/g, ' ');
}

export function pdfInfo(path: string): string {
  return execFileSync('pdfinfo', [path], QUIET).toString();
}

export function pdfPages(path: string): number {
  return Number(/Pages:\s+(\d+)/.exec(pdfInfo(path))![1]);
}

export interface Raster {
  width: number;
  height: number;
  pixel: (x: number, y: number) => [number, number, number];
}

/** A PDF page drawn at `dpi` (72: a pixel a point), as pdftoppm draws it. */
export function rasterise(path: string, page: number, dpi: number): Raster {
  const root = `${path}.p${page}-${dpi}`;
  execFileSync(
    'pdftoppm',
    ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', path, root],
    QUIET,
  );
  const ppm = readFileSync(`${root}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  return {
    width,
    height,
    pixel: (x, y) => {
      const at = header[0].length + (Math.round(y) * width + Math.round(x)) * 3;
      return [ppm[at], ppm[at + 1], ppm[at + 2]];
    },
  };
}

export const rgbOf = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];

const distance = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));

/** The four corners and the middle of each edge: where only the page's background is. */
export function edgeColours(raster: Raster): [number, number, number][] {
  const [w, h] = [raster.width - 2, raster.height - 2];
  return [
    [1, 1],
    [w, 1],
    [1, h],
    [w, h],
    [w / 2, 1],
    [1, h / 2],
    [w, h / 2],
  ].map(([x, y]) => raster.pixel(x, y));
}

export function sameColour(a: number[], b: number[], tolerance = 4): boolean {
  return distance(a, b) <= tolerance;
}

/** The words pdftotext finds on a page, with their boxes in points. */
export function words(
  path: string,
  page = 1,
): { text: string; x0: number; y0: number; x1: number; y1: number }[] {
  const html = execFileSync(
    'pdftotext',
    ['-bbox', '-f', String(page), '-l', String(page), path, '-'],
    QUIET,
  ).toString();
  return [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({ text: m[5], x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]) }));
}

/**
 * How many pixels in a word's box stand out from the background (its glyphs): none when the word
 * is in the file but covered by something drawn over it. `raster` must be at 72 dpi.
 */
export function inkIn(
  raster: Raster,
  word: { x0: number; y0: number; x1: number; y1: number },
  background: number[],
) {
  let ink = 0;
  for (let y = Math.floor(word.y0); y < Math.ceil(word.y1); y++)
    for (let x = Math.floor(word.x0); x < Math.ceil(word.x1); x++)
      if (distance(raster.pixel(x, y), background) > 90) ink += 1;
  return ink;
}

/** Every shape, picture, table and chart of every slide that reaches beyond the slide's edges. */
export async function offSlide(deck: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(deck);
  const presentation = await zip.file('ppt/presentation.xml')!.async('string');
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation)!;
  const [cx, cy] = [Number(size[1]), Number(size[2])];
  const outside: string[] = [];
  for (const name of Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))) {
    const xml = await zip.file(name)!.async('string');
    for (const m of xml.matchAll(/<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/g)) {
      const [x, y, w, h] = m.slice(1, 5).map(Number);
      if (x < 0 || y < 0 || x + w > cx || y + h > cy) outside.push(`${name}: ${m[0]}`);
    }
  }
  return outside;
}

/** The number of slides in a deck, and what kinds of native content they hold. */
export async function deckContents(deck: Buffer) {
  const zip = await JSZip.loadAsync(deck);
  const files = Object.keys(zip.files);
  const slides = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  const xml = (await Promise.all(slides.map((f) => zip.file(f)!.async('string')))).join('\n');
  const charts = files.filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
  const chartXml = (await Promise.all(charts.map((f) => zip.file(f)!.async('string')))).join('\n');
  return {
    slides: slides.length,
    tables: (xml.match(/<a:tbl>/g) ?? []).length,
    charts: charts.length,
    /** The spreadsheets behind the charts, which "Edit data" opens. */
    workbooks: files.filter((f) => /^ppt\/embeddings\/.+\.xlsx$/.test(f)).length,
    pictures: files.filter((f) => /^ppt\/media\/.+\.(svg|png)$/.test(f)).length,
    curves: (xml.match(/<a:cubicBezTo>/g) ?? []).length,
    mergedCells: (xml.match(/gridSpan|rowSpan|hMerge|vMerge/g) ?? []).length,
    /** The slides' and the charts' XML, where their text is. */
    xml: `${xml}\n${chartXml}`,
  };
}
