import { roleTracks, trackName, trackPhrase, trackSplits } from '../../lib/model/framework';
import { layoutTrackOverview, type OverviewPanel } from '../compare/layout';
import { defineChart, type ChartContext } from '../../lib/charts/types';

/** The two tracks an overview compares, by name (first: the one whose steps count as more). */
export function overviewTracks(ctx: ChartContext, panels: OverviewPanel[]): [string, string] | undefined {
  const first = panels[0];
  if (!first) return undefined;
  const name = (level: OverviewPanel['first']) => trackName(ctx.index.framework, level) ?? level.track!;
  return [name(first.first), name(first.second)];
}

/** Where the tracks differ: at each level where they split, which asks more of each skill. */
export const overviewChart = defineChart<OverviewPanel>({
  kind: 'overview',
  name: 'Track overview',
  applies: (ctx) => trackSplits(ctx.index.role).length > 0,
  title: (ctx) => `${ctx.index.role.name}: where the tracks differ`,
  describe: (ctx) => {
    const splits = trackSplits(ctx.index.role).length;
    const role = ctx.index.role.name;
    return splits === 0
      ? `The tracks of ${role} do not split, so there is nothing to set side by side.`
      : `At each of the ${splits} levels where the tracks of ${role} split, how many proficiency steps more one track asks for than the other, skill by skill.`;
  },
  legend: (ctx) => {
    const tracks = roleTracks(ctx.index);
    return tracks.length < 2
      ? []
      : [
          { label: `${tracks[0].name} asks more`, shape: 'swatch', fill: '#2674ad', stroke: '#2674ad' },
          { label: `${tracks[1].name} asks more`, shape: 'swatch', fill: '#8a5a9e', stroke: '#8a5a9e' },
        ];
  },
  fileNameParts: () => ['overview'],
  rows: (ctx) => layoutTrackOverview(ctx.index).panels,
  csv: (ctx, panels) => {
    const { index } = ctx;
    const name = (id: string) => index.proficiency(id)?.name ?? id;
    const [first, second] = overviewTracks(ctx, panels) ?? ['', ''];
    return {
      header: ['Skill', 'Level', first, second, 'Asks more', 'Steps more'],
      rows: panels.flatMap((panel) =>
        panel.bars.map((bar) => {
          const a = index.requirement(panel.first.id, bar.skill.id);
          const b = index.requirement(panel.second.id, bar.skill.id);
          return [
            bar.skill.name,
            panel.title,
            a ? name(a.proficiency) : 'not required',
            b ? name(b.proficiency) : 'not required',
            bar.value > 0 ? first : bar.value < 0 ? second : 'same',
            String(Math.abs(bar.value)),
          ];
        }),
      ),
    };
  },
  twin: (ctx, panels) => {
    const tracks = overviewTracks(ctx, panels);
    if (!tracks) return `The tracks of ${ctx.index.role.name} do not split.`;
    return {
      caption: `Steps more that the ${trackPhrase(tracks[0])} asks than the ${trackPhrase(tracks[1])} (negative: the ${trackPhrase(tracks[1])} asks more)`,
      header: ['Skill', ...panels.map((panel) => panel.title)],
      rows: ctx.index.role.skills.map((skill, r) => [
        skill.name,
        ...panels.map((panel) => panel.bars[r].label),
      ]),
    };
  },
});

/** The registry takes each definition file's default export. */
export default overviewChart;
