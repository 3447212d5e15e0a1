/**
 * A chart below the fold need not redraw in the frame of an interaction nobody can see it answer:
 * `new WhileOffScreen(read)` gives, as `current`, what `read()` returns, at once while the chart is
 * on screen (or near it) and, while it is off screen, once the browser is idle. Charts off screen
 * skip style, layout and paint already (`content-visibility: auto`); this spares their script.
 * `observe` is the attachment that tells where the chart is; until it has, the chart is on screen.
 * Create it while a component initialises (it holds an effect).
 */
import { flushSync, untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';

/** How far outside the window a chart still counts as on screen (about a scroll step). */
const NEAR = '200px';

/** Runs `callback` when the browser is next idle (within half a second); gives what cancels it. */
export const whenIdle = (callback: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 50);
  return () => clearTimeout(id);
};

export class WhileOffScreen<T> {
  #read: () => T;
  #onScreen = $state(true);
  #lagging = $state.raw<T>() as T;
  current: T;
  /**
   * Whether the chart has been on screen (or near it) at all, or printed: a chart too large to draw
   * in the frame nobody sees it in may wait for this. True where nothing can tell (no observer).
   */
  seen = $state(typeof IntersectionObserver === 'undefined');

  constructor(read: () => T) {
    this.#read = read;
    this.current = $derived(this.#onScreen ? this.#read() : this.#lagging);
    $effect(() => {
      const next = this.#read();
      if (this.#onScreen) return;
      return whenIdle(() => (this.#lagging = next));
    });
  }

  observe: Attachment<Element> = (element) => {
    if (typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const onScreen = entries[entries.length - 1].isIntersecting;
        // Leaving the screen, the chart keeps what it shows.
        if (!onScreen) this.#lagging = untrack(this.#read);
        this.#onScreen = onScreen;
        if (onScreen) this.seen = true;
      },
      { rootMargin: NEAR },
    );
    observer.observe(element);
    // The chart may be the one printed: on paper it must not lag behind.
    const catchUp = () => {
      this.#lagging = untrack(this.#read);
      this.seen = true;
      flushSync();
    };
    addEventListener('beforeprint', catchUp);
    return () => {
      observer.disconnect();
      removeEventListener('beforeprint', catchUp);
    };
  };
}
