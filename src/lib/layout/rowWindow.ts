/**
 * A long list or table on the page (a step of a 10,000-skill framework, its tables) shows its rows
 * a window at a time: the first ROWS_AT_ONCE, and as many more as the person asks for. Drawing every
 * row of such a list took seconds; the whole is still in the chart's CSV and exports. Pure.
 */
import { count, number } from '../model/count';

/** Rows drawn at first, and added each time more are asked for. */
export const ROWS_AT_ONCE = 200;

/** How many of `total` rows are shown once `more` more windows have been asked for. */
export const rowsShown = (total: number, more: number): number =>
  Math.min(total, ROWS_AT_ONCE * (1 + Math.max(0, more)));

/** The rows shown: the first `rowsShown` of them, in their order. */
export const rowWindow = <T>(rows: readonly T[], more: number): readonly T[] =>
  rows.length <= ROWS_AT_ONCE ? rows : rows.slice(0, rowsShown(rows.length, more));

/**
 * What is shown, in words, when not everything is ("The first 200 of 10,000 skills."); the button's
 * words ("Show 200 more skills"); both undefined when everything is shown.
 */
export function rowWindowWords(
  total: number,
  more: number,
  noun: [singular: string, plural: string],
): { shown: string; button: string } | undefined {
  const shown = rowsShown(total, more);
  if (shown >= total) return undefined;
  const next = Math.min(ROWS_AT_ONCE, total - shown);
  return {
    shown: `The first ${number(shown)} of ${count(total, ...noun)}.`,
    button: `Show ${count(next, ...noun).replace(' ', ' more ')}`,
  };
}
