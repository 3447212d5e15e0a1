/**
 * The skill trajectories as small multiples of native shapes: a small step chart per skill, its name
 * above it, every track's path in each (the first track solid with round marks, the second dashed
 * with square ones, in two colours, so neither colour nor line alone tells them apart). The rows of
 * panels share the proficiency scale, named at their left in the framework's words; the levels are
 * numbered under each panel and named in a key. Up to fifteen skills go on a slide (five across);
 * more are shared out evenly over as many slides as they need.
 */
import { pathName, trajectoryChart } from './definition';
import { rolePaths } from './layout';
import { chunkBy } from '../../lib/slides/chunks';
import { lineHeight, slideFrame, wrapIn } from '../../lib/slides/frame';
import type { Level, Skill } from '../../lib/model/types';
import type { RoleIndex } from '../../lib/model/framework';
import type { ChartContext } from '../../lib/charts/types';
import {
  MIN_TEXT_SIZE,
  type ChartSlideParts,
  type Frame,
  type NativeSlide,
  type SlideItem,
  type SlideTheme,
} from '../../lib/slides/types';

/** The tracks' colours on slides (as the overview draws which track asks more). */
export const TRACK_COLOURS = ['#2674ad', '#8a5a9e'];
/** The lines of the second track are drawn this far (inches) below where they would be, so that a
 *  stretch where both tracks ask the same shows both lines, side by side. */
const DODGE = 0.035;
/** How far (inches) each track's marks stand aside from a column's middle. */
const MARK_ASIDE = 0.07;
const ACROSS = 5;
const MOST_ROWS = 3;
const SCALE_WIDTH = 1.05;
const PANEL_GAP = 0.22;
const TITLE_SIZE = 10;

/** One panel: a skill, its box on the slide and its plot inside it. */
export interface TrajectoryPanel {
  skill: Skill;
  box: Frame;
  plot: Frame;
}

/** A track's path through the role, as a panel draws it. */
interface PanelPath {
  track: string | null;
  name: string;
  levels: Level[];
  colour: string;
  dashed: boolean;
  marker: 'ellipse' | 'rect';
}

/** Each seniority step of the role, numbered from 1, with the names of its levels (one per track). */
export function levelSteps(index: RoleIndex): { step: number; seniority: number; names: string[] }[] {
  const seniorities = [...new Set(index.role.levels.map((l) => l.seniority))].sort((a, b) => a - b);
  return seniorities.map((seniority, i) => ({
    step: i + 1,
    seniority,
    names: [...new Set(index.role.levels.filter((l) => l.seniority === seniority).map((l) => l.name))],
  }));
}

/** The key to the numbered steps: "1 Apprentice DevOps engineer · 2 Junior DevOps engineer · …". */
export function levelKey(index: RoleIndex): string {
  return `Levels: ${levelSteps(index)
    .map(({ step, names }) => `${step} ${names.join(' / ')}`)
    .join(' · ')}`;
}

function pathsOf(ctx: ChartContext): PanelPath[] {
  const { index } = ctx;
  return rolePaths(index, ctx.track).map((path, i) => ({
    track: path.track,
    name: index.framework.tracks.find((t) => t.id === path.track)?.name ?? 'All levels',
    levels: path.levels,
    colour: TRACK_COLOURS[i % TRACK_COLOURS.length],
    dashed: i > 0,
    marker: i > 0 ? 'rect' : 'ellipse',
  }));
}

/** The panels of one slide: `skills` in rows of up to ACROSS, in the body left of the scale. */
export function panelGrid(skills: Skill[], body: Frame): TrajectoryPanel[] {
  const across = Math.min(ACROSS, skills.length);
  const rows = Math.ceil(skills.length / across);
  const width = (body.w - SCALE_WIDTH - PANEL_GAP * (across - 1)) / across;
  const height = (body.h - PANEL_GAP * (rows - 1)) / rows;
  return skills.map((skill, i) => {
    const [column, row] = [i % across, Math.floor(i / across)];
    const box = {
      x: body.x + SCALE_WIDTH + column * (width + PANEL_GAP),
      y: body.y + row * (height + PANEL_GAP),
      w: width,
      h: height,
    };
    const title = 2 * lineHeight(TITLE_SIZE) + 0.06;
    const ticks = lineHeight(MIN_TEXT_SIZE) + 0.04;
    return {
      skill,
      box,
      plot: { x: box.x + 0.08, y: box.y + title + 0.1, w: box.w - 0.16, h: box.h - title - 0.1 - ticks },
    };
  });
}

export function trajectorySlides({ ctx, title, source, theme }: ChartSlideParts): NativeSlide[] {
  const { index } = ctx;
  const proficiencies = [...index.framework.proficiencies].sort((a, b) => a.rank - b.rank);
  const paths = pathsOf(ctx);
  const steps = levelSteps(index).filter((step) =>
    paths.some((path) => path.levels.some((l) => l.seniority === step.seniority)),
  );
  const legend = paths.length > 1 ? pathsKey(paths, theme) : [];
  const notes = [
    trajectoryChart.describe(ctx),
    ...trajectoryChart
      .rows(ctx)
      .map(
        (line) =>
          `${line.skill.name}, ${pathName(ctx, line).toLowerCase()}: ${line.points.map((p) => `${p.level.name} ${p.proficiency}`).join(', ')}.`,
      ),
  ].join('\n');
  const chunks = chunkBy(index.role.skills, ACROSS * MOST_ROWS);
  return chunks.map((skills) => {
    const first = index.role.skills.indexOf(skills[0]) + 1;
    const slideTitle =
      chunks.length > 1
        ? `${title} (skills ${first}–${first + skills.length - 1} of ${index.role.skills.length})`
        : title;
    const frame = slideFrame({ title: slideTitle, legend: [], source, theme });
    const keyLines = wrapIn(levelKey(index), frame.body.w, MIN_TEXT_SIZE);
    const keyHeight = keyLines.length * lineHeight(MIN_TEXT_SIZE) + 0.08;
    const legendHeight = legend.length > 0 ? 0.3 : 0;
    const body = { ...frame.body, h: frame.body.h - keyHeight - legendHeight };
    const panels = panelGrid(skills, body);
    const items: SlideItem[] = [...frame.items];
    for (const panel of panels) items.push(...panelItems(ctx, panel, paths, steps, proficiencies, theme));
    // The scale, named once at the left of each row of panels.
    for (const panel of panels.filter((p) => p.box.x === panels[0].box.x)) {
      for (let rank = 0; rank <= proficiencies.length; rank++)
        items.push({
          type: 'text',
          x: body.x,
          y: yOf(panel.plot, rank, proficiencies.length) - lineHeight(MIN_TEXT_SIZE) / 2,
          w: SCALE_WIDTH - 0.08,
          h: lineHeight(MIN_TEXT_SIZE),
          text: rank === 0 ? 'not required' : proficiencies[rank - 1].name,
          size: MIN_TEXT_SIZE,
          colour: rank === 0 ? theme.inkSoft : theme.ink,
          align: 'right',
          valign: 'middle',
          name: `Scale: ${rank === 0 ? 'not required' : proficiencies[rank - 1].name}`,
        });
    }
    items.push(...legend.map((item) => moveDown(item, body.y + body.h + 0.06)), {
      type: 'text',
      x: body.x,
      y: body.y + body.h + legendHeight + 0.04,
      w: body.w,
      h: keyHeight - 0.04,
      text: levelKey(index),
      size: MIN_TEXT_SIZE,
      colour: theme.ink,
      valign: 'top',
      name: 'Levels',
    });
    return { title: slideTitle, background: theme.background, notes, items };
  });
}

const yOf = (plot: Frame, rank: number, top: number) => plot.y + plot.h - (rank / top) * plot.h;

/** A key item placed at `y` (its items are drawn from the top of the slide). */
function moveDown(item: SlideItem, y: number): SlideItem {
  if (item.type === 'path')
    return { ...item, from: [item.from[0], item.from[1] + y], to: [item.to[0], item.to[1] + y] };
  return { ...item, y: item.y + y };
}

/** The key to the paths: a sample of each track's line and mark, and its name. */
function pathsKey(paths: PanelPath[], theme: SlideTheme): SlideItem[] {
  let x = 1.45;
  return paths.flatMap((path): SlideItem[] => {
    const label = `${path.name} path${path.dashed ? ' (dashed, square marks)' : ' (solid, round marks)'}`;
    const width = 0.5 + 0.08 + label.length * 0.066 + 0.3;
    const at = x;
    x += width;
    return [
      {
        type: 'path',
        from: [at, 0.12],
        to: [at + 0.5, 0.12],
        colour: path.colour,
        width: 2.25,
        dashed: path.dashed,
        name: `Key: ${path.name} path`,
      },
      {
        type: 'shape',
        shape: path.marker,
        x: at + 0.25 - 0.05,
        y: 0.07,
        w: 0.1,
        h: 0.1,
        fill: path.colour,
        line: theme.background,
        lineWidth: 0.5,
        name: `Key: ${path.name} mark`,
      },
      {
        type: 'text',
        x: at + 0.58,
        y: 0,
        w: width - 0.58,
        h: 0.24,
        text: label,
        size: MIN_TEXT_SIZE,
        colour: theme.ink,
        valign: 'middle',
        name: `Key: ${path.name} path`,
      },
    ];
  });
}

/** One skill's panel: its name, the scale's lines, the steps' numbers and each path as a step line. */
function panelItems(
  ctx: ChartContext,
  panel: TrajectoryPanel,
  paths: PanelPath[],
  steps: { step: number; seniority: number }[],
  proficiencies: { id: string; rank: number; name: string }[],
  theme: SlideTheme,
): SlideItem[] {
  const { index } = ctx;
  const { plot, skill } = panel;
  const top = proficiencies.length;
  const columnWidth = plot.w / steps.length;
  const xOf = (seniority: number) =>
    plot.x + (steps.findIndex((s) => s.seniority === seniority) + 0.5) * columnWidth;
  const rankAt = (level: Level) => {
    const requirement = index.requirement(level.id, skill.id);
    return requirement ? (index.proficiency(requirement.proficiency)?.rank ?? 0) : 0;
  };
  const items: SlideItem[] = [
    {
      type: 'text',
      x: panel.box.x,
      y: panel.box.y,
      w: panel.box.w,
      h: plot.y - panel.box.y - 0.06,
      text: skill.name,
      size: TITLE_SIZE,
      bold: true,
      colour: theme.ink,
      valign: 'bottom',
      name: `Skill: ${skill.name}`,
    },
  ];
  for (let rank = 0; rank <= top; rank++)
    items.push({
      type: 'path',
      from: [plot.x, yOf(plot, rank, top)],
      to: [plot.x + plot.w, yOf(plot, rank, top)],
      colour: theme.inkSoft,
      width: rank === 0 ? 0.75 : 0.4,
      dashed: rank > 0,
      name: `${skill.name}: ${rank === 0 ? 'not required' : proficiencies[rank - 1].name}`,
    });
  for (const { step, seniority } of steps)
    items.push({
      type: 'text',
      x: xOf(seniority) - columnWidth / 2,
      y: plot.y + plot.h + 0.02,
      w: columnWidth,
      h: lineHeight(MIN_TEXT_SIZE),
      text: String(step),
      size: MIN_TEXT_SIZE,
      colour: theme.inkSoft,
      align: 'center',
      name: `${skill.name}: level ${step}`,
    });
  // Each path as a step line: across each level's column at its proficiency, up or down between.
  paths.forEach((path, p) => {
    const dodge = p * DODGE;
    const points = path.levels.map((level) => ({
      level,
      x: xOf(level.seniority),
      y: yOf(plot, rankAt(level), top) + dodge,
      rank: rankAt(level),
    }));
    // A second track is drawn from the fork, where it leaves the first.
    const from = p === 0 ? 0 : Math.max(0, points.findIndex((point) => point.level.track !== null) - 1);
    const shown = points.slice(from);
    const name = `${skill.name}, ${path.name} path`;
    shown.forEach((point, i) => {
      const half = columnWidth / 2 - 0.02;
      const next = shown[i + 1];
      const left = i === 0 && p > 0 ? point.x : point.x - half;
      items.push({
        type: 'path',
        from: [left, point.y],
        to: [next ? point.x + columnWidth / 2 : point.x + half, point.y],
        colour: path.colour,
        width: 2.25,
        dashed: path.dashed,
        name: `${name}: ${point.level.name} ${point.rank === 0 ? 'not required' : proficiencies[point.rank - 1].name}`,
      });
      if (next && next.y !== point.y)
        items.push({
          type: 'path',
          from: [point.x + columnWidth / 2, point.y],
          to: [point.x + columnWidth / 2, next.y],
          colour: path.colour,
          width: 2.25,
          dashed: path.dashed,
          name: `${name}: to ${next.level.name}`,
        });
    });
    // Where the tracks have levels of their own, each track's marks stand aside from the column's
    // middle (the first to the left, the second to the right), so equal values show both marks.
    const aside = (level: Level) =>
      paths.length > 1 && level.track !== null ? (p === 0 ? -1 : 1) * MARK_ASIDE : 0;
    for (const point of shown.slice(p === 0 ? 0 : 1))
      items.push({
        type: 'shape',
        shape: path.marker,
        x: point.x + aside(point.level) - 0.055,
        y: point.y - 0.055,
        w: 0.11,
        h: 0.11,
        fill: path.colour,
        line: theme.background,
        lineWidth: 0.5,
        name: `${name}: ${point.level.name}`,
      });
  });
  return items;
}

/** The slides builder the deck finds in this folder. */
export default trajectorySlides;
