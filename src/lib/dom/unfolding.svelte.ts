/**
 * A table's rows drawn a slice at a time (`layout/rowWindow.ts`): `new Unfolding(() => wanted)`
 * gives, as `drawn`, how many of the `wanted` rows to draw: ROWS_IN_FIRST_FRAME in the frame that
 * shows the table, then more each time the browser is idle, until all of them. Showing a large
 * role's charts as tables drew 200 rows of each in one frame (0.14 s at 1,000 skills, nearly all of
 * it style and layout); the rows below the first screen nobody sees in that frame. Printed (`printing.svelte.ts`),
 * it draws them all at once. Create it while a component initialises (it holds effects).
 */
import { ROWS_IN_FIRST_FRAME, rowsAfterIdle } from '../layout/rowWindow';
import { whenIdle } from './offScreen.svelte';
import { printing } from './printing.svelte';

export class Unfolding {
  #drawn = $state(ROWS_IN_FIRST_FRAME);
  readonly drawn: number;

  constructor(wanted: () => number) {
    this.drawn = $derived(printing.now ? wanted() : Math.min(wanted(), this.#drawn));
    $effect(() => {
      const want = wanted();
      const drawn = this.#drawn;
      if (drawn >= want) return;
      return whenIdle(() => (this.#drawn = rowsAfterIdle(drawn, want)));
    });
  }
}
