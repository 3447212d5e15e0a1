import { levelLabel } from '../../lib/model/framework';
import { countChanges, levelTransition } from '../../lib/model/changes';
import { layoutPathway, type PathwayEdge } from './layout';
import { proficiencyLegend } from '../../lib/charts/legend';
import { defineChart, type ChartContext } from '../../lib/charts/types';

const STEP_KINDS = ['new', 'raised', 'reworded', 'lowered', 'removed'] as const;

/** A step's kind in words. */
export function stepKindName(edge: PathwayEdge): string {
  return edge.kind === 'next' ? 'next level' : 'move across tracks';
}

/**
 * The pathway's steps, laid out once per role index and cross-track setting: the chart's title and
 * description are asked for at every redraw of the chart (a rating changed), and need only these.
 */
const steps = new WeakMap<ChartContext['index'], Map<boolean, PathwayEdge[]>>();
function stepsOf(ctx: ChartContext): PathwayEdge[] {
  let bySetting = steps.get(ctx.index);
  if (!bySetting) steps.set(ctx.index, (bySetting = new Map()));
  let edges = bySetting.get(ctx.showCrossTrack);
  if (!edges) {
    edges = layoutPathway(ctx.index, { showCrossTrack: ctx.showCrossTrack }).edges;
    bySetting.set(ctx.showCrossTrack, edges);
  }
  return edges;
}

/** The role's pathway: its levels on a lane per track, and the steps between them. */
export const pathwayChart = defineChart<PathwayEdge>({
  kind: 'pathway',
  name: 'Pathway',
  applies: () => true,
  title: (ctx) =>
    `${ctx.index.role.name}: career pathway${ctx.you ? ', and how far you are from each level' : ''}`,
  describe: (ctx) => {
    const edges = stepsOf(ctx);
    return `The ${ctx.index.role.levels.length} levels of ${ctx.index.role.name} from left to right by seniority, on a lane per track, and the ${edges.length} steps between them, each labelled with what it asks for.${ctx.you ? ' Above each level, a ring fills with the share of its skills you meet, with the steps you are short written inside.' : ''}`;
  },
  legend: (ctx) => [
    ...proficiencyLegend(ctx.index.framework),
    { label: 'next level', shape: 'line', fill: 'none', stroke: '#1b1f24' },
    { label: 'move across tracks', shape: 'dashed', fill: 'none', stroke: '#7a8590' },
    ...(ctx.you
      ? [
          {
            label:
              'above each level, you: the steps you are short (✓ none); the ring fills with the skills you meet',
            shape: 'mark' as const,
            mark: '3',
            fill: '#ffffff',
            stroke: '#1b1f24',
          },
        ]
      : []),
  ],
  fileNameParts: () => ['pathway'],
  rows: (ctx) => stepsOf(ctx),
  csv: (ctx, edges) => {
    const { index } = ctx;
    const label = (level: PathwayEdge['from']) => levelLabel(index.framework, level);
    return {
      header: ['From', 'To', 'Kind of step', ...STEP_KINDS.map((k) => `Skills ${k}`), 'Summary'],
      rows: edges.map((edge) => {
        const counts = countChanges(levelTransition(index, edge.from, edge.to).values());
        const count = (k: string) => String(counts.find((c) => c.kind === k)?.count ?? 0);
        return [label(edge.from), label(edge.to), stepKindName(edge), ...STEP_KINDS.map(count), edge.summary];
      }),
    };
  },
});

/** The registry takes each definition file's default export. */
export default pathwayChart;
