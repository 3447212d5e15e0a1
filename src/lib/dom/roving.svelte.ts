/**
 * A chart whose marks are one tab stop (a roving tabindex): the mark last moved to or clicked has
 * `tabindex` 0, the others -1, and arrow keys, Home and End move focus between the marks. Marks
 * carry `data-mark` with their key; `attach` goes on the chart and delegates the keys. Create it while
 * a component initialises.
 */
import { flushSync } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { navForKey, navInList, type Nav } from '../layout/keyNav';

export class Roving {
  #active = $state<string | null>(null);
  #keys: () => string[];
  #move: (from: string, move: Nav) => string | undefined;
  /** The mark that takes the tab stop: the one last focused, else the first. */
  current: string | null;

  constructor(keys: () => string[], move: (from: string, move: Nav) => string | undefined) {
    this.#keys = keys;
    this.#move = move;
    this.current = $derived.by(() => {
      const all = this.#keys();
      return this.#active !== null && all.includes(this.#active) ? this.#active : (all[0] ?? null);
    });
  }

  tabindex = (key: string) => (key === this.current ? 0 : -1);

  attach: Attachment<Element> = (chart) => {
    const markOf = (event: Event) =>
      (event.target as Element).closest<HTMLElement | SVGElement>('[data-mark]')?.dataset.mark;
    const onkeydown = (event: Event) => {
      const from = markOf(event);
      const move = navForKey((event as KeyboardEvent).key);
      if (!from || !move) return;
      event.preventDefault();
      const to = this.#move(from, move);
      if (!to) return;
      this.#active = to;
      // Drawn now: a chart that draws only what is in view draws the mark it is given focus.
      flushSync();
      [...chart.querySelectorAll<HTMLElement | SVGElement>('[data-mark]')]
        .find((mark) => mark.dataset.mark === to)
        ?.focus();
    };
    // A click focuses its mark, and the tab stop follows. (Not a focus listener: Chromium would make
    // the chart itself focusable.)
    const onpointerdown = (event: Event) => {
      const key = markOf(event);
      if (key) this.#active = key;
    };
    chart.addEventListener('keydown', onkeydown);
    chart.addEventListener('pointerdown', onpointerdown);
    return () => {
      chart.removeEventListener('keydown', onkeydown);
      chart.removeEventListener('pointerdown', onpointerdown);
    };
  };
}

/** A Roving over marks in a list (a chart's skills, top to bottom): arrow keys to the one before or after. */
export const rovingList = (keys: () => string[]) =>
  new Roving(keys, (from, move) => navInList(keys(), from, move));
