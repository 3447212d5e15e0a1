/**
 * The matrix as an ARIA grid: one tab stop (roving tabindex) that follows focus, then the
 * selection; arrow keys, Home/End and PageUp/PageDown move it (`gridNav.ts` does the maths); and
 * pointer, focus and key events on any cell or header become calls on the shared Explorer state.
 * The events are handled once, on the grid, for all its cells, and it gives the tab stop to the
 * rows drawn as markup (`keepTabStop`). Created while the Matrix component initialises.
 */
import { tick } from 'svelte';
import { letGo, sameTarget } from '../../lib/dom/pointsAt';
import type { Explorer, Target } from '../../lib/state/explorer.svelte';
import type { MatrixLayout } from './layout';
import { navInGrid, positionOf, targetAt, type GridPosition } from '../../lib/layout/gridNav';

export class MatrixGrid {
  #explorer: Explorer;
  #layoutOf: () => MatrixLayout;
  #svg: () => SVGSVGElement | undefined;
  #focusInView: (element: SVGElement) => void;

  /** Rows and columns, the headers included. */
  rowCount = $derived(this.#layout().rows.length + 1);
  colCount = $derived(this.#layout().columns.length + 1);
  #skillIds = $derived(this.#layout().rows.map((r) => r.skill.id));
  #levelIds = $derived(this.#layout().columns.map((c) => c.level.id));

  /** The one position in the tab order: focus, else selection, else the first cell. */
  active: GridPosition = $derived.by(() => {
    const { focus, selection } = this.#explorer;
    return (
      (focus && this.#positionOf(focus)) ??
      (selection.levelId || selection.skillId ? this.#positionOf(selection) : null) ?? {
        row: Math.min(1, this.rowCount - 1),
        col: Math.min(1, this.colCount - 1),
      }
    );
  });
  /** The cell that has keyboard focus, for the one focus ring (a header draws its own). */
  focusedCell = $derived.by(() => {
    const position = this.#explorer.focus && this.#positionOf(this.#explorer.focus);
    return position && position.row > 0 && position.col > 0
      ? this.#layout().rowCells(position.row - 1)[position.col - 1]
      : null;
  });

  /** `focusInView` focuses a cell and scrolls it into view (by default, as the browser does). */
  constructor(
    explorer: Explorer,
    layout: () => MatrixLayout,
    svg: () => SVGSVGElement | undefined,
    focusInView: (element: SVGElement) => void = (element) => element.focus(),
  ) {
    this.#explorer = explorer;
    this.#layoutOf = layout;
    this.#svg = svg;
    this.#focusInView = focusInView;
  }

  #layout() {
    return this.#layoutOf();
  }

  /** 0 for the active position, -1 for every other. */
  tabindex = (row: number, col: number) => (this.active.row === row && this.active.col === col ? 0 : -1);

  /**
   * Rows drawn as markup (rowMarkup.ts: the row headers, and the cells unless `overCanvas`, when
   * the cells over the canvas hold their own) are not drawn anew when the tab stop moves: that
   * would take away the element that has the focus. A row's markup holds the tab stop as it was
   * when the row was drawn; from then on the active header or cell is given it here, and gives it
   * back when it moves. `drawn` reads what draws rows anew. Call while the component initialises.
   */
  keepTabStop(overCanvas: () => boolean, drawn: () => unknown) {
    $effect(() => {
      const { row, col } = this.active;
      if (row < 1 || (col > 0 && overCanvas())) return;
      drawn();
      const role = col === 0 ? 'rowheader' : 'gridcell';
      const element = this.#svg()?.querySelector(`[role="${role}"][data-row="${row}"][data-col="${col}"]`);
      element?.setAttribute('tabindex', '0');
      return () => element?.setAttribute('tabindex', '-1');
    });
  }

  #positionOf(target: Target) {
    return positionOf(target, this.#skillIds, this.#levelIds);
  }
  #targetAt(position: GridPosition): Target {
    return targetAt(position, this.#skillIds, this.#levelIds);
  }
  #targetOf(event: Event): Target | null {
    const element = (event.target as Element).closest<SVGElement>('[data-row]');
    if (!element) return null;
    return this.#targetAt({ row: Number(element.dataset.row), col: Number(element.dataset.col) });
  }
  async #focus(position: GridPosition) {
    this.#explorer.focus = this.#targetAt(position);
    await tick(); // the cell is drawn now, even in a large matrix that draws only what is in view
    const cell = this.#svg()?.querySelector<SVGElement>(
      `[data-row="${position.row}"][data-col="${position.col}"]`,
    );
    if (cell) this.#focusInView(cell);
  }

  onkeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      const target = this.#targetOf(event);
      if (target) this.#explorer.select(target);
      event.preventDefault();
      return;
    }
    if (event.key === 'Escape') {
      this.#explorer.select({ levelId: null, skillId: null });
      return;
    }
    const next = navInGrid(
      this.active,
      event.key,
      event.ctrlKey || event.metaKey,
      this.rowCount,
      this.colCount,
    );
    if (!next) return;
    event.preventDefault();
    void this.#focus(next);
  };
  onclick = (event: MouseEvent) => {
    const target = this.#targetOf(event);
    if (target) this.#explorer.select(target);
  };
  onfocusin = (event: FocusEvent) => {
    this.#explorer.focus = this.#targetOf(event);
  };
  onfocusout = (event: FocusEvent) => {
    if (this.#svg()?.contains(event.relatedTarget as Node | null)) return;
    const left = this.#targetOf(event);
    letGo(() => sameTarget(this.#explorer.focus, left) && (this.#explorer.focus = null));
  };
  onpointerover = (event: PointerEvent) => {
    this.#explorer.hover = this.#targetOf(event);
  };
  onpointerleave = () => {
    this.#explorer.hover = null;
  };
}
