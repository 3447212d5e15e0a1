/**
 * The comparison as a native table, as the page draws it: a row per skill with each side's
 * proficiency in its colour and the difference between them as a mark that reads without colour
 * ("◀ +2", "=", "only ▶"); the comparison's summary sentence under the title. A list too long for
 * one slide goes on as many as it needs, the header row repeated.
 */
import { compareChart } from './definition';
import { headerCell, nameCell, swatchCell, tableSlides } from '../../lib/slides/tableSlides';
import type { NativeSlide, ChartSlideParts, TableCell } from '../../lib/slides/types';

export function compareSlides(parts: ChartSlideParts): NativeSlide[] {
  const { ctx, theme } = parts;
  const comparison = ctx.comparison;
  if (!comparison) return [];
  const rows = compareChart.rows(ctx);
  const side = (part: (typeof rows)[number]['a']) =>
    swatchCell(theme, part.text, part.dashed ? null : part.swatch);
  const notes = [
    compareChart.describe(ctx),
    comparison.summary,
    ...rows.map((row) => `${row.comparison.skill.name}: ${row.a.text}, ${row.b.text}; ${row.verdict}.`),
  ].join('\n');
  return tableSlides(parts, {
    summary: comparison.summary,
    colW: [4.4, 3.1, 1.5, 3.1],
    header: ['Skill', comparison.a.label, 'Difference', comparison.b.label].map((text) =>
      headerCell(theme, text),
    ),
    rows: rows.map((row): TableCell[] => [
      nameCell(theme, row.comparison.skill.name),
      side(row.a),
      { ...headerCell(theme, row.mark) },
      side(row.b),
    ]),
    notes,
    name: 'Comparison',
  });
}

/** The slides builder the deck finds in this folder. */
export default compareSlides;
