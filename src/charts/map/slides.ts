/**
 * The career map as native slides: the map itself as shapes, a slide per page (a family to a slide
 * when it shows every role: `mapPages`); then the moves within reach from the start as a table
 * (role, the level within reach, its way, the steps, the skills to grow), sideways, up, then down,
 * each cheapest first, on as many slides as it needs.
 */
import { levelLabel } from '../../lib/model/framework';
import { skillName } from '../../lib/model/closeness';
import { count } from '../../lib/model/count';
import { movesSummary } from '../../lib/model/moveWords';
import { DIRECTION_ARROWS } from './layout';
import { mapChart, mapMoves, mapPages, mapRoles, mapStartLabel } from './definition';
import { mapPageSlide } from './pageSlide';
import { headerCell, nameCell, tableSlides } from '../../lib/slides/tableSlides';
import type { ChartSlideParts, NativeSlide, TableCell } from '../../lib/slides/types';

export function mapSlides(parts: ChartSlideParts): NativeSlide[] {
  const { ctx, theme } = parts;
  const framework = ctx.index.framework;
  const pages = mapPages(ctx).map((page) =>
    mapPageSlide({ ...parts, ctx: page, title: mapChart.title(page), legend: mapChart.legend(page) }),
  );
  // The moves to the roles shown.
  const shown = new Set(mapRoles(ctx).map((role) => role.id));
  const moves = mapMoves(ctx).filter((move) => shown.has(move.to.role.id));
  const plain = (text: string): TableCell => ({ ...headerCell(theme, text), bold: false, align: 'left' });
  const rows = moves.map((move): TableCell[] => [
    nameCell(theme, move.to.role.name),
    plain(levelLabel(framework, move.to.level)),
    plain(`${DIRECTION_ARROWS[move.direction]} ${move.direction}`),
    headerCell(theme, move.steps === 0 ? '✓' : `+${move.steps}`),
    // The three that need most growing, and how many more (the notes and the CSV list them all).
    plain(
      [
        ...move.skills.slice(0, 3).map((s) => `${skillName(framework, s.skillId)} +${s.steps}`),
        ...(move.skills.length > 3 ? [`and ${move.skills.length - 3} more`] : []),
      ].join('; ') || 'nothing to grow',
    ),
  ]);
  const table = tableSlides(parts, {
    summary: `${movesSummary(moves, ctx.moveBudget, mapStartLabel(ctx))}${moves.length > 0 ? ' Sideways first, then up, then down, each cheapest first.' : ''}`,
    colW: [2.0, 2.2, 1.0, 0.6, 3.3],
    header: ['Role', 'Level within reach', 'Way', 'Steps', 'Skills to grow'].map((text) =>
      headerCell(theme, text),
    ),
    rows: rows.length > 0 ? rows : [[nameCell(theme, '—'), plain(''), plain(''), plain(''), plain('')]],
    notes: [
      mapChart.describe(ctx),
      ...moves.map(
        (m) =>
          `${m.to.role.name}, ${levelLabel(framework, m.to.level)}, ${m.direction}: ${count(m.steps, 'step')} (${m.skills.map((k) => `${skillName(framework, k.skillId)} +${k.steps}`).join('; ')}).`,
      ),
    ].join('\n'),
    name: 'Moves',
    unit: 'roles',
  });
  return [...pages, ...table];
}

/** The slides builder the deck finds in this folder. */
export default mapSlides;
