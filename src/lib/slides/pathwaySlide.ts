/**
 * The pathway as native shapes: a rounded rectangle per level with its name, track and mini profile
 * (a bar per skill, coloured by proficiency), a line or curve per step, and each step's label as a
 * text box on the page's colour, drawn last so that no line crosses it. Laid out by the page's own
 * layout (`layoutPathway`), stretched to the slide: across by the width, down by up to half as much
 * again, which gives the level names room to be legible.
 */
import type { ChartContext, LegendItem } from '../charts/types';
import { pathwayChart } from '../charts/definitions/pathway';
import { layoutPathway } from '../layout/pathwayLayout';
import { charWidth, lineHeight, slideFrame, wrapIn } from './frame';
import type { NativeSlide, SlideItem, SlideTheme } from './types';

const LABEL_SIZE = 7;

interface Parts {
  ctx: ChartContext;
  title: string;
  legend: LegendItem[];
  source: string;
  theme: SlideTheme;
}

/** The largest size from 8 points down to 5 at which every line of `text` fits the box. */
function fittingSize(text: string, width: number, height: number, bold: boolean, extraLines: number) {
  for (let size = 8; size > 5; size -= 0.5) {
    const widest = Math.max(...text.split(/\s+/).map((word) => word.length)) * charWidth(size, bold);
    const lines = wrapIn(text, width, size, bold).length + extraLines;
    if (widest <= width && lines * lineHeight(size) <= height) return size;
  }
  return 5;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

export function pathwaySlide({ ctx, title, legend, source, theme }: Parts): NativeSlide {
  const frame = slideFrame({ title, legend, source, theme });
  const { body } = frame;
  const layout = layoutPathway(ctx.index, { showCrossTrack: ctx.showCrossTrack });
  const sx = body.w / layout.width;
  const sy = Math.min(body.h / layout.height, sx * 1.5);
  const [ox, oy] = [body.x, body.y + (body.h - layout.height * sy) / 2];
  const X = (x: number) => ox + x * sx;
  const Y = (y: number) => oy + y * sy;

  const edges: SlideItem[] = [];
  const labels: SlideItem[] = [];
  const nodeOf = new Map(layout.nodes.map((node) => [node.level.id, node]));
  for (const edge of layout.edges) {
    const a = nodeOf.get(edge.from.id)!;
    const b = nodeOf.get(edge.to.id)!;
    const [x0, y0, x1, y1] = [X(a.x + a.width / 2), Y(a.y), X(b.x - b.width / 2), Y(b.y)];
    const mid = (x0 + x1) / 2;
    edges.push({
      type: 'path',
      from: [x0, y0],
      to: [x1, y1],
      // d3's linkHorizontal: out level, across, in level.
      controls:
        y0 === y1
          ? undefined
          : [
              [mid, y0],
              [mid, y1],
            ],
      colour: edge.kind === 'cross' ? theme.inkSoft : theme.ink,
      width: edge.kind === 'cross' ? 1 : 1.5,
      dashed: edge.kind === 'cross',
      name: edge.ariaLabel,
    });
    if (edge.labelBox && edge.labelLines.length > 0) {
      const text = edge.labelLines.join('\n');
      const width = Math.max(...edge.labelLines.map((line) => line.length)) * charWidth(LABEL_SIZE) + 0.06;
      const height = edge.labelLines.length * lineHeight(LABEL_SIZE) + 0.02;
      const bottom = Y(edge.labelBox.y + edge.labelBox.height);
      // Centred between levels on one lane; at a fork, ending just before the level it leads to.
      const x = a.y === b.y ? X(edge.labelX) - width / 2 : x1 - 0.04 - width;
      labels.push({
        type: 'text',
        x: clamp(x, body.x, body.x + body.w - width),
        y: clamp(bottom - height, body.y, body.y + body.h - height),
        w: width,
        h: height,
        text,
        size: LABEL_SIZE,
        colour: theme.inkSoft,
        align: 'center',
        valign: 'bottom',
        fill: theme.background,
        name: `Step label: ${edge.ariaLabel}`,
      });
    }
  }

  const nodes: SlideItem[] = layout.nodes.flatMap((node): SlideItem[] => {
    const [x, y, w, h] = [
      X(node.x - node.width / 2),
      Y(node.y - node.height / 2),
      node.width * sx,
      node.height * sy,
    ];
    const barsTop = Math.min(...node.bars.map((bar) => Y(bar.y)));
    const textHeight = barsTop - y - 0.06;
    const size = fittingSize(node.level.name, w - 0.06, textHeight, true, node.trackLabel ? 1 : 0);
    const nameLines = wrapIn(node.level.name, w - 0.06, size, true).length;
    const items: SlideItem[] = [
      {
        type: 'shape',
        shape: 'roundRect',
        x,
        y,
        w,
        h,
        fill: theme.background,
        line: theme.ink,
        lineWidth: 1,
        name: node.ariaLabel,
      },
      {
        type: 'text',
        x: x + 0.03,
        y: y + 0.04,
        w: w - 0.06,
        h: nameLines * lineHeight(size),
        text: node.level.name,
        size,
        bold: true,
        colour: theme.ink,
        align: 'center',
        valign: 'top',
        name: `Level: ${node.label}`,
      },
    ];
    if (node.trackLabel)
      items.push({
        type: 'text',
        x: x + 0.03,
        y: y + 0.04 + nameLines * lineHeight(size),
        w: w - 0.06,
        h: lineHeight(size),
        text: node.trackLabel,
        size,
        colour: theme.inkSoft,
        align: 'center',
        valign: 'top',
        name: `Track: ${node.label}`,
      });
    for (const [i, bar] of node.bars.entries())
      items.push({
        type: 'shape',
        shape: 'rect',
        x: X(bar.x),
        y: Y(bar.y),
        w: bar.width * sx,
        h: bar.height * sy,
        fill: bar.fill,
        line: bar.stroke,
        lineWidth: 0.5,
        name: `${node.label}: ${ctx.index.role.skills[i]?.name ?? bar.skillId}`,
      });
    return items;
  });

  return {
    title,
    background: theme.background,
    // Lines first, then the levels over their ends, then the labels over everything.
    items: [...frame.items, ...edges, ...nodes, ...labels],
    notes: [pathwayChart.describe(ctx), ...layout.edges.map((edge) => `${edge.ariaLabel}.`)].join('\n'),
  };
}
