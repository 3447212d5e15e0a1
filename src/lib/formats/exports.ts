/**
 * Every file format a chart is exported in, as one table: its name as the export menu says it, the
 * module in `write/` that writes it, and where the menu puts its button. Adding a format is one file
 * in `write/` (a default export taking an ExportJob) and one row here; `exports.test.ts` fails on a
 * writer without a row. Types only beside the table: the export menu imports it on first load.
 */
import type { ChartKind } from '../charts/kinds';
import type { ChartContext } from '../charts/types';
import type { PdfPage } from '../export/pdfPage';
import type { DeckSlide } from '../export/pptx';

/**
 * `row`: where the menu puts its button: with the slides, beside the PDF page or the PNG size it
 * asks for, or (`plain`, a format without options) in the last row, which the menu draws from here.
 */
export const EXPORT_FORMATS = [
  { id: 'pptx', name: 'PowerPoint', writer: 'pptx', row: 'slides' },
  { id: 'pptx-picture', name: 'PowerPoint picture', writer: 'pptx', row: 'slides' },
  { id: 'pdf', name: 'PDF', writer: 'pdf', row: 'pdf' },
  { id: 'png', name: 'PNG', writer: 'png', row: 'png' },
  { id: 'svg', name: 'SVG', writer: 'svg', row: 'plain' },
  { id: 'csv', name: 'CSV data', writer: 'csv', row: 'plain' },
] as const;

/** pptx: native, editable slides; pptx-picture: the chart as a picture, exactly as the app draws it. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];

export const exportFormat = (id: ExportFormat) => EXPORT_FORMATS.find((format) => format.id === id)!;

/** How a deck's charts are put on its slides. */
export type SlideStyle = 'native' | 'picture';

export interface ExportOptions {
  scale?: number;
  transparent?: boolean;
  /** A PDF's page: the chart's own size (the default) or a paper size. */
  page?: PdfPage;
}

/** A chart as a standalone SVG (title, legend, source) and its size. */
export interface StandaloneChart {
  svg: string;
  width: number;
  height: number;
}

/** What a writer is given: the chart to export as it is now, and the ways to draw it. */
export interface ExportJob {
  kind: ChartKind;
  format: ExportFormat;
  ctx: ChartContext;
  options: ExportOptions;
  /** The file's name, with this ending. */
  fileName(ending: string): string;
  /** The chart (or one of its pages) as a standalone SVG. */
  standalone(options?: ExportOptions & { bare?: boolean }, page?: ChartContext): Promise<StandaloneChart>;
  /** The chart's pages: its own (chartPages), or [undefined] for the chart as it is. */
  pages(): (ChartContext | undefined)[];
  /** The chart's slides, native or as pictures. */
  slides(style: SlideStyle): Promise<DeckSlide[]>;
  /** The theme's background, for a page's edges. */
  background: string;
}

/** A writer's file. */
export type Written = { blob: Blob; fileName: string };

/** What each module in `write/` exports by default. */
export type Writer = (job: ExportJob) => Promise<Written> | Written;
