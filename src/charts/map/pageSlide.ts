/**
 * A page of the career map as native shapes (`mapPages`: a family to a slide when the map shows
 * every role): the families' and roles' names as text, each level an ellipse (the start filled in
 * ink, the levels within reach in the moves' colour), each ladder as straight lines and each move
 * as a curve with its cost. Laid out by the page's own layout (`layoutCareerMap`), scaled to fill
 * the slide's body: down by its height, across by its width (up to half as much again as down, so
 * a tall page's role names get room to be read on one line).
 */
import { mapChart } from './definition';
import { mapDrawing } from './mapDrawing';
import { MAP_SIZES } from './layout';
import { levelLabel } from '../../lib/model/framework';
import { lineHeight, slideFrame, wrapIn } from '../../lib/slides/frame';
import {
  MIN_TEXT_SIZE,
  type ChartSlideParts,
  type NativeSlide,
  type SlideItem,
} from '../../lib/slides/types';

/** The moves' colour on every theme (as on the page). */
export const MOVE_COLOUR = '#c2410c';
const LADDER_COLOUR = '#7a8590';

/** The largest size, from `most` points down to MIN_TEXT_SIZE, at which `text` fits the box. */
function fitting(text: string, width: number, height: number, most: number, bold = false) {
  for (let size = most; size > MIN_TEXT_SIZE; size -= 0.5)
    if (wrapIn(text, width, size, bold).length * lineHeight(size) <= height) return size;
  return MIN_TEXT_SIZE;
}

export function mapPageSlide({ ctx, title, legend, source, theme }: ChartSlideParts): NativeSlide {
  const frame = slideFrame({ title, legend, source, theme });
  const { body } = frame;
  const { layout, start, moves } = mapDrawing(ctx);
  const down = Math.min(body.h / layout.height, body.w / layout.width);
  const across = Math.min(body.w / layout.width, down * 1.5);
  const X = (x: number) => body.x + x * across;
  const Y = (y: number) => body.y + y * down;
  const items: SlideItem[] = [];
  const row = MAP_SIZES.rowHeight * down;
  for (const column of layout.columns) {
    items.push({
      type: 'path',
      from: [X(column.x), Y(MAP_SIZES.top)],
      to: [X(column.x), Y(layout.height - 10)],
      colour: theme.inkSoft,
      width: 0.5,
      dashed: true,
      name: 'Seniority column',
    });
    if (column.label)
      items.push({
        type: 'text',
        x: X(column.x) - 0.7,
        y: Y(MAP_SIZES.top - 26),
        w: 1.4,
        h: 0.22,
        text: column.label,
        size: MIN_TEXT_SIZE,
        colour: theme.inkSoft,
        align: 'center',
        name: `Column: ${column.label}`,
      });
  }
  for (const family of layout.families)
    items.push({
      type: 'text',
      x: X(8),
      y: Y(family.y - 14),
      w: X(MAP_SIZES.labelWidth) - X(8),
      h: row * 0.7,
      text: family.name,
      size: fitting(family.name, X(MAP_SIZES.labelWidth) - X(8), row * 0.7, 11, true),
      colour: theme.ink,
      bold: true,
      valign: 'bottom',
      name: `Family: ${family.name}`,
    });
  const labelWidth = X(MAP_SIZES.labelWidth - 16) - X(16);
  for (const r of layout.rows) {
    const current = r.role.id === ctx.index.role.id;
    items.push({
      type: 'text',
      x: X(16),
      y: Y(r.y) - row / 2,
      w: labelWidth,
      h: row,
      text: r.role.name,
      size: fitting(r.role.name, labelWidth, row, 10, current),
      colour: theme.ink,
      bold: current,
      valign: 'middle',
      name: `Role: ${r.role.name}`,
    });
    for (const [x1, y1, x2, y2] of r.steps)
      items.push({
        type: 'path',
        from: [X(x1), Y(y1)],
        to: [X(x2), Y(y2)],
        colour: LADDER_COLOUR,
        width: 1.25,
        name: `Ladder: ${r.role.name}`,
      });
  }
  const reached = new Map(moves.map((move) => [move.key, move]));
  for (const move of moves) {
    const [from, c1, c2, to] = move.curve;
    items.push({
      type: 'path',
      from: [X(from[0]), Y(from[1])],
      to: [X(to[0]), Y(to[1])],
      controls: [
        [X(c1[0]), Y(c1[1])],
        [X(c2[0]), Y(c2[1])],
      ],
      colour: MOVE_COLOUR,
      width: 1.25,
      dashed: move.move.direction === 'down',
      name: `Move to ${move.move.to.role.name}: ${move.text}`,
    });
  }
  const radius = MAP_SIZES.radius * down;
  for (const node of layout.nodes) {
    const isStart = node.key === start.key;
    const move = reached.get(node.key);
    items.push({
      type: 'shape',
      shape: 'ellipse',
      x: X(node.x) - radius,
      y: Y(node.y) - radius,
      w: radius * 2,
      h: radius * 2,
      fill: isStart ? theme.ink : move ? MOVE_COLOUR : theme.background,
      line: isStart || move ? theme.ink : theme.inkSoft,
      lineWidth: 1,
      name: `${levelLabel(ctx.index.framework, node.level)}, ${node.role.name}${move ? `: ${move.text}` : isStart ? ': the start' : ''}`,
    });
  }
  // The costs last, on the page's colour, so that no line crosses them.
  for (const move of moves)
    items.push({
      type: 'text',
      x: X(move.labelX),
      y: Y(move.labelY - 4) - 0.1,
      w: 0.4,
      h: 0.2,
      text: move.text,
      size: MIN_TEXT_SIZE,
      bold: true,
      colour: theme.ink,
      fill: theme.background,
      valign: 'middle',
      name: `Cost: ${move.move.to.role.name} ${move.text}`,
    });
  return {
    title,
    background: theme.background,
    items: [...frame.items, ...items],
    notes: mapChart.describe(ctx),
  };
}
