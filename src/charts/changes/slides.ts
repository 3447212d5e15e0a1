/**
 * "What changed since …" as a native table: a row per skill (what became of it under its name), a
 * column per level, each cell the later version's proficiency in its colour with the mark that reads
 * without colour (▲1, ✎, NEW, …); the role's change in one sentence under the title. A table too long
 * for one slide goes on as many as it needs, the header row repeated.
 */
import { changesChart } from './definition';
import { columnName } from './layout';
import { headerCell, nameCell, swatchCell, tableSlides } from '../../lib/slides/tableSlides';
import { SLIDE, type NativeSlide, type ChartSlideParts, type TableCell } from '../../lib/slides/types';
import { SIDE } from '../../lib/slides/frame';

/** The width of the skills' column, in inches; the levels share what is left of the body. */
const SKILL_COLUMN = 2.4;
const TABLE_WIDTH = SLIDE.width - 2 * SIDE;

export function changesSlides(parts: ChartSlideParts): NativeSlide[] {
  const { ctx, theme } = parts;
  const versions = ctx.versions;
  if (!versions) return [];
  const rows = changesChart.rows(ctx);
  const levels = versions.diff.levels;
  const cellW = (TABLE_WIDTH - SKILL_COLUMN) / Math.max(1, levels.length);
  const notes = [changesChart.describe(ctx), ...rows.map((row) => `${row.ariaLabel}`)].join('\n');
  return tableSlides(parts, {
    summary: changesChart.summary!(ctx)!,
    colW: [SKILL_COLUMN, ...levels.map(() => cellW)],
    header: [
      headerCell(theme, 'Skill'),
      ...levels.map((pair) =>
        headerCell(
          theme,
          columnName(pair.after ? versions.after.framework : versions.before.framework, pair),
        ),
      ),
    ],
    rows: rows.map((row): TableCell[] => [
      nameCell(theme, row.note ? `${row.name}\n(${row.note})` : row.name),
      ...row.cells.map((cell) =>
        cell.change.kind === 'absent'
          ? swatchCell(theme, '', null)
          : swatchCell(theme, `${cell.text}\n${cell.mark}`, cell.dashed ? null : cell.swatch),
      ),
    ]),
    notes,
    name: 'What changed',
  });
}

/** The slides builder the deck finds in this folder. */
export default changesSlides;
