/**
 * On the page a chart shrinks to fit its column, but not below 3/4 of its size: below that its
 * text would be too small to read, so it scrolls sideways instead (on a phone, say). Exports and
 * slides draw charts at any size.
 */
export const MIN_SCALE = 0.75;

/**
 * The most that the overview charts (trajectories, comparisons) insist on: they are read whole, so
 * on a desktop screen they shrink to fit however large the framework, and only a narrow screen
 * scrolls them. The matrix, read cell by cell, and the pathway, read step by step along its lanes,
 * have no such limit: with many levels they scroll sideways, legible.
 */
export const OVERVIEW_MIN_WIDTH_LIMIT = 960;

/** The CSS min-width of a chart `width` units wide on the page, at most `limit` pixels. */
export const legibleMinWidth = (width: number, limit = Infinity) =>
  `${Math.ceil(Math.min(width * MIN_SCALE, limit))}px`;
