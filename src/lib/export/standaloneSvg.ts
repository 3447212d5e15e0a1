import type { LegendItem } from '../charts/types';
import { wrapText } from '../layout/wrap';
import { legendLineColour } from '../charts/legend';

/** Fonts every machine has something for, so an exported file looks the same away from the app. */
export const EXPORT_FONT_STACK = "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif";

export interface ExportTheme {
  background: string;
  ink: string;
  inkSoft: string;
}

export interface SlideParts {
  title: string;
  /** A sentence under the title that the chart means little without (the comparison's verdict). */
  summary?: string;
  /** The chart's own SVG markup (children only), drawn at its own size. */
  chartMarkup: string;
  chartWidth: number;
  chartHeight: number;
  legend: LegendItem[];
  source: string;
  theme: ExportTheme;
  /** Leave the background out (for a transparent PNG). */
  transparent?: boolean;
  /** Leave out the title and the source line (a slide carries them as its own text). */
  bare?: boolean;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const PAD = 28;

/**
 * A standalone SVG document: title, the chart, its legend and the source line, all inline, with
 * no reference to anything outside the file. Returns the markup and its size.
 */
export function composeStandaloneSvg(parts: SlideParts): { svg: string; width: number; height: number } {
  const { theme } = parts;
  const width = Math.ceil(Math.max(parts.chartWidth, 640) + PAD * 2);
  // Characters a line, for the widest face the file may be shown in: DejaVu Sans Bold (what a PDF
  // embeds, and Linux's sans-serif) is about 13.5 units a character at 22.
  const titleLines = parts.bare ? [] : wrapText(parts.title, Math.floor((width - PAD * 2) / 13.5));
  const titleHeight = parts.bare ? 0 : titleLines.length * 28 + 12;
  // About 8 units a character at 15.
  const summaryLines =
    parts.bare || !parts.summary ? [] : wrapText(parts.summary, Math.floor((width - PAD * 2) / 8));
  const summaryTop = PAD + titleHeight + 8;
  const chartTop = PAD + titleHeight + (summaryLines.length > 0 ? summaryLines.length * 20 + 14 : 0);

  // Legend items flow left to right, wrapping at the chart's width.
  const legend: string[] = [];
  let x = PAD;
  let y = chartTop + parts.chartHeight + 22;
  for (const item of parts.legend) {
    const sample = item.shape === 'mark' ? markWidth(item.mark ?? '') : 22;
    const itemWidth = sample + 8 + item.label.length * 7.4 + 22;
    if (x + itemWidth > width - PAD && x > PAD) {
      x = PAD;
      y += 26;
    }
    const dash = item.dashedOutline || item.shape === 'dashed' ? ' stroke-dasharray="4 3"' : '';
    legend.push(
      item.shape === 'swatch'
        ? // "Not required" is drawn on the page's own colour, as its cells are.
          `<rect x="${x}" y="${y - 12}" width="22" height="16" rx="3" fill="${item.dashedOutline ? theme.background : item.fill}" stroke="${item.stroke}" stroke-width="1.5"${dash}/>`
        : item.shape === 'mark'
          ? // The change mark as the matrix draws it on its cells: black on white in every theme.
            `<g${item.mark === '=' ? ' opacity="0.45"' : ''}><rect x="${x}" y="${y - 13}" width="${sample}" height="17" rx="8" fill="${item.fill}" stroke="${item.stroke}" stroke-width="1"/><text x="${x + sample / 2}" y="${y}" font-size="11" font-weight="bold" text-anchor="middle" fill="${item.stroke}">${escapeXml(item.mark ?? '')}</text></g>`
          : `<line x1="${x}" x2="${x + 22}" y1="${y - 4}" y2="${y - 4}" stroke="${legendLineColour(item, theme.ink)}" stroke-width="2.5"${dash}/>`,
      `<text x="${x + sample + 8}" y="${y}" font-size="13" fill="${theme.ink}">${escapeXml(item.label)}</text>`,
    );
    x += itemWidth;
  }
  const legendBottom = parts.legend.length > 0 ? y + 14 : chartTop + parts.chartHeight;
  const sourceLines = parts.bare ? [] : wrapText(parts.source, Math.floor((width - PAD * 2) / 6.8));
  const sourceTop = legendBottom + 20;
  const height = Math.ceil(sourceTop + sourceLines.length * 15 + PAD - 8);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT_STACK)}">`,
    `<title>${escapeXml(parts.title)}</title>`,
    `<desc>${escapeXml(parts.source)}</desc>`,
    // The background's size in numbers: svg2pdf reads width="100%" as 100 points (a dark PDF came out
    // white, with a dark square in a corner).
    parts.transparent ? '' : `<rect width="${width}" height="${height}" fill="${theme.background}"/>`,
    ...titleLines.map(
      (line, i) =>
        `<text x="${PAD}" y="${PAD + 20 + i * 28}" font-size="22" font-weight="bold" fill="${theme.ink}">${escapeXml(line)}</text>`,
    ),
    ...summaryLines.map(
      (line, i) =>
        `<text x="${PAD}" y="${summaryTop + i * 20}" font-size="15" fill="${theme.ink}">${escapeXml(line)}</text>`,
    ),
    `<g transform="translate(${PAD} ${chartTop})">${parts.chartMarkup}</g>`,
    ...legend,
    ...sourceLines.map(
      (line, i) =>
        `<text x="${PAD}" y="${sourceTop + i * 15}" font-size="11" fill="${theme.inkSoft}">${escapeXml(line)}</text>`,
    ),
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}

/** A change mark's badge width in the legend: room for its text at 11 units, bold. */
function markWidth(mark: string): number {
  return Math.max(22, Math.ceil(mark.length * 7.6 + 12));
}

/** The properties that make a chart look as it does, copied onto each element when exporting. */
export const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'text-decoration',
  'visibility',
  'display',
  'r',
] as const;
