/**
 * The skill trajectories as native line charts, a slide per path (one per track, or one when the
 * role never forks): a line per skill across the path's levels, its value the proficiency's rank on
 * the framework's scale (0: not required), with the data embedded so "Edit data" works. The scale's
 * key is a line of text under the chart, since an axis can only show the numbers.
 */
import { trajectoryChart } from './definition';
import { layoutTrajectory, rolePaths } from './layout';
import { slideFrame } from '../../lib/slides/frame';
import type { NativeSlide, ChartSlideParts } from '../../lib/slides/types';

export function trajectorySlides({ ctx, title, source, theme }: ChartSlideParts): NativeSlide[] {
  const { index } = ctx;
  const proficiencies = [...index.framework.proficiencies].sort((a, b) => a.rank - b.rank);
  const rank = (levelId: string, skillId: string) => {
    const requirement = index.requirement(levelId, skillId);
    return requirement ? (index.proficiency(requirement.proficiency)?.rank ?? 0) : 0;
  };
  const layout = layoutTrajectory(index, { track: ctx.track });
  const colourOf = new Map(layout.lines.map((line) => [line.skill.id, line.colour]));
  const paths = rolePaths(index, ctx.track);
  const scale = `Proficiency: 0 not required · ${proficiencies.map((p) => `${p.rank} ${p.name}`).join(' · ')}`;
  const notes = [trajectoryChart.describe(ctx), ...layout.skillNames.values()].join('\n');

  return paths.map((path) => {
    const track = index.framework.tracks.find((t) => t.id === path.track)?.name;
    const slideTitle = paths.length > 1 && track ? `${title} (${track.toLowerCase()} path)` : title;
    const frame = slideFrame({ title: slideTitle, legend: [], source, theme });
    const { body } = frame;
    const keyHeight = 0.26;
    return {
      title: slideTitle,
      background: theme.background,
      notes,
      items: [
        ...frame.items,
        {
          type: 'chart',
          chart: 'line',
          x: body.x,
          y: body.y,
          w: body.w,
          h: body.h - keyHeight,
          series: index.role.skills.map((skill) => ({
            name: skill.name,
            labels: path.levels.map((level) => level.name),
            values: path.levels.map((level) => rank(level.id, skill.id)),
          })),
          colours: index.role.skills.map((skill) => colourOf.get(skill.id) ?? theme.ink),
          valueAxis: { min: 0, max: proficiencies.length, step: 1, title: 'Proficiency' },
          altText: `${slideTitle}. ${trajectoryChart.describe(ctx)}`,
          ink: theme.ink,
          inkSoft: theme.inkSoft,
        },
        {
          type: 'text',
          x: body.x,
          y: body.y + body.h - keyHeight,
          w: body.w,
          h: keyHeight,
          text: scale,
          size: 9,
          colour: theme.ink,
          valign: 'middle',
          name: 'Proficiency scale',
        },
      ],
    };
  });
}

/** The slides builder the deck finds in this folder. */
export default trajectorySlides;
