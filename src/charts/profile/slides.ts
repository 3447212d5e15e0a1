/**
 * The personal gap as one native slide (more for a long role): a table of each skill, your rating
 * and the level's requirement in their proficiency colours, and the gap in words; the headline
 * ("meets 4 of 10; 6 steps short in 6 skills") and which track's next level is nearer under the title.
 */
import { profileChart, profileTarget } from './definition';
import { gapReport, nearerInWords, standing } from '../../lib/model/gapReport';
import { levelLabel } from '../../lib/model/framework';
import { proficiencySwatches } from '../../lib/layout/colour';
import { headerCell, nameCell, swatchCell, tableSlides } from '../../lib/slides/tableSlides';
import type { ChartSlideParts, NativeSlide, TableCell } from '../../lib/slides/types';
import { count } from '../../lib/model/count';

export function profileSlides(parts: ChartSlideParts): NativeSlide[] {
  const { ctx, theme } = parts;
  if (!ctx.you) return [];
  const target = profileTarget(ctx);
  const where = standing(ctx.index, ctx.you, ctx.youTarget ?? null, ctx.youHeld ?? null);
  const report = gapReport(ctx.index, ctx.you, target, where.from);
  const summary = ctx.youTarget
    ? report.headline
    : `${report.headline} ${nearerInWords(ctx.index, where.next)}`;
  const swatches = proficiencySwatches(ctx.index.framework.proficiencies);
  const table = profileChart.csv(ctx, profileChart.rows(ctx));
  const rows = profileChart.rows(ctx);
  const swatch = (id: string | null) => (id === null ? null : (swatches.get(id) ?? null));
  return tableSlides(parts, {
    summary,
    colW: [4.6, 2.5, 2.5, 2.6],
    header: ['Skill', 'You', `${levelLabel(ctx.index.framework, target)} asks for`, 'Gap'].map((text) =>
      headerCell(theme, text),
    ),
    rows: rows.map((row, r): TableCell[] => [
      nameCell(theme, row.skill.name),
      swatchCell(theme, table.rows[r][1], swatch(row.gap.have)),
      swatchCell(theme, table.rows[r][2], row.gap.kind === 'not-asked' ? null : swatch(row.gap.asked)),
      { ...headerCell(theme, row.verdict), bold: row.gap.kind === 'short' },
    ]),
    notes: [
      profileChart.describe(ctx),
      summary,
      ...report.grow.map((g) => `${g.skill.name}: from ${g.have} to ${g.asked}, ${count(g.steps, 'step')}.`),
    ].join('\n'),
    name: 'Profile',
  });
}

/** The slides builder the deck finds in this folder. */
export default profileSlides;
