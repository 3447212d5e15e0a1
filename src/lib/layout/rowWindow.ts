/**
 * A long list or table on the page (a step of a 10,000-skill framework, its tables) shows its rows
 * a window at a time: the first ROWS_AT_ONCE, and as many more as the person asks for. Drawing every
 * row of such a list took seconds; the whole is still in the chart's CSV and exports. Pure.
 */
import { count, number } from '../model/count';

/** Rows drawn at first, and added each time more are asked for. */
export const ROWS_AT_ONCE = 200;

/**
 * A role of more skills than this draws each chart's table when the chart first comes near the
 * screen (or is printed), not all of them at once: eight tables of 200 rows took 0.17 s at 1,000
 * skills, where one or two are in view.
 */
export const TABLES_WAIT_MIN_SKILLS = 300;

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
  const words = sliceWords({ from: 0, to: rowsShown(total, more) }, total, noun);
  return words && { shown: words.shown, button: words.after! };
}

/**
 * A table's rows are drawn a slice at a time: the first ROWS_IN_FIRST_FRAME in the frame that shows
 * the table (more than a screen holds), then ROWS_PER_IDLE_MOMENT more each time the browser is idle,
 * up to its window. The rows nobody sees in that frame come after it.
 */
export const ROWS_IN_FIRST_FRAME = 40;
export const ROWS_PER_IDLE_MOMENT = 40;

/** How many rows to have drawn after the next idle moment, `drawn` drawn and `wanted` in the window. */
export const rowsAfterIdle = (drawn: number, wanted: number): number =>
  Math.min(wanted, drawn + ROWS_PER_IDLE_MOMENT);

/** Rows drawn past a grid's tab stop at once, so that the keys that move it find their rows there. */
export const ROWS_PAST_FOCUS = 20;

/**
 * How many of a window's `wanted` rows a grid edited by the keyboard draws: those unfolded so far
 * (`unfolded`), and never fewer than reach `ROWS_PAST_FOCUS` past its tab stop's row (`focus`, its
 * place in the window, 0-based; -1 for none), so that focus always has its cell and nothing is
 * drawn above it later (which would move what the person is looking at).
 */
export const rowsDrawnAround = (unfolded: number, wanted: number, focus: number): number =>
  Math.min(wanted, Math.max(unfolded, focus < 0 ? 0 : focus + 1 + ROWS_PAST_FOCUS));

/** A run of rows, `from` up to (not including) `to`, 0-based. */
export interface RowSlice {
  from: number;
  to: number;
}

/**
 * The rows of a grid edited a window at a time (the editor's, on a framework of thousands of
 * skills): `size` rows, where `previous` was, moved only as far as it takes to hold row `focus`
 * (the grid's tab stop; -1 for none, on the header row: the window stays), so that moving inside
 * the window never moves it. Always inside `total`.
 */
export function slideWindow(previous: RowSlice, size: number, total: number, focus: number): RowSlice {
  const span = Math.max(0, Math.min(size, total));
  let from = previous.from;
  if (focus >= 0 && focus < from) from = focus;
  else if (focus >= from + span) from = focus - span + 1;
  from = Math.max(0, Math.min(from, total - span));
  return { from, to: from + span };
}

/**
 * What a window of a grid's rows shows, in words ("Skills 201 to 400 of 10,000."), and its two
 * buttons' words: the rows before it, the rows after it (each undefined where there are none);
 * undefined when every row is shown.
 */
export function sliceWords(
  { from, to }: RowSlice,
  total: number,
  noun: [singular: string, plural: string],
): { shown: string; before?: string; after?: string } | undefined {
  if (from <= 0 && to >= total) return undefined;
  const plural = noun[1][0].toUpperCase() + noun[1].slice(1);
  const before = Math.min(ROWS_AT_ONCE, from);
  const after = Math.min(ROWS_AT_ONCE, total - to);
  return {
    shown:
      from === 0
        ? `The first ${number(to)} of ${count(total, ...noun)}.`
        : to - from === 1
          ? `${noun[0][0].toUpperCase() + noun[0].slice(1)} ${number(to)} of ${number(total)}.`
          : `${plural} ${number(from + 1)} to ${number(to)} of ${number(total)}.`,
    // One row before reads "Show the skill before", not "the 1 skill".
    before:
      before === 1
        ? `Show the ${noun[0]} before`
        : before > 1
          ? `Show the ${count(before, ...noun)} before`
          : undefined,
    after: after > 0 ? `Show ${count(after, ...noun).replace(' ', ' more ')}` : undefined,
  };
}
