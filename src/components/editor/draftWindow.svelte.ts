/**
 * Which of a draft's rows the editor's grid draws: a large role's rows a window at a time (at 10,000
 * skills, 90,000 cells took seconds to draw and to edit). The window holds the grid's tab stop,
 * moves only when the tab stop leaves it (`slideWindow`), and grows when more rows are asked for.
 */
import { ROWS_AT_ONCE, rowsShown, slideWindow, sliceWords, type RowSlice } from '../../lib/layout/rowWindow';

export class DraftWindow {
  /** Windows of rows asked for beyond the first. */
  more = $state(0);
  #last: RowSlice = { from: 0, to: 0 };
  #total: () => number;
  #focus: () => number;

  /** `total`: the draft's skills; `focus`: the tab stop's row among them (0-based; -1 on the header row). */
  constructor(total: () => number, focus: () => number) {
    this.#total = total;
    this.#focus = focus;
  }

  /** The rows drawn: the same object while they are the same rows, so that moving inside redraws none. */
  rows = $derived.by(() => {
    const total = this.#count();
    // On the header row (-1) the window stays where it is: naming a level moves no skill's row.
    const next = slideWindow(this.#last, rowsShown(total, this.more), total, this.#focusRow());
    if (next.from !== this.#last.from || next.to !== this.#last.to) this.#last = next;
    return this.#last;
  });

  /** What the window shows, in words, and its buttons' words (undefined when it shows every row). */
  words = $derived(sliceWords(this.rows, this.#count(), ['skill', 'skills']));

  // Read through methods: the fields above are worked out lazily, once the constructor has run.
  #count() {
    return this.#total();
  }
  #focusRow() {
    return this.#focus();
  }

  /** Asks for the rows before the window; gives the first of them (0-based), for the focus to go to. */
  showBefore(): number {
    const first = Math.max(0, this.rows.from - ROWS_AT_ONCE);
    this.more += 1;
    return first;
  }

  /**
   * The keyboard went to the header row (Ctrl+Home, PageUp): the window goes back to the first rows
   * with it, where a click on a level's header leaves it where it is.
   */
  toStart() {
    this.#last = { from: 0, to: 0 };
  }

  /** Asks for the rows after the window. */
  showAfter = () => {
    this.more += 1;
  };
}
