/** A team grid's rows as the lead arranges them: found by name, sorted and grouped. Pure. */
import { levelLabel, type RoleIndex } from './framework';
import type { Level } from './types';
import { shownName } from './teamRoster';
import { type TeamGrid, type TeamRow } from './teamGrid';

export type TeamSort = 'name' | 'steps' | 'target' | `skill:${string}`;
export type TeamGroupBy = 'none' | 'target' | 'reached';

/**
 * The grid's rows in order of their names (as `localeCompare` orders them) and each name in lower
 * case, worked out once per grid: a sort or a filter of a whole profession then starts from them.
 */
const names = new WeakMap<TeamGrid, { byName: TeamRow[]; lower: Map<TeamRow, string> }>();
function namesOf(grid: TeamGrid) {
  let known = names.get(grid);
  if (!known) {
    const collator = new Intl.Collator();
    known = {
      byName: [...grid.rows].sort((a, b) => collator.compare(a.name, b.name)),
      lower: new Map(grid.rows.map((row) => [row, row.name.toLowerCase()])),
    };
    names.set(grid, known);
  }
  return known;
}

/**
 * The rows to draw, in order: filtered by a name (or, anonymised, "Person n") and to those short of
 * their target if asked, grouped (by target or by the level reached, in seniority order; no group
 * first), and sorted within each group: by name, by steps short (most first), by target, or by a
 * skill (highest rating first), then by name. Returns each row with its group's label.
 */
export function arrangeRows(
  index: RoleIndex,
  grid: TeamGrid,
  options: { sort: TeamSort; group: TeamGroupBy; filter: string; shortOnly: boolean; anonymise: boolean },
): { row: TeamRow; group: string }[] {
  const needle = options.filter.trim().toLowerCase();
  const { byName, lower } = namesOf(grid);
  // In name order (anonymised, in the team's order, as "Person n" is numbered): the sort below is
  // stable, so rows it holds equal stay in that order.
  const kept = (options.anonymise ? grid.rows : byName).filter(
    (row) =>
      (!needle ||
        (options.anonymise ? shownName(row, true).toLowerCase() : lower.get(row)!).includes(needle)) &&
      (!options.shortOnly || row.steps > 0),
  );
  const skillAt = options.sort.startsWith('skill:')
    ? index.role.skills.findIndex((s) => `skill:${s.id}` === options.sort)
    : -1;
  const first: ((a: TeamRow, b: TeamRow) => number) | undefined =
    options.sort === 'steps'
      ? (a, b) => b.steps - a.steps
      : options.sort === 'target'
        ? (a, b) => (a.target?.seniority ?? -1) - (b.target?.seniority ?? -1)
        : skillAt >= 0
          ? (a, b) => b.cells[skillAt].rank - a.cells[skillAt].rank
          : undefined;
  const groupOf = (row: TeamRow): Level | undefined =>
    options.group === 'target' ? row.target : options.group === 'reached' ? row.reached : undefined;
  if (options.group !== 'none' || first)
    kept.sort(
      (a, b) =>
        (groupOf(a)?.seniority ?? -1) - (groupOf(b)?.seniority ?? -1) ||
        (groupOf(a)?.id ?? '').localeCompare(groupOf(b)?.id ?? '') ||
        (first?.(a, b) ?? 0),
    );
  const labels = new Map<Level | undefined, string>();
  const label = (level: Level | undefined) => {
    let text = labels.get(level);
    if (text === undefined)
      labels.set(
        level,
        (text =
          options.group === 'none'
            ? ''
            : level
              ? `${options.group === 'target' ? 'Target' : 'Meets'} ${levelLabel(index.framework, level)}`
              : options.group === 'target'
                ? 'No target'
                : 'Meets no level yet'),
      );
    return text;
  };
  return kept.map((row) => ({ row, group: label(groupOf(row)) }));
}
