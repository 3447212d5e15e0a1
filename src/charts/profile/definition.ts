import { levelLabel } from '../../lib/model/framework';
import { standing } from '../../lib/model/gapReport';
import { layoutProfile, type ProfileRow } from './layout';
import { defineChart, type ChartContext, type LegendItem } from '../../lib/charts/types';

/** The level the profile is drawn against: the one the person aims at, else the nearer next level. */
export function profileTarget(ctx: ChartContext) {
  return standing(ctx.index, ctx.you ?? [], ctx.youTarget ?? null, ctx.youHeld ?? null).focus;
}

const name = (ctx: ChartContext, id: string | null) =>
  id === null ? 'not yet' : (ctx.index.proficiency(id)?.name ?? id);

/** The marks of the profile, as the chart draws them (shapes and words, not colour alone). */
export const PROFILE_MARKS = { you: '●', target: '◆' };

/** The person's self-assessment against one level: a dumbbell per skill (its layout.ts). */
export const profileChart = defineChart<ProfileRow>({
  kind: 'profile',
  name: 'You against a level',
  applies: (ctx) => ctx.you !== undefined,
  title: (ctx) =>
    `${ctx.index.role.name}: you against ${levelLabel(ctx.index.framework, profileTarget(ctx))}`,
  // Without ratings, why there is no profile (a deck's title slide says so).
  describe: (ctx) => {
    if (!ctx.you)
      return 'there is no self-assessment of this role in this browser: fill one in under "Where do I stand?".';
    const target = levelLabel(ctx.index.framework, profileTarget(ctx));
    return `For each of the ${ctx.index.role.skills.length} skills, the proficiency you gave yourself (${PROFILE_MARKS.you}) and the one ${target} asks for (${PROFILE_MARKS.target}), joined by a bar where you are short, with the gap in words. Gaps to discuss, not a score.`;
  },
  legend: (ctx): LegendItem[] => [
    { label: 'You', shape: 'mark', mark: PROFILE_MARKS.you, fill: '#ffffff', stroke: '#1b1f24' },
    {
      label: `${levelLabel(ctx.index.framework, profileTarget(ctx))} asks for`,
      shape: 'mark',
      mark: PROFILE_MARKS.target,
      fill: '#ffffff',
      stroke: '#1b1f24',
    },
    { label: 'short: the steps to grow', shape: 'line', fill: 'none', stroke: '#c2410c' },
  ],
  fileNameParts: (ctx) => ['profile', profileTarget(ctx).id],
  rows: (ctx) => layoutProfile(ctx.index, ctx.you ?? [], profileTarget(ctx)).rows,
  csv: (ctx, rows) => {
    const target = levelLabel(ctx.index.framework, profileTarget(ctx));
    return {
      header: ['Skill', 'You', `${target} asks for`, 'Gap'],
      rows: rows.map((row) => [
        row.skill.name,
        name(ctx, row.gap.have),
        row.gap.kind === 'not-asked' ? 'not asked' : name(ctx, row.gap.asked),
        row.verdict,
      ]),
    };
  },
});

/** The registry takes each definition file's default export. */
export default profileChart;
