import type { Level } from '../model/types';
import type { RoleIndex } from '../model/framework';
import type { Comparison } from '../model/compare';
import { NOT_REQUIRED, proficiencySwatches } from '../layout/colour';

/** Every chart the app draws, and so can export. */
export const CHART_KINDS = ['matrix', 'pathway', 'trajectory', 'compare', 'overview'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** What a chart export depends on: the role and the view as it is now. */
export interface ChartContext {
  index: RoleIndex;
  levels: Level[];
  track: string | null;
  showChanges: boolean;
  showCrossTrack: boolean;
  comparison?: Comparison;
}

export interface LegendItem {
  label: string;
  /** swatch: a filled box; line / dashed: a stroke sample. */
  shape: 'swatch' | 'line' | 'dashed';
  fill: string;
  stroke: string;
  text?: string;
  dashedOutline?: boolean;
}

export function chartTitle(kind: ChartKind, ctx: ChartContext): string {
  const role = ctx.index.role.name;
  const track = ctx.track ? ` (${trackLabel(ctx).toLowerCase()} track)` : '';
  switch (kind) {
    case 'matrix':
      return `${role}: skills by level${track}${ctx.showChanges ? ', with changes from the previous level' : ''}`;
    case 'pathway':
      return `${role}: career pathway`;
    case 'trajectory':
      return `${role}: skill trajectories${track}`;
    case 'compare':
      return ctx.comparison
        ? `${ctx.comparison.a.label} vs ${ctx.comparison.b.label}`
        : `${role}: comparison`;
    case 'overview':
      return `${role}: where the tracks differ`;
  }
}

function trackLabel(ctx: ChartContext): string {
  return ctx.index.framework.tracks.find((t) => t.id === ctx.track)?.name ?? ctx.track ?? '';
}

/** A file name that says what is in the file: "development-operations-devops-engineer-matrix-technical.png". */
export function chartFileName(kind: ChartKind, ctx: ChartContext, extension: string): string {
  const parts: string[] = [ctx.index.role.id, kind];
  if ((kind === 'matrix' || kind === 'trajectory') && ctx.track) parts.push(ctx.track);
  if (kind === 'matrix' && ctx.showChanges) parts.push('changes');
  if (kind === 'compare' && ctx.comparison)
    parts.push(ctx.comparison.a.level.id, 'vs', ctx.comparison.b.level.id);
  return `${parts.join('-')}.${extension}`;
}

/** The key to the chart's colours and marks, drawn under the chart in every export. */
export function chartLegend(kind: ChartKind, ctx: ChartContext): LegendItem[] {
  const { framework } = ctx.index;
  const swatches = proficiencySwatches(framework.proficiencies);
  const scale = [...framework.proficiencies]
    .sort((a, b) => a.rank - b.rank)
    .map((p): LegendItem => {
      const s = swatches.get(p.id)!;
      return { label: p.name, shape: 'swatch', fill: s.fill, stroke: s.stroke, text: s.text };
    });
  const notRequired: LegendItem = {
    label: 'not required',
    shape: 'swatch',
    fill: NOT_REQUIRED.fill,
    stroke: NOT_REQUIRED.stroke,
    text: NOT_REQUIRED.text,
    dashedOutline: true,
  };
  const tracks = framework.tracks.filter((t) => ctx.index.role.levels.some((l) => l.track === t.id));
  switch (kind) {
    case 'matrix':
    case 'compare':
      return [...scale, notRequired];
    case 'pathway':
      return [
        ...scale,
        { label: 'next level', shape: 'line', fill: 'none', stroke: '#1b1f24' },
        { label: 'move across tracks', shape: 'dashed', fill: 'none', stroke: '#7a8590' },
      ];
    case 'trajectory':
      return tracks.length < 2
        ? []
        : [
            { label: `${tracks[0].name} path`, shape: 'line', fill: 'none', stroke: '#1b1f24' },
            {
              label: `${tracks[1].name} path (from the fork)`,
              shape: 'dashed',
              fill: 'none',
              stroke: '#1b1f24',
            },
          ];
    case 'overview':
      return tracks.length < 2
        ? []
        : [
            { label: `${tracks[0].name} asks more`, shape: 'swatch', fill: '#2674ad', stroke: '#2674ad' },
            { label: `${tracks[1].name} asks more`, shape: 'swatch', fill: '#8a5a9e', stroke: '#8a5a9e' },
          ];
  }
}
