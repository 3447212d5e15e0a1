/**
 * Native slides as plain data: what each chart becomes in PowerPoint (tables, charts, shapes and
 * text boxes a presenter can edit), laid out in inches on a 16:9 slide. Pure: `lib/export/pptx.ts`
 * hands these to pptxgenjs, and the unit tests check them without it.
 */
import type { ChartContext, LegendItem } from '../charts/types';

/**
 * A 16:9 slide as PowerPoint makes a new one (pptxgenjs's LAYOUT_WIDE): 13.333 × 7.5 inches, so a
 * DevOps-sized matrix or team fits one slide with no type under MIN_TEXT_SIZE.
 */
export const SLIDE = { width: 13.333, height: 7.5 };

/** The smallest type on any native slide, in points: legible from the back of a meeting room. */
export const MIN_TEXT_SIZE = 9;

/** What a chart's native slides are made from: its state, title, legend, source line and theme. */
export interface ChartSlideParts {
  ctx: ChartContext;
  title: string;
  legend: LegendItem[];
  source: string;
  theme: SlideTheme;
}

/** The colours of the app's theme the slide is made in. */
export interface SlideTheme {
  background: string;
  ink: string;
  inkSoft: string;
}

export interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TextItem extends Frame {
  type: 'text';
  text: string;
  /** Points. */
  size: number;
  colour: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  /** A box behind the text (the page's colour, as a halo where lines pass behind a label). */
  fill?: string;
  /** What the item is, for the presenter's selection pane ("Step label: …"). */
  name?: string;
}

export interface ShapeItem extends Frame {
  type: 'shape';
  shape: 'rect' | 'roundRect' | 'ellipse';
  fill: string | null;
  /** 0 (opaque) to 100. */
  transparency?: number;
  line: string | null;
  lineWidth?: number;
  dashed?: boolean;
  /** Text inside the shape, centred. */
  text?: string;
  size?: number;
  colour?: string;
  bold?: boolean;
  name?: string;
}

/** A straight line or a cubic curve, from `from` to `to` (slide inches). */
export interface PathItem {
  type: 'path';
  from: [number, number];
  to: [number, number];
  /** The curve's two control points; a straight line without them. */
  controls?: [[number, number], [number, number]];
  colour: string;
  width: number;
  dashed?: boolean;
  name?: string;
}

export interface TableCell {
  text: string;
  fill: string | null;
  transparency?: number;
  colour: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** A dashed border, as "not required" is drawn; otherwise a thin solid one. */
  dashed?: boolean;
  border: string;
}

export interface TableItem {
  type: 'table';
  x: number;
  y: number;
  colW: number[];
  rowH: number[];
  rows: TableCell[][];
  size: number;
  name?: string;
}

export interface ChartSeries {
  name: string;
  labels: string[];
  values: number[];
}

export interface ChartItem extends Frame {
  type: 'chart';
  chart: 'line' | 'bar';
  series: ChartSeries[];
  /** A colour per series (or, for one bar series, for its positive values). */
  colours: string[];
  /** One bar series only: the colour of its negative values. */
  negativeColour?: string;
  /** Bars run across (skills down the side), from the first category at the top. */
  horizontal?: boolean;
  valueAxis: { min: number; max: number; step: number; title?: string; hidden?: boolean };
  categoryAxis?: { hidden?: boolean; title?: string };
  /** The plot area inside the chart's frame, as fractions of it, so charts side by side line up. */
  plot?: Frame;
  dataLabels?: boolean;
  title?: string;
  altText: string;
  name?: string;
  ink: string;
  inkSoft: string;
}

export type SlideItem = TextItem | ShapeItem | PathItem | TableItem | ChartItem;

export interface NativeSlide {
  title: string;
  background: string;
  items: SlideItem[];
  /** What the slide shows, in words: its speaker notes. */
  notes: string;
}
