/**
 * The career map as native slides: the map itself as shapes, a slide per page (a family to a slide
 * when it shows every role: `mapPages`); then the moves within reach from the start as a table
 * (role, its most senior level within reach, the steps, the skills to grow), nearest first, on as
 * many slides as it needs.
 */
import { levelLabel } from '../model/framework';
import { skillName } from '../model/closeness';
import { mapChart, mapMoves, mapPages, mapRoles } from '../charts/definitions/map';
import { mapPageSlide } from './mapPageSlide';
import { headerCell, nameCell, tableSlides } from './tableSlides';
import type { ChartSlideParts, NativeSlide, TableCell } from './types';

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
    summary:
      moves.length === 0
        ? 'No level of another role is within reach.'
        : `${moves.length} role${moves.length === 1 ? '' : 's'} within reach, nearest first: for each, its most senior level within the steps, and the skills to grow.`,
    colW: [2.1, 2.3, 0.6, 4.1],
    header: ['Role', 'Level within reach', 'Steps', 'Skills to grow'].map((text) => headerCell(theme, text)),
    rows: rows.length > 0 ? rows : [[nameCell(theme, '—'), plain(''), plain(''), plain('')]],
    notes: [
      mapChart.describe(ctx),
      ...moves.map(
        (m) =>
          `${m.to.role.name}, ${levelLabel(framework, m.to.level)}: ${m.steps} steps (${m.skills.map((k) => `${skillName(framework, k.skillId)} +${k.steps}`).join('; ')}).`,
      ),
    ].join('\n'),
    name: 'Moves',
    unit: 'roles',
  });
  return [...pages, ...table];
}
