/**
 * Whether the page is being printed: `printing.now` is true from `beforeprint` to `afterprint`, and
 * what it changes is drawn before the listener returns, so that what is drawn a slice at a time (a
 * table's rows: `unfolding.svelte.ts`) is whole on paper, as in the PDF a browser makes of the page.
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
