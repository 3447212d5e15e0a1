/**
 * The cells of a large team's heatmap on the page, painted on a canvas: each cell's colour, edge
 * and words, drawn from the same numbers (TEAM_CELL) as TeamCell draws them in SVG for exports,
 * print and small teams. A sort or a filter changes every cell in view, and SVG text is what costs
 * most to lay out and paint again; a canvas paints the same in a fraction of the time. The grid's
 * cells stay in the SVG, over the canvas, for the keyboard, the pointer and screen readers.
 */
import { TEAM_CELL, type TeamLayoutCell } from '../../charts/team/layout';

/** The part of the chart the canvas covers, in the chart's units. */
export interface CanvasRegion {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the page's theme says: the ink (a short cell's edge) and the chart's font. */
export interface CanvasInk {
  ink: string;
  fontFamily: string;
}

/**
 * The region to paint: the visible area widened by `margin`, within the cells' own area (from
 * `left` and `top`, to `right` and `bottom`); null when none of the cells is in it.
 */
export function paintedRegion(
  view: { x: { start: number; end: number }; y: { start: number; end: number } },
  margin: number,
  cells: { left: number; top: number; right: number; bottom: number },
): CanvasRegion | null {
  const x = Math.max(cells.left, Math.floor(view.x.start - margin));
  const y = Math.max(cells.top, Math.floor(view.y.start - margin));
  const right = Math.min(cells.right, Math.ceil(view.x.end + margin));
  const bottom = Math.min(cells.bottom, Math.ceil(view.y.end + margin));
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** A canvas of one's own: the page's, or a stand-in in tests. */
export type MakeCanvas = (width: number, height: number) => HTMLCanvasElement | OffscreenCanvas;

/** The space around a cell's box in its picture, for the heavier edge drawn across the box's edge. */
const PAD = 2;

/**
 * The pictures of the cells, one per look (colours, words, edge), drawn once at the scale they are
 * shown at: a team's cells have few looks (a proficiency and a gap), so each cell in view is then
 * one copy of a picture, not a box and two lines of text laid out and rasterised again.
 */
export class CellPictures {
  #pictures = new Map<string, HTMLCanvasElement | OffscreenCanvas>();
  #look = '';
  #scale = 1;
  #ink: CanvasInk = { ink: '#000000', fontFamily: 'sans-serif' };
  #make: MakeCanvas;

  constructor(make: MakeCanvas) {
    this.#make = make;
  }

  /** How many pictures are drawn (for tests). */
  get size(): number {
    return this.#pictures.size;
  }

  /** Draws at `pixelsPerUnit`, in the theme's `ink` and font, from now on (forgetting the pictures drawn otherwise). */
  use(pixelsPerUnit: number, ink: CanvasInk): void {
    const look = `${pixelsPerUnit}|${ink.ink}|${ink.fontFamily}`;
    if (look === this.#look) return;
    this.#pictures.clear();
    this.#look = look;
    this.#scale = pixelsPerUnit;
    this.#ink = ink;
  }

  /** The cell's picture (its colours, words and edge are its look). */
  get(cell: TeamLayoutCell): HTMLCanvasElement | OffscreenCanvas {
    const { swatch, lines } = cell;
    const key = `${swatch.fill}\u0000${swatch.text}\u0000${swatch.stroke}\u0000${lines[0]}\u0000${lines[1]}${cell.short ? '\u0001' : ''}${cell.dashed ? '\u0002' : ''}`;
    let picture = this.#pictures.get(key);
    if (!picture) {
      const pixelsPerUnit = this.#scale;
      const { ink, fontFamily } = this.#ink;
      const k = TEAM_CELL;
      picture = this.#make(
        Math.ceil((k.width + 2 * PAD) * pixelsPerUnit),
        Math.ceil((k.height + 2 * PAD) * pixelsPerUnit),
      );
      const g = picture.getContext('2d') as CanvasRenderingContext2D | null;
      if (g) {
        g.setTransform(pixelsPerUnit, 0, 0, pixelsPerUnit, PAD * pixelsPerUnit, PAD * pixelsPerUnit);
        drawCell(g, cell, ink, fontFamily);
      }
      this.#pictures.set(key, picture);
    }
    return picture;
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
  const width = Math.max(1, Math.ceil(region.width * pixelsPerUnit));
  const height = Math.max(1, Math.ceil(region.height * pixelsPerUnit));
  // Setting a canvas's size clears it and reallocates it: only when the size changes.
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const g = canvas.getContext('2d') as CanvasRenderingContext2D | null;
  if (!g) return;
  g.clearRect(0, 0, width, height);
  const k = TEAM_CELL;
  pictures.use(pixelsPerUnit, ink);
  for (const cell of cells) {
    const inRegion =
      cell.x < region.x + region.width &&
      cell.x + k.width > region.x &&
      cell.y < region.y + region.height &&
      cell.y + k.height > region.y;
    if (!inRegion) continue;
    g.drawImage(
      pictures.get(cell),
      Math.round((cell.x - PAD - region.x) * pixelsPerUnit),
      Math.round((cell.y - PAD - region.y) * pixelsPerUnit),
    );
  }
}
