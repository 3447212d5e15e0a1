/**
 * On the page a chart shrinks to fit its column, but not below 3/4 of its size: below that its
 * text would be too small to read, so it scrolls sideways instead (on a phone, say). Exports and
 * slides draw charts at any size.
 */
export const MIN_SCALE = 0.75;

/** The CSS min-width of a chart `width` units wide on the page. */
export const legibleMinWidth = (width: number) => `${Math.ceil(width * MIN_SCALE)}px`;
