/**
 * A large matrix's cells in view, painted on a canvas (canvasPictures.ts says why): each look drawn
 * once, from the same figures (MATRIX_CELL) as MatrixCell draws a cell in SVG for exports, print and
 * smaller matrices (its colour, edge, proficiency and change mark, quieter where nothing changed),
 * and copied to each cell that has it. The grid's cells stay in the SVG over it, named and focusable.
 */
import {
  LookPictures,
  paintPictures,
  type CanvasRegion,
  type CanvasSize,
  type MakeCanvas,
} from './canvasPictures';
import { MATRIX_CELL, badgeWidth, type MatrixCell } from '../../charts/matrix/layout';

/** What the page's theme says, read where the canvas is: its colours, and the cells' font and size. */
export interface MatrixInk {
  /** `--ink`: a changed cell's edge. */
  ink: string;
  /** `--ink-soft`: the words of a cell that is quiet or not asked for. */
  inkSoft: string;
  /** `--page`: the fill of a cell not asked for. */
  page: string;
  fontFamily: string;
  /** `--chart-text-sm`, in pixels. */
  textSize: number;
}

/** The theme's colours and the cells' font, as the page styles the element the canvas is in. */
export function readMatrixInk(style: CSSStyleDeclaration): MatrixInk {
  const read = (name: string, otherwise: string) => style.getPropertyValue(name).trim() || otherwise;
  return {
    ink: read('--ink', style.color),
    inkSoft: read('--ink-soft', style.color),
    page: read('--page', '#ffffff'),
    fontFamily: style.fontFamily,
    textSize: parseFloat(read('--chart-text-sm', '11.5')),
  };
}

/** A cell's look: everything its picture shows (two cells with the same look share a picture). */
function lookOf(cell: MatrixCell): string {
  return [
    cell.width,
    cell.height,
    cell.fill,
    cell.stroke,
    cell.textColour,
    cell.text,
    cell.badge,
    Number(cell.dashed) + 2 * Number(cell.required) + 4 * Number(cell.quiet),
  ].join('\u0000');
}

/** One cell at the origin, as MatrixCell draws it in SVG with the chart's styles. */
export function drawMatrixCell(g: CanvasRenderingContext2D, cell: MatrixCell, ink: MatrixInk): void {
  const k = MATRIX_CELL;
  const changed = cell.badge !== '' && !cell.quiet;
  g.globalAlpha = cell.quiet ? k.quietOpacity : 1;
  g.beginPath();
  g.roundRect(0, 0, cell.width, cell.height, k.radius);
  g.fillStyle = cell.required ? cell.fill : ink.page;
  g.fill();
  g.setLineDash(cell.dashed ? [...k.dash] : []);
  g.lineWidth = changed ? k.changedEdge : k.edge;
  g.strokeStyle = changed ? ink.ink : cell.stroke;
  g.stroke();
  g.setLineDash([]);
  g.globalAlpha = 1;

  // The proficiency: bold in its swatch's text colour; quiet or not asked for, plain in the soft ink.
  const plain = cell.quiet || !cell.required;
  g.textAlign = 'center';
  g.textBaseline = 'alphabetic';
  g.font = `${cell.required ? '' : 'italic '}${plain ? 400 : 700} ${ink.textSize}px ${ink.fontFamily}`;
  g.fillStyle = plain ? ink.inkSoft : cell.textColour;
  g.fillText(cell.text, cell.width / 2, cell.height / 2 + (cell.badge ? k.textDropUnderBadge : k.textDrop));

  if (cell.badge) {
    const width = badgeWidth(cell.badge);
    g.beginPath();
    g.roundRect(cell.width / 2 - width / 2, k.badgeTop, width, k.badgeHeight, k.badgeRadius);
    g.fillStyle = k.badgeFill;
    g.fill();
    g.setLineDash(cell.quiet ? [...k.quietBadgeDash] : []);
    g.lineWidth = k.edge;
    g.strokeStyle = k.badgeInk;
    g.stroke();
    g.setLineDash([]);
    g.font = `700 ${ink.textSize}px ${ink.fontFamily}`;
    g.fillStyle = k.badgeInk;
    g.fillText(cell.badge, cell.width / 2, k.badgeBaseline);
  }
}

/** The matrix's pictures: one per look, at the scale and in the theme the canvas shows. */
export class MatrixPictures extends LookPictures<MatrixCell, MatrixInk> {
  constructor(make: MakeCanvas) {
    super(make, { key: lookOf, size: (cell) => cell, draw: drawMatrixCell });
  }
}

/**
 * Paints the matrix's `cells` in `region` on `canvas` (of `size` device pixels, from its top left
 * corner), at `pixelsPerUnit` device pixels per chart unit, each a copy of its look's picture on
 * whole pixels.
 */
export function paintMatrixCells(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  cells: Iterable<MatrixCell>,
  region: CanvasRegion,
  pixelsPerUnit: number,
  ink: MatrixInk,
  pictures: MatrixPictures,
  size: CanvasSize,
): void {
  pictures.use(pixelsPerUnit, ink);
  paintPictures(
    canvas,
    cells,
    region,
    pixelsPerUnit,
    (cell) => cell,
    (cell) => pictures.get(cell),
    size,
  );
}
