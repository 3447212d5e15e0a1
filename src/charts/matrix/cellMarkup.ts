/**
 * A row of the matrix's cells as markup: each requirement's proficiency as colour and as text, and
 * when changes are on, its change mark. The Matrix draws a row with `{@html}`: the browser parses
 * it as it parses a page, with no element made, attribute set or effect kept by script per cell
 * (a matrix with every cell drawn, as exports and print draw it, took 1.3–1.6× the time the same
 * markup alone took; docs/speed.md). Everything from the data is escaped (`escapeMarkup`).
 *
 * A row's markup holds the grid's tab stop as it was when the row was drawn; the grid moves it
 * from then on (Chart.svelte), so that focusing a cell never makes its row's markup anew, which
 * would take away the element that has the focus.
 */
import { escapeMarkup as e } from '../../lib/charts/markup';
import { MATRIX_CELL as k, badgeWidth, type MatrixCell } from './layout';

/**
 * One cell: `row` and `col` its place in the grid (1-based, past the headers), `tabindex` 0 for
 * the grid's one tab stop and -1 for every other cell; `timing`, on the last cell drawn, names its
 * text for Element Timing: when it is painted, the whole matrix is (src/main.ts).
 */
export function cellMarkup(
  cell: MatrixCell,
  row: number,
  col: number,
  tabindex: 0 | -1 = -1,
  timing?: string,
): string {
  const absent = cell.required ? '' : ' absent';
  const middle = cell.x + cell.width / 2;
  const mood = cell.quiet ? ' quiet' : cell.badge !== '' ? ' changed' : '';
  let out =
    `<g role="gridcell" class="cell focusable${mood}" data-row="${row}" data-col="${col}" ` +
    `aria-colindex="${col + 1}" aria-label="${e(cell.ariaLabel)}" tabindex="${tabindex}">` +
    `<rect class="fill${absent}" x="${cell.x}" y="${cell.y}" width="${cell.width}" height="${cell.height}" ` +
    `rx="${k.radius}" fill="${e(cell.fill)}" stroke="${e(cell.stroke)}"` +
    (cell.dashed ? ` stroke-dasharray="${k.dash.join(' ')}"` : '') +
    `></rect><text class="proficiency${absent}" x="${middle}" ` +
    `y="${cell.y + cell.height / 2 + (cell.badge ? k.textDropUnderBadge : k.textDrop)}" fill="${e(cell.textColour)}"` +
    (timing ? ` elementtiming="${e(timing)}"` : '') +
    `>${e(cell.text)}</text>`;
  if (cell.badge) {
    const width = badgeWidth(cell.badge);
    out +=
      `<g class="badge" aria-hidden="true"><rect x="${middle - width / 2}" y="${cell.y + k.badgeTop}" ` +
      `width="${width}" height="${k.badgeHeight}" rx="${k.badgeRadius}"></rect>` +
      `<text x="${middle}" y="${cell.y + k.badgeBaseline}">${e(cell.badge)}</text></g>`;
  }
  return out + '</g>';
}

/**
 * The cells of grid row `row` (1-based) in the given columns (0-based indices into `cells`), left
 * to right; `tabStop` the grid column (1-based) of the tab stop in this row, 0 for none; `timing`
 * names the last one's text (see cellMarkup).
 */
export function rowCellsMarkup(
  cells: MatrixCell[],
  row: number,
  columns: number[],
  tabStop = 0,
  timing?: string,
): string {
  let out = '';
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    const last = i === columns.length - 1;
    out += cellMarkup(cells[c], row, c + 1, tabStop === c + 1 ? 0 : -1, last ? timing : undefined);
  }
  return out;
}
