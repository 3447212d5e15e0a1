/**
 * The cells of a large team's heatmap on the page, painted on a canvas: each cell's colour, edge
 * and words, drawn from the same numbers (TEAM_CELL) as TeamCell draws them in SVG for exports,
 * print and small teams. A sort or a filter changes every cell in view, and SVG text is what costs
 * most to lay out and paint again; a canvas paints the same in a fraction of the time. The grid's
 * cells stay in the SVG, over the canvas, for the keyboard, the pointer and screen readers.
 */
import { TEAM_CELL, type TeamLayoutCell } from '../../charts/team/layout';
import { LookPictures, paintPictures, type CanvasRegion, type MakeCanvas } from './canvasPictures';

export type { CanvasRegion } from './canvasPictures';

/** What the page's theme says: the ink (a short cell's edge) and the chart's font. */
export interface CanvasInk {
  ink: string;
  fontFamily: string;
}

/**
 * The pictures of the cells, one per look (colours, words, edge): a team's cells have few looks (a
 * proficiency and a gap), so each cell in view is one copy of a picture, not a box and two lines
 * of text laid out and rasterised again.
 */
export class CellPictures extends LookPictures<TeamLayoutCell, CanvasInk> {
  constructor(make: MakeCanvas) {
    super(make, {
      key: ({ swatch, lines, short, dashed }) =>
        `${swatch.fill}\u0000${swatch.text}\u0000${swatch.stroke}\u0000${lines[0]}\u0000${lines[1]}${short ? '\u0001' : ''}${dashed ? '\u0002' : ''}`,
      size: () => TEAM_CELL,
      draw: (g, cell, { ink, fontFamily }) => drawCell(g, cell, ink, fontFamily),
    });
  }
}

/** One cell at the origin, as TeamCell draws it in SVG. */
function drawCell(g: CanvasRenderingContext2D, cell: TeamLayoutCell, ink: string, fontFamily: string) {
  const k = TEAM_CELL;
  g.beginPath();
  g.roundRect(0, 0, k.width, k.height, k.radius);
  g.fillStyle = cell.swatch.fill;
  g.fill();
  g.setLineDash(cell.dashed ? [...k.dash] : []);
  g.lineWidth = cell.short ? k.shortEdge : k.edge;
  g.strokeStyle = cell.short ? ink : cell.swatch.stroke;
  g.stroke();
  g.setLineDash([]);
  g.textAlign = 'center';
  g.textBaseline = 'alphabetic';
  g.fillStyle = cell.swatch.text;
  g.font = `${k.textSize}px ${fontFamily}`;
  g.fillText(cell.lines[0], k.width / 2, cell.lines[1] ? k.lineOne : k.lineAlone);
  if (cell.lines[1]) {
    g.font = `700 ${k.textSize}px ${fontFamily}`;
    g.fillText(cell.lines[1], k.width / 2, k.lineTwo);
  }
}

/**
 * Paints `cells` on `canvas`, which covers `region` at `pixelsPerUnit` device pixels per chart
 * unit (the chart's scale on screen times the device's pixel ratio), each cell a copy of its
 * picture placed on whole pixels; cells outside the region are left out.
 */
export function paintTeamCells(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  cells: readonly TeamLayoutCell[],
  region: CanvasRegion,
  pixelsPerUnit: number,
  ink: CanvasInk,
  pictures: CellPictures,
): void {
  pictures.use(pixelsPerUnit, ink);
  const { width, height } = TEAM_CELL;
  paintPictures(
    canvas,
    cells,
    region,
    pixelsPerUnit,
    (cell) => ({ x: cell.x, y: cell.y, width, height }),
    (cell) => pictures.get(cell),
  );
}
