/**
 * A row of the matrix as markup: the skill's row header, and each requirement's proficiency as
 * colour and as text with, when changes are on, its change mark. The Matrix draws a row with
 * `{@html}`: the browser parses it as it parses a page, with no element made, attribute set or
 * effect kept by script per cell (a matrix with every cell drawn, as exports and print draw it,
 * took 1.3–1.6× the time the same markup alone took; docs/speed.md). Everything from the data is
 * escaped (`escapeMarkup`).
 *
 * A row's markup holds the grid's tab stop as it was when the row was drawn; the grid moves it
 * from then on (MatrixGrid.keepTabStop), so that focusing a cell never makes its row's markup anew, which
 * would take away the element that has the focus.
 */
import { escapeMarkup as e } from '../../lib/charts/markup';
import { MATRIX_CELL as k, badgeWidth, type MatrixCell, type MatrixRow } from './layout';

/** A skill's name on its lines, centred in its row: in its row header, and in the copy kept in view. */
export function rowLabelMarkup(row: MatrixRow): string {
  let out = `<text class="label" x="14" y="${row.y + row.height / 2 - (row.lines.length - 1) * 8 + 5}">`;
  for (let i = 0; i < row.lines.length; i++)
    out += `<tspan x="14" dy="${i === 0 ? 0 : 16}">${e(row.lines[i])}</tspan>`;
  return out + '</text>';
}

/**
 * A skill's row header (activating it shows the skill's description): `width` the skill names'
 * column, `index` its grid row (1-based past the header row), `tabindex` 0 for the grid's tab stop.
 */
export function rowHeaderMarkup(row: MatrixRow, width: number, index: number, tabindex: 0 | -1 = -1): string {
  return (
    `<g role="rowheader" class="row-header focusable" data-row="${index}" data-col="0" aria-colindex="1" ` +
    `tabindex="${tabindex}" aria-label="${e(row.skill.name)}">` +
    `<rect class="ring" x="2" y="${row.y}" width="${width - 6}" height="${row.height}" rx="4"></rect>` +
    `${rowLabelMarkup(row)}</g>`
  );
}

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
 * A whole row: its header, then its cells in the given columns (0-based indices into `cells`), left
 * to right. `header` and `width` as for rowHeaderMarkup; `row` the grid row (1-based past the
 * header row); `tabStop` the grid column of the tab stop in this row (0 the row header, 1 the first
 * cell), -1 for none; `timing` names the last cell's text (see cellMarkup).
 */
export function rowMarkup(
  header: MatrixRow,
  width: number,
  cells: MatrixCell[],
  row: number,
  columns: number[],
  tabStop = -1,
  timing?: string,
): string {
  let out = rowHeaderMarkup(header, width, row, tabStop === 0 ? 0 : -1);
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    const last = i === columns.length - 1;
    out += cellMarkup(cells[c], row, c + 1, tabStop === c + 1 ? 0 : -1, last ? timing : undefined);
  }
  return out;
}
