/**
 * What part of the matrix to draw on the page: a large matrix draws only the rows and columns in
 * view (`matrixWindow.ts` says which), measured on scroll and resize, and every one of them when
 * printed. Created while the Matrix component initialises (its effects belong to the component).
 */
import { untrack } from 'svelte';
import type { MatrixLayout } from './layout';
import type { GridPosition } from '../../lib/layout/gridNav';
import { WINDOW_MARGIN, WINDOW_MIN_CELLS, bandPicker, revealScroll } from '../../lib/layout/matrixWindow';
import { paintedRegion } from '../../lib/dom/canvasPictures';
import { InView, Printing } from '../../lib/dom/inView.svelte';

interface ViewportInput {
  /** Drawn as part of the page (not for an export or a slide). */
  onPage: () => boolean;
  svg: () => SVGSVGElement | undefined;
  layout: () => MatrixLayout;
  /** The grid's active position (its one tab stop). */
  active: () => GridPosition;
}

export class MatrixViewport {
  #printing: Printing;
  #inView: InView;
  get printing() {
    return this.#printing.on;
  }
  /** The visible area in chart units (see InView). */
  get area() {
    return this.#inView.area;
  }
  /** Screen pixels per chart unit, as last measured (see InView). */
  get scale() {
    return this.#inView.scale;
  }
  /** True while only the part in view is drawn. */
  windowing = $derived.by(() => {
    const { rows, columns } = this.#layout();
    return this.#from.onPage() && !this.printing && rows.length * columns.length > WINDOW_MIN_CELLS;
  });
  #rowBands = $derived(this.#layout().rows.map((row) => ({ start: row.y, size: row.height })));
  #columnBands = $derived(this.#layout().columns.map((column) => ({ start: column.x, size: column.width })));
  // Kept the same while the drawn indices do not change, so that scrolling redraws nothing.
  #pick = { rows: bandPicker(), columns: bandPicker() };
  /** The row indices to draw. The active cell (the grid's one tab stop) is always drawn. */
  rows = $derived(this.#pick.rows(this.#rowBands, this.area?.y, this.windowing, [this.#active().row - 1]));
  /** The column indices to draw. */
  columns = $derived(
    this.#pick.columns(this.#columnBands, this.area?.x, this.windowing, [this.#active().col - 1]),
  );

  /**
   * While only the part in view is drawn, its cells are painted on a canvas (MatrixCanvas): the
   * region it covers (the view and a margin, within the cells' area), in chart units.
   */
  painted = $derived.by(() => {
    const layout = this.#layout();
    if (!this.windowing || !this.area) return null;
    return paintedRegion(this.area, WINDOW_MARGIN, {
      left: layout.rowHeaderWidth,
      top: layout.headerHeight,
      right: layout.width,
      bottom: layout.height,
    });
  });

  /** The cells drawn, row by row: those the canvas paints while only part is drawn. */
  cellsInView = $derived.by(() => {
    if (!this.painted) return [];
    const layout = this.#layout();
    return this.rows.flatMap((r) => {
      const cells = layout.rowCells(r);
      return this.columns.map((c) => cells[c]);
    });
  });

  /**
   * How far the chart is scrolled sideways past its row headers, in chart units (0: not): any matrix
   * on the page that scrolls sideways (on a phone, the DevOps one does) keeps its skill names in view.
   */
  stickyX = $derived.by(() =>
    this.#from.onPage() && !this.printing && this.area ? Math.max(0, this.area.x.start) : 0,
  );
  /**
   * How far the page is scrolled down past the chart's top, in chart units (0: not), up to where
   * the header would pass the last row.
   */
  stickyY = $derived.by(() => {
    if (!this.windowing || !this.area) return 0;
    const { height, headerHeight } = this.#layout();
    // Under a unit (the top of the chart at the top of the window, give or take rounding): the
    // header itself is in view.
    return this.area.y.start < 1 ? 0 : Math.min(this.area.y.start, height - headerHeight);
  });

  #from: ViewportInput;

  constructor(input: ViewportInput) {
    this.#from = input;
    this.#printing = new Printing(() => this.#from.onPage());
    this.#inView = new InView({
      svg: () => this.#from.svg(),
      width: () => this.#layout().width,
      watching: () => this.windowing,
    });
    // A matrix drawn whole is measured only when its frame scrolls sideways, for the skill names.
    $effect(() => {
      const scroller = this.#from.svg()?.parentElement;
      if (!this.#from.onPage() || this.windowing || !scroller) return;
      scroller.addEventListener('scroll', this.remeasure, { passive: true });
      return () => scroller.removeEventListener('scroll', this.remeasure);
    });
    // A new layout (another track, another role) can resize the chart: worked out in the same
    // frame, so that this frame draws (and paints on the canvas) what is then in view rather than
    // what was, for the next frame to draw again; and worked out rather than measured, so that the
    // page is not laid out in the middle of the change (InView.predict; measured in the next frame).
    $effect(() => {
      void this.#layout();
      if (untrack(() => this.windowing)) this.#inView.predict();
    });
  }

  #layout() {
    return this.#from.layout();
  }
  #active() {
    return this.#from.active();
  }

  remeasure = () => this.#inView.remeasure();

  /**
   * Focuses a cell and scrolls it fully into view. On a large matrix, also clear of the copies of
   * the header and the skill names kept in view: the browser's own scrolling would leave a cell at
   * the window's top edge, or the frame's left edge, under them.
   */
  focusInView = (element: SVGElement) => {
    const svg = this.#from.svg();
    if (!this.windowing || !svg) {
      element.focus();
      return;
    }
    element.focus({ preventScroll: true });
    const layout = this.#layout();
    const chart = svg.getBoundingClientRect();
    const scale = chart.width / layout.width;
    const scroller = svg.parentElement!;
    const { dx, dy } = revealScroll(element.getBoundingClientRect(), {
      chartTop: chart.top,
      frame: scroller.getBoundingClientRect(),
      scrolledSideways: scroller.scrollLeft > 0,
      windowHeight: innerHeight,
      header: layout.headerHeight * scale,
      names: layout.rowHeaderWidth * scale,
      margin: 8,
    });
    if (dy) scrollBy({ top: dy });
    if (dx) scroller.scrollLeft += dx;
  };
}
