/**
 * What every native slide has around its chart: the title (and a summary sentence under it, if
 * any), the chart's legend as native shapes and text, and the source line; and the box left for
 * the chart itself. Text sizes are estimated from character counts, generously, so nothing is cut.
 */
import type { LegendItem } from '../charts/types';
import { legendLineColour } from '../charts/legend';
import { wrapText } from '../layout/wrap';
import { SLIDE, type Frame, type SlideItem, type SlideTheme } from './types';

export const SIDE = 0.4;
const CONTENT_WIDTH = SLIDE.width - SIDE * 2;
const SOURCE_HEIGHT = 0.32;

/** A generous width of one character in inches, at `size` points (Arial's average is under 0.5 em). */
export function charWidth(size: number, bold = false): number {
  return (size * (bold ? 0.56 : 0.52)) / 72;
}

/** A line's height in inches at `size` points. */
export function lineHeight(size: number): number {
  return (size * 1.25) / 72;
}

/** How many characters of `size`-point text fit on a line `width` inches wide. */
export function charsIn(width: number, size: number, bold = false): number {
  return Math.max(4, Math.floor(width / charWidth(size, bold)));
}

/** The lines `text` wraps to in a box `width` inches wide (a text box's inner width). */
export function wrapIn(text: string, width: number, size: number, bold = false): string[] {
  return text
    .split('\n')
    .flatMap((paragraph) => (paragraph === '' ? [''] : wrapText(paragraph, charsIn(width, size, bold))));
}

export interface SlideFrame {
  items: SlideItem[];
  /** Where the chart goes. */
  body: Frame;
}

/** A legend's swatch, line sample or change-mark badge, and its label: native shapes and text. */
function legendItems(legend: LegendItem[], theme: SlideTheme, bottom: number) {
  const size = 9;
  const rowHeight = 0.26;
  const placed: { item: LegendItem; x: number; row: number; sample: number; width: number }[] = [];
  let [x, row] = [SIDE, 0];
  for (const item of legend) {
    const sample = item.shape === 'mark' ? Math.max(0.36, (item.mark ?? '').length * 0.1 + 0.14) : 0.26;
    const width = sample + 0.07 + item.label.length * charWidth(size) * 0.95 + 0.2;
    if (x + width > SIDE + CONTENT_WIDTH && x > SIDE) {
      x = SIDE;
      row += 1;
    }
    placed.push({ item, x, row, sample, width });
    x += width;
  }
  const rows = legend.length === 0 ? 0 : row + 1;
  const top = bottom - rows * rowHeight;
  const items: SlideItem[] = placed.flatMap(({ item, x, row, sample, width }): SlideItem[] => {
    const y = top + row * rowHeight;
    const mid = y + rowHeight / 2;
    const name = `Legend: ${item.label}`;
    const sampleItem: SlideItem =
      item.shape === 'swatch'
        ? {
            type: 'shape',
            shape: 'roundRect',
            x,
            y: mid - 0.08,
            w: sample,
            h: 0.16,
            // "Not required" is drawn on the page's colour, as its cells are.
            fill: item.dashedOutline ? theme.background : item.fill,
            line: item.dashedOutline ? theme.inkSoft : item.stroke,
            lineWidth: 1,
            dashed: item.dashedOutline,
            name,
          }
        : item.shape === 'mark'
          ? {
              type: 'shape',
              shape: 'roundRect',
              x,
              y: mid - 0.1,
              w: sample,
              h: 0.2,
              fill: item.fill,
              transparency: item.mark === '=' ? 55 : undefined,
              line: item.stroke,
              lineWidth: 0.75,
              text: item.mark,
              size: 9,
              bold: true,
              colour: item.stroke,
              name,
            }
          : {
              type: 'path',
              from: [x, mid],
              to: [x + sample, mid],
              // In the theme's ink, not the legend's light-page ink; a dashed sample (a move
              // across tracks) in its softer ink, as those lines are drawn; a coloured line (a
              // move on the career map, a gap) in its own colour, as it is drawn on every theme.
              colour: item.shape === 'dashed' ? theme.inkSoft : legendLineColour(item, theme.ink),
              width: 2,
              dashed: item.shape === 'dashed',
              name,
            };
    return [
      sampleItem,
      {
        type: 'text',
        x: x + sample + 0.05,
        y,
        w: width - sample - 0.1,
        h: rowHeight,
        text: item.label,
        size,
        colour: theme.ink,
        valign: 'middle',
        name,
      },
    ];
  });
  return { items, top };
}

/** A slide title's size (20 points on one line, else 16) and the height of its box, in inches. */
export function slideTitle(title: string): { size: number; height: number } {
  const size = wrapIn(title, CONTENT_WIDTH, 20, true).length > 1 ? 16 : 20;
  return { size, height: wrapIn(title, CONTENT_WIDTH, size, true).length * lineHeight(size) + 0.12 };
}

/**
 * The title at the top (wrapping to two lines at a smaller size when long), the summary under it,
 * the legend and the source line at the bottom; `body` is the box between them.
 */
export function slideFrame(parts: {
  title: string;
  summary?: string;
  legend: LegendItem[];
  source: string;
  theme: SlideTheme;
}): SlideFrame {
  const { theme } = parts;
  const items: SlideItem[] = [];
  const { size: titleSize, height: titleHeight } = slideTitle(parts.title);
  items.push({
    type: 'text',
    x: SIDE,
    y: 0.15,
    w: CONTENT_WIDTH,
    h: titleHeight,
    text: parts.title,
    size: titleSize,
    bold: true,
    colour: theme.ink,
    valign: 'top',
    name: 'Title',
  });
  let top = 0.15 + titleHeight + 0.05;
  if (parts.summary) {
    const height = wrapIn(parts.summary, CONTENT_WIDTH, 10).length * lineHeight(10) + 0.06;
    items.push({
      type: 'text',
      x: SIDE,
      y: top,
      w: CONTENT_WIDTH,
      h: height,
      text: parts.summary,
      size: 10,
      colour: theme.ink,
      valign: 'top',
      name: 'Summary',
    });
    top += height + 0.05;
  }
  const sourceTop = SLIDE.height - SOURCE_HEIGHT - 0.08;
  items.push({
    type: 'text',
    x: SIDE,
    y: sourceTop,
    w: CONTENT_WIDTH,
    h: SOURCE_HEIGHT,
    text: parts.source,
    size: 9,
    colour: theme.inkSoft,
    valign: 'middle',
    name: 'Source',
  });
  const legend = legendItems(parts.legend, theme, sourceTop - 0.02);
  items.push(...legend.items);
  return {
    items,
    body: { x: SIDE, y: top + 0.05, w: CONTENT_WIDTH, h: legend.top - 0.1 - (top + 0.05) },
  };
}
