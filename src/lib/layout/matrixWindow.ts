/**
 * Which rows and columns of a large matrix to draw: those in view, a margin around them, and any
 * that must exist whatever the scroll position (the grid's one tab stop). Drawing only these keeps
 * a large framework's matrix as quick to update as a small one's; small matrices draw everything.
 */
import { bisector } from 'd3-array';

/** Matrices with more cells than this draw only what is in view. */
export const WINDOW_MIN_CELLS = 400;
/** How far beyond the visible area to draw, in SVG units (so scrolling rarely shows a gap). */
export const WINDOW_MARGIN = 120;

/** A visible interval in the chart's own units. */
export interface Span {
  start: number;
  end: number;
}

export interface VisibleArea {
  x: Span;
  y: Span;
}

export interface Band {
  /** Where the band starts (x of a column, y of a row). */
  start: number;
  /** Its size (width of a column, height of a row). */
  size: number;
}

const byEnd = bisector((band: Band) => band.start + band.size);

/**
 * The indices of the bands that overlap `view` widened by `margin`, plus `keep` (any index out of
 * range is ignored), ascending and without repeats. `bands` are in ascending order.
 */
export function bandsInView(bands: Band[], view: Span, margin: number, keep: number[] = []): number[] {
  const from = byEnd.right(bands, view.start - margin);
  const shown = new Set<number>();
  for (let i = from; i < bands.length && bands[i].start <= view.end + margin; i++) shown.add(i);
  for (const index of keep) if (index >= 0 && index < bands.length) shown.add(index);
  return [...shown].sort((a, b) => a - b);
}

/**
 * Where a run of marks side by side (ascending in x, none overlapping: a pathway node's mini bars)
 * meets `view` widened by `margin`: the first index and one past the last, so that the marks drawn
 * are `marks.slice(from, to)`. Found by bisection, so that a scroll costs the marks in view, not all.
 */
export function runInView(
  marks: readonly { x: number; width: number }[],
  view: Span,
  margin: number,
): { from: number; to: number } {
  const from = bisector((mark: { x: number; width: number }) => mark.x + mark.width).right(
    marks,
    view.start - margin,
  );
  const to = bisector((mark: { x: number }) => mark.x).right(marks, view.end + margin);
  return { from, to: Math.max(from, to) };
}

/** Every index of `count` bands. */
export const allBands = (count: number) => Array.from({ length: count }, (_, i) => i);

/**
 * The part of a chart that is on screen, in the chart's own units: `chart` is its box on screen,
 * `clip` the box it can be seen through (the window, narrowed by a scrolling container), `scale`
 * screen pixels per chart unit. Null when none of it is on screen.
 */
/** The part of the window a chart can show, in screen pixels (its frame's sides, the window's top and bottom). */
export interface Clip {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function visibleArea(
  chart: { left: number; top: number },
  clip: Clip,
  scale: number,
): VisibleArea | null {
  if (clip.right <= clip.left || clip.bottom <= clip.top || scale <= 0) return null;
  return {
    x: { start: (clip.left - chart.left) / scale, end: (clip.right - chart.left) / scale },
    y: { start: (clip.top - chart.top) / scale, end: (clip.bottom - chart.top) / scale },
  };
}

/** Two index lists are the same (so a redraw can be skipped). */
export const sameIndices = (a: number[], b: number[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Picks the bands to draw, each time it is asked: those in `view` (widened by the margin) and
 * `keep` while `windowing`, else every band; the same array as last time while the indices do not
 * change, so that scrolling within them redraws nothing. One picker per list of bands.
 */
export function bandPicker(): (
  bands: Band[],
  view: Span | undefined,
  windowing: boolean,
  keep: number[],
) => number[] {
  let drawn: number[] = [];
  return (bands, view, windowing, keep) => {
    const next = windowing && view ? bandsInView(bands, view, WINDOW_MARGIN, keep) : allBands(bands.length);
    if (!sameIndices(next, drawn)) drawn = next;
    return drawn;
  };
}

/** A box on screen, in CSS pixels (as getBoundingClientRect gives it). */
export interface ScreenBox {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * How far to scroll the page down (`dy`) and the matrix's frame sideways (`dx`) so that a focused
 * cell is wholly in view and clear, by `margin`, of what is kept in view over it: the header's
 * copy at the window's top (`header` pixels tall, shown once the chart's top has left the window)
 * and the skill names' copy at the frame's left (`names` pixels wide, shown once the frame is
 * scrolled sideways). 0 where nothing needs to move.
 */
export function revealScroll(
  cell: ScreenBox,
  view: {
    chartTop: number;
    frame: ScreenBox;
    scrolledSideways: boolean;
    windowHeight: number;
    header: number;
    names: number;
    margin: number;
  },
): { dx: number; dy: number } {
  const { chartTop, frame, scrolledSideways, windowHeight, header, names, margin } = view;
  const top = (chartTop < 0 ? header : 0) + margin;
  const dy =
    cell.top < top
      ? cell.top - top
      : cell.bottom > windowHeight - margin
        ? cell.bottom - windowHeight + margin
        : 0;
  const left = frame.left + (scrolledSideways ? names : 0) + margin;
  const dx =
    cell.left < left
      ? cell.left - left
      : cell.right > frame.right - margin
        ? cell.right - frame.right + margin
        : 0;
  return { dx, dy };
}
