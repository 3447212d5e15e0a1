/**
 * When the page's first chart is on screen, for the benchmark ("first chart") and for starting the
 * app once the prerendered page is drawn (src/loader.ts). Dependency-free: the page's inline script
 * imports it.
 */

/** Element Timing's name for the matrix's last cell drawn, and the performance mark set when it is painted. */
export const MATRIX_PAINTED = 'matrix-painted';

/** The performance mark set when the app is live (`data-ready`): what was fetched before it is its cost. */
export const LIVE_MARK = 'pathway-explorer:live';

const supports = (type: string) =>
  typeof PerformanceObserver !== 'undefined' &&
  (PerformanceObserver.supportedEntryTypes ?? []).includes(type);

/**
 * Marks `matrix-painted` at the moment the matrix's last cell was first painted: the whole matrix
 * is then on screen (a first paint can hold only the top of a long page). Browsers without Element
 * Timing get no mark.
 */
export function markMatrixPainted() {
  if (!supports('element')) return;
  new PerformanceObserver((list, observer) => {
    const entry = list
      .getEntries()
      .find((item) => (item as PerformanceEntry & { identifier?: string }).identifier === MATRIX_PAINTED) as
      (PerformanceEntry & { renderTime: number; loadTime: number }) | undefined;
    if (!entry) return;
    observer.disconnect();
    performance.mark(MATRIX_PAINTED, { startTime: entry.renderTime || entry.loadTime || entry.startTime });
  }).observe({ type: 'element', buffered: true });
}

/**
 * Runs `callback` once, as soon as the page's first frame is drawn: at the start of the frame after
 * it (the second animation frame once the page is parsed), or when the first contentful paint is
 * reported, if that comes first; after `fallbackMs` if neither comes (a page opened in the
 * background draws no frames; a browser may not report paints).
 *
 * The second animation frame, not the paint's report: the report comes a frame or more after the
 * paint, and the page was live later by as much (docs/speed.md, "Live sooner").
 */
export function afterFirstFrame(callback: () => void, fallbackMs = 1000) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    callback();
  };
  const secondFrame = () => requestAnimationFrame(() => requestAnimationFrame(once));
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', secondFrame, { once: true });
  else secondFrame();
  if (supports('paint')) {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) return;
      observer.disconnect();
      once();
    }).observe({ type: 'paint', buffered: true });
  }
  setTimeout(once, fallbackMs);
}
