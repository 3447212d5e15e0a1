import { layoutTrajectory, type TrajectoryLine } from './layout';
import { levelLabel, roleTracks } from '../../lib/model/framework';
import { trackInTitle } from '../../lib/charts/legend';
import { defineChart, type ChartContext } from '../../lib/charts/types';

/** The path a line follows, in words: its track's name, or "All levels" when nothing forks. */
export function pathName(ctx: ChartContext, line: TrajectoryLine): string {
  return ctx.index.framework.tracks.find((t) => t.id === line.track)?.name ?? 'All levels';
}

/** Each skill's proficiency from level to level: a line per skill and path. */
export const trajectoryChart = defineChart<TrajectoryLine>({
  kind: 'trajectory',
  name: 'Skill trajectories',
  applies: () => true,
  title: (ctx) => `${ctx.index.role.name}: skill trajectories${trackInTitle(ctx)}`,
  describe: (ctx) =>
    `How the proficiency each of the ${ctx.index.role.skills.length} skills of ${ctx.index.role.name} asks for grows from level to level${roleTracks(ctx.index).length > 1 ? ', a line per track from the fork' : ''}.`,
  legend: (ctx) => {
    const tracks = roleTracks(ctx.index);
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
  },
  fileNameParts: (ctx) => ['trajectory', ...(ctx.track ? [ctx.track] : [])],
  rows: (ctx) => layoutTrajectory(ctx.index, { track: ctx.track }).lines,
  csv: (ctx, lines) => ({
    header: ['Skill', 'Path', 'Level', 'Proficiency'],
    rows: lines.flatMap((line) =>
      line.points.map((p) => [
        line.skill.name,
        pathName(ctx, line),
        levelLabel(ctx.index.framework, p.level),
        p.proficiency,
      ]),
    ),
  }),
  twin: (ctx, lines) => ({
    caption: `Each skill's trajectory from level to level (${ctx.index.role.name})`,
    header: ['Skill', 'Path', 'Proficiency at each level'],
    rows: lines.map((line) => [
      line.skill.name,
      pathName(ctx, line),
      line.points.map((p) => `${p.level.name}: ${p.proficiency}`).join(' → '),
    ]),
  }),
});

/** The registry takes each definition file's default export. */
export default trajectoryChart;
