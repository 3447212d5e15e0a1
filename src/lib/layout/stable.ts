/**
 * Keeps what did not change: a chart's parts laid out again (a rating changed) are new objects
 * even where nothing about them changed, and Svelte redraws a part whose object is new. These
 * hand back the previous object wherever the new one has the same contents, so that only what
 * changed is drawn again: after one rating, one row of the matrix, not every cell.
 */

/** Whether two values have the same contents, looking `depth` levels into objects and arrays. */
export function sameContents(a: unknown, b: unknown, depth: number): boolean {
  if (a === b) return true;
  if (depth <= 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  // Maps and other classes are compared by identity only.
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (!Array.isArray(a) && Object.getPrototypeOf(a) !== Object.prototype) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => key in recordB && sameContents(recordA[key], recordB[key], depth - 1));
}

/** `next`, with each item that has the same contents as the one at its place in `previous` replaced by it. */
export function keepUnchanged<T>(previous: readonly T[] | undefined, next: T[], depth: number): T[] {
  if (!previous) return next;
  let changed = previous.length !== next.length;
  const kept = next.map((item, i) => {
    if (i < previous.length && sameContents(previous[i], item, depth)) return previous[i];
    changed = true;
    return item;
  });
  // The whole list unchanged: the previous list itself, so that what reads it need not run again.
  return changed ? kept : (previous as T[]);
}
