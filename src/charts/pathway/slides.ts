/**
 * The pathway as native shapes: a rounded rectangle per level with its name, track and mini profile
 * (a bar per skill, coloured by proficiency), a line or curve per step, and each step's label as a
 * text box on the page's colour, drawn last so that no line crosses it. Laid out by the page's own
 * layout (`layoutPathway`), stretched to the slide: across by the width, down by up to half as much
 * again, which gives the level names room to be legible.
 */
import { pathwayChart } from './definition';
import { PATHWAY_SIZES, PATHWAY_YOU_ROOM, layoutPathway, type PathwayLayout } from './layout';
import { pathwayYou, type YouMark } from './pathwayYou';
import { charWidth, lineHeight, slideFrame, wrapIn } from '../../lib/slides/frame';
import {
  MIN_TEXT_SIZE,
  type NativeSlide,
  type SlideItem,
  type ChartSlideParts,
} from '../../lib/slides/types';

const LABEL_SIZE = MIN_TEXT_SIZE;

/** The largest size from 11 points down to MIN_TEXT_SIZE at which every line of `text` fits the box. */
function fittingSize(text: string, width: number, height: number, bold: boolean, extraLines: number) {
  for (let size = 11; size > MIN_TEXT_SIZE; size -= 0.5) {
    const widest = Math.max(...text.split(/\s+/).map((word) => word.length)) * charWidth(size, bold);
    const lines = wrapIn(text, width, size, bold).length + extraLines;
    if (widest <= width && lines * lineHeight(size) <= height) return size;
  }
  return MIN_TEXT_SIZE;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/** The least width of a level's box on a slide (inches): below it, the pathway goes on more slides. */
export const MIN_NODE_WIDTH = 1.1;

/**
 * The pathway on one slide, or, when its levels would be too small to read (a ladder of a dozen
 * steps), on several: each shows a run of seniority steps, the last step of one slide repeated as
 * the first of the next so that every step between levels is drawn whole somewhere, at one scale.
 */
export function pathwaySlides(parts: ChartSlideParts): NativeSlide[] {
  const { ctx, title } = parts;
  const layout = layoutPathway(ctx.index, { showCrossTrack: ctx.showCrossTrack, youRoom: !!ctx.you });
  const probe = slideFrame({ title, legend: parts.legend, source: parts.source, theme: parts.theme });
  const seniorities = [...new Set(layout.nodes.map((n) => n.level.seniority))].sort((a, b) => a - b);
  const nodeWidth = layout.nodes[0]?.width ?? 1;
  const xOf = new Map(layout.nodes.map((n) => [n.level.seniority, n.x]));
  const step = seniorities.length > 1 ? xOf.get(seniorities[1])! - xOf.get(seniorities[0])! : 1;
  const margin = PATHWAY_SIZES.margin;
  const widest = (nodeWidth * probe.body.w) / MIN_NODE_WIDTH;
  const perSlide = Math.max(2, Math.floor((widest - 2 * margin - nodeWidth) / step) + 1);
  if (seniorities.length <= perSlide) return [pathwaySlide(parts, layout, seniorities, title)];
  const windows: number[][] = [];
  for (let start = 0; start < seniorities.length - 1; start += perSlide - 1)
    windows.push(seniorities.slice(start, start + perSlide));
  const nameAt = (seniority: number) => layout.nodes.find((n) => n.level.seniority === seniority)!.level.name;
  return windows.map((window, i) =>
    pathwaySlide(
      parts,
      layout,
      window,
      `${title} (${i + 1} of ${windows.length}: ${nameAt(window[0])} to ${nameAt(window[window.length - 1])})`,
      // One scale for every part: the widest window's.
      2 * margin + nodeWidth + (perSlide - 1) * step,
    ),
  );
}

function pathwaySlide(
  { ctx, legend, source, theme }: ChartSlideParts,
  full: PathwayLayout,
  seniorities: number[],
  title: string,
  scaleWidth?: number,
): NativeSlide {
  const frame = slideFrame({ title, legend, source, theme });
  const { body } = frame;
  const shown = new Set(seniorities);
  const layout = {
    ...full,
    nodes: full.nodes.filter((n) => shown.has(n.level.seniority)),
    edges: full.edges.filter((e) => shown.has(e.from.seniority) && shown.has(e.to.seniority)),
  };
  const left = Math.min(...layout.nodes.map((n) => n.x - n.width / 2)) - PATHWAY_SIZES.margin;
  const width = scaleWidth ?? full.width;
  const sx = body.w / width;
  const sy = Math.min(body.h / layout.height, sx * 1.5);
  const [ox, oy] = [body.x, body.y + (body.h - layout.height * sy) / 2];
  const X = (x: number) => ox + (x - left) * sx;
  const Y = (y: number) => oy + y * sy;

  const edges: SlideItem[] = [];
  const labels: SlideItem[] = [];
  // With a self-assessment: above each level, how far you are from it, in words (the page's ring).
  const you = ctx.you ? pathwayYou(ctx.index, ctx.you, full.nodes) : undefined;
  const youText = (mark: YouMark) =>
    mark.role === 'reached'
      ? '✓ reached'
      : `${mark.text === '✓' ? '✓ all met' : `${mark.text} short`}${mark.role === 'nearer' ? ' · nearer' : ''}`;
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
      const longest = Math.max(...edge.labelLines.map((line) => line.length));
      // (A step between levels of the same seniority, in a malformed ladder, has no gap to fit.)
      const room = x1 - x0 - 0.08;
      const size = LABEL_SIZE;
      const natural = longest * charWidth(size) + 0.06;
      const width = room > 0.3 ? Math.min(room, natural) : natural;
      const height = edge.labelLines.length * lineHeight(size) + 0.02;
      const bottom = Y(edge.labelBox.y + edge.labelBox.height);
      // Centred between levels on one lane; at a fork, ending just before the level it leads to.
      const x = a.y === b.y ? (x0 + x1) / 2 - width / 2 : x1 - 0.04 - width;
      labels.push({
        type: 'text',
        x: clamp(x, body.x, body.x + body.w - width),
        y: clamp(bottom - height, body.y, body.y + body.h - height),
        w: width,
        h: height,
        text,
        size,
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
    const mark = you?.get(node.level.id);
    if (mark) {
      const pillH = Math.max(0.2, Math.min(0.24, (PATHWAY_YOU_ROOM - 6) * sy));
      items.push({
        type: 'shape',
        shape: 'roundRect',
        x: x + 0.04,
        y: y - pillH - 0.03,
        w: w - 0.08,
        h: pillH,
        fill: theme.background,
        line: mark.role === 'nearer' || mark.role === 'reached' ? theme.ink : theme.inkSoft,
        lineWidth: mark.role === 'nearer' || mark.role === 'reached' ? 1.25 : 0.75,
        text: youText(mark),
        size: MIN_TEXT_SIZE,
        bold: mark.role !== null,
        colour: theme.ink,
        name: `You at ${node.label}: ${mark.words}`,
      });
    }
    return items;
  });

  return {
    title,
    background: theme.background,
    // Lines first, then the levels over their ends, then the labels over everything.
    items: [...frame.items, ...edges, ...nodes, ...labels],
    notes: [
      pathwayChart.describe(ctx),
      ...layout.edges.map((edge) => `${edge.ariaLabel}.`),
      ...(you ? layout.nodes.map((node) => `You at ${node.label}: ${you.get(node.level.id)?.words}.`) : []),
    ].join('\n'),
  };
}

/** The slides builder the deck finds in this folder. */
export default pathwaySlides;
