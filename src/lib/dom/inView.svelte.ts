/**
 * What part of a large chart is on screen, so that it draws only that (`layout/matrixWindow.ts`
 * says which rows and columns), and whether the page is being printed (then it draws everything).
 * Both are created while a chart component initialises: their effects belong to the component.
 */
import { flushSync } from 'svelte';
import { visibleArea, type Clip, type VisibleArea } from '../layout/matrixWindow';
import { MIN_SCALE } from '../layout/legibility';

/** True between the browser's beforeprint and afterprint, drawn at once (the page is laid out for paper next). */
export class Printing {
  on = $state(false);

  constructor(watch: () => boolean = () => true) {
    $effect(() => {
      if (!watch()) return;
      const set = (on: boolean) => () => {
        this.on = on;
        flushSync();
      };
      const before = set(true);
      const after = set(false);
      addEventListener('beforeprint', before);
      addEventListener('afterprint', after);
      return () => {
        removeEventListener('beforeprint', before);
        removeEventListener('afterprint', after);
      };
    });
  }
}

interface InViewInput {
  svg: () => SVGSVGElement | undefined;
  /** The box that scrolls the chart sideways, when not the chart's parent. */
  frame?: () => Element | null | undefined;
  /** The chart's width in its own units. */
  width: () => number;
  /** While true, the area is measured on every scroll (the chart's own frame's too) and resize. */
  watching: () => boolean;
}

export class InView {
  /**
   * The visible area in chart units. Until it is measured, the top left of the chart is assumed to
   * be in view, so that even the first render of a large chart never draws all of it.
   */
  area = $state<VisibleArea | null>(
    typeof window !== 'undefined'
      ? { x: { start: 0, end: innerWidth / MIN_SCALE }, y: { start: 0, end: innerHeight / MIN_SCALE } }
      : null,
  );
  /** Screen pixels per chart unit, as last measured (the chart shrinks to fit, no further than MIN_SCALE). */
  scale = $state(MIN_SCALE);
  #frame = 0;
  #from: InViewInput;
  /** Where the last measure found the chart, its frame's width for it, and the part of the window it shows. */
  #last: { chart: { left: number; top: number }; frame: number; clip: Clip } | null = null;

  constructor(input: InViewInput) {
    this.#from = input;
    $effect(() => {
      if (!this.#from.watching()) return;
      this.remeasure();
      // Capturing: scrolling the chart's own container does not bubble.
      addEventListener('scroll', this.remeasure, { capture: true, passive: true });
      addEventListener('resize', this.remeasure);
      return () => {
        cancelAnimationFrame(this.#frame);
        this.#frame = 0;
        removeEventListener('scroll', this.remeasure, { capture: true });
        removeEventListener('resize', this.remeasure);
      };
    });
  }

  /** Measures a frame after a change, never in the middle of one (that would lay the page out twice). */
  remeasure = () => {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      this.#measure();
    });
  };

  /**
   * Measures now, once the page's DOM is up to date (call it from an effect): for a change that moves
   * or resizes the chart itself, so that the frame that shows it draws what is then in view, and
   * the next frame has nothing left to do.
   */
  measureNow = () => {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#measure();
  };

  /**
   * For a change of the chart's own width (in its units) that moves nothing else, such as a track
   * switch: works out its new scale and what is then in view without laying the page out in the
   * middle of the change (a forced layout, 6–7 ms of the synthetic framework's switch), from where
   * the last measure found it and the width CSS gives it (its own, no wider than its frame, no
   * narrower than its `min-width`). Measured again in the next frame, which draws anything the
   * guess missed.
   */
  predict = () => {
    const svg = this.#from.svg();
    const last = this.#last;
    if (!svg || !last) return this.measureNow();
    const units = this.#from.width();
    const width = Math.max(parseFloat(svg.style.minWidth) || 0, Math.min(units, last.frame));
    this.scale = width / units;
    this.area = visibleArea(last.chart, last.clip, this.scale);
    this.remeasure();
  };

  #measure() {
    const svg = this.#from.svg();
    if (!svg) return;
    const box = svg.getBoundingClientRect();
    // Not laid out (a hidden view, or no layout at all): what is in view is not known, and the
    // chart keeps the part it draws rather than drawing everything.
    if (box.width === 0) return;
    const frame = this.#from.frame?.() ?? svg.parentElement!;
    const scroller = frame.getBoundingClientRect();
    const clip = {
      left: Math.max(0, scroller.left),
      right: Math.min(innerWidth, scroller.right),
      top: 0,
      bottom: innerHeight,
    };
    this.scale = box.width / this.#from.width();
    this.area = visibleArea(box, clip, this.scale);
    // The width the chart's max-width (100%) allows: the frame's content box.
    const padding = getComputedStyle(frame);
    const inside = frame.clientWidth - parseFloat(padding.paddingLeft) - parseFloat(padding.paddingRight);
    this.#last = { chart: { left: box.left, top: box.top }, frame: inside, clip };
  }
}
