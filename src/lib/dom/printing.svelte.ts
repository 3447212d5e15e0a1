/**
 * Whether the page is being printed: `printing.now` is true from `beforeprint` to `afterprint`.
 * This module is imported with the first view, so its listener runs before any chart's own, and
 * whatever is drawn while printing (a table shown as it comes into view, a slice at a time) is
 * drawn whole at once, on paper as in the PDF a browser makes of the page.
 */
import { flushSync } from 'svelte';

export const printing = $state({ now: false });

if (typeof addEventListener === 'function') {
  addEventListener('beforeprint', () => {
    printing.now = true;
    flushSync();
  });
  addEventListener('afterprint', () => (printing.now = false));
}
