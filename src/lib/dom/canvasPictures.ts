/**
 * Cells painted on a canvas beneath a chart's SVG: a large chart on the page (the team heatmap, the
 * matrix) redraws every cell in view on a sort, a filter, a track switch or a change of marks, and
 * SVG text is what costs most to lay out and paint again. Each look of a cell (its colours, words
 * and edge) is drawn once as a picture at the scale it is shown at, and each cell in view is then
 * one copy of its picture. The grid's cells stay in the SVG, over the canvas, for the keyboard, the
 * pointer and screen readers.
 */

/** The part of the chart the canvas covers, in the chart's units. */
export interface CanvasRegion {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A canvas of one's own: the page's, or a stand-in in tests. */
export type MakeCanvas = (width: number, height: number) => HTMLCanvasElement | OffscreenCanvas;
type Canvas = HTMLCanvasElement | OffscreenCanvas;
/** A picture: an image once drawn (where the browser can make one), else the canvas drawn on. */
export type Picture = Canvas | ImageBitmap;

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

/** How many scales and inks a chart's pictures are kept for. */
const KEPT_LOOKS = 4;

/** The space around a cell's box in its picture, for an edge drawn across the box's edge. */
export const PICTURE_PAD = 2;

/**
 * The pictures of the cells, one per look, drawn once at the scale they are shown at and in the
 * page's theme (`Ink`: its colours and font, as the chart reads them from the page).
 */
export class Pictures<Ink> {
  /** The pictures drawn at each scale and ink lately used, the latest last. */
  #byLook = new Map<string, Map<string, Picture>>();
  #pictures = new Map<string, Picture>();
  #scale = 1;
  #ink: Ink | undefined;
  #make: MakeCanvas;

  constructor(make: MakeCanvas) {
    this.#make = make;
  }

  /** How many pictures are drawn at the scale and in the ink in use (for tests). */
  get size(): number {
    return this.#pictures.size;
  }

  /**
   * Draws at `pixelsPerUnit`, in the theme's `ink`, from now on. The pictures drawn at the last few
   * scales and inks are kept: a track switch changes a matrix's width, and so its scale on the
   * page, and switching back draws nothing anew.
   */
  use(pixelsPerUnit: number, ink: Ink): void {
    const look = `${pixelsPerUnit}|${JSON.stringify(ink)}`;
    let pictures = this.#byLook.get(look);
    if (pictures === this.#pictures) return;
    if (pictures) this.#byLook.delete(look);
    else pictures = new Map();
    this.#byLook.set(look, pictures);
    if (this.#byLook.size > KEPT_LOOKS) this.#byLook.delete(this.#byLook.keys().next().value!);
    this.#pictures = pictures;
    this.#scale = pixelsPerUnit;
    this.#ink = ink;
  }

  /**
   * The picture of the look named `key`: a box `width` × `height` chart units and its padding,
   * drawn by `draw` the first time it is asked for (the box at the origin, in chart units).
   */
  get(
    key: string,
    width: number,
    height: number,
    draw: (g: CanvasRenderingContext2D, ink: Ink) => void,
  ): Picture {
    let picture = this.#pictures.get(key);
    if (!picture) {
      const pixelsPerUnit = this.#scale;
      const canvas = this.#make(
        Math.ceil((width + 2 * PICTURE_PAD) * pixelsPerUnit),
        Math.ceil((height + 2 * PICTURE_PAD) * pixelsPerUnit),
      );
      const g = canvas.getContext('2d') as CanvasRenderingContext2D | null;
      if (g && this.#ink !== undefined) {
        const pad = PICTURE_PAD * pixelsPerUnit;
        g.setTransform(pixelsPerUnit, 0, 0, pixelsPerUnit, pad, pad);
        draw(g, this.#ink);
      }
      // An image, not the canvas: copying a canvas takes a snapshot of it each time (a copy of its
      // pixels), and a chart copies each picture to hundreds of cells per paint.
      picture = 'transferToImageBitmap' in canvas ? canvas.transferToImageBitmap() : canvas;
      this.#pictures.set(key, picture);
    }
    return picture;
  }
}

/** How a chart's cells become pictures: a cell's look (cells of one look share a picture), the size of its box, and how it is drawn at the origin. */
export interface Looks<Cell, Ink> {
  key(cell: Cell): string;
  size(cell: Cell): { width: number; height: number };
  draw(g: CanvasRenderingContext2D, cell: Cell, ink: Ink): void;
}

/** A chart's pictures of its cells, one per look (Pictures, keyed by `looks`). */
export class LookPictures<Cell, Ink> {
  #pictures: Pictures<Ink>;
  #looks: Looks<Cell, Ink>;

  constructor(make: MakeCanvas, looks: Looks<Cell, Ink>) {
    this.#pictures = new Pictures(make);
    this.#looks = looks;
  }

  /** How many pictures are drawn at the scale and in the ink in use (for tests). */
  get size(): number {
    return this.#pictures.size;
  }

  /** Draws at `pixelsPerUnit`, in the theme's `ink`, from now on (Pictures.use). */
  use(pixelsPerUnit: number, ink: Ink): void {
    this.#pictures.use(pixelsPerUnit, ink);
  }

  /** The cell's picture, drawn the first time its look is asked for. */
  get(cell: Cell): Picture {
    const { width, height } = this.#looks.size(cell);
    return this.#pictures.get(this.#looks.key(cell), width, height, (g, ink) =>
      this.#looks.draw(g, cell, ink),
    );
  }
}

/** A cell to paint: its box in chart units. */
export interface PaintedBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A canvas's size in device pixels. */
export interface CanvasSize {
  width: number;
  height: number;
}

/** The device pixels that `region` covers at `pixelsPerUnit`. */
export const regionSize = (region: CanvasRegion, pixelsPerUnit: number): CanvasSize => ({
  width: Math.max(1, Math.ceil(region.width * pixelsPerUnit)),
  height: Math.max(1, Math.ceil(region.height * pixelsPerUnit)),
});

/**
 * A canvas size that holds `region` at `pixelsPerUnit`: `current` where it is large enough, else
 * grown to the next multiple of `step` pixels. A canvas given a new size is cleared and made anew,
 * and so is what the browser shows of it: a chart whose region changes with each scroll, track or
 * scale keeps one canvas as large as it has needed.
 */
export function grownSize(
  current: CanvasSize,
  region: CanvasRegion,
  pixelsPerUnit: number,
  step = 256,
): CanvasSize {
  const needed = regionSize(region, pixelsPerUnit);
  const grow = (have: number, need: number) => (have >= need ? have : Math.ceil(need / step) * step);
  const width = grow(current.width, needed.width);
  const height = grow(current.height, needed.height);
  return width === current.width && height === current.height ? current : { width, height };
}

/**
 * Paints `cells` on `canvas`, which covers `region` at `pixelsPerUnit` device pixels per chart
 * unit (the chart's scale on screen times the device's pixel ratio) from its top left corner, and
 * is `size` (the region's size unless said): each cell whose box (`boxOf`) is in the region is a
 * copy of its picture (`pictureOf`) placed on whole pixels.
 */
export function paintPictures<Cell>(
  canvas: Canvas,
  cells: Iterable<Cell>,
  region: CanvasRegion,
  pixelsPerUnit: number,
  boxOf: (cell: Cell) => PaintedBox,
  pictureOf: (cell: Cell) => Picture,
  { width, height }: CanvasSize = regionSize(region, pixelsPerUnit),
): void {
  // Setting a canvas's size clears it and reallocates it: only when the size changes.
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const g = canvas.getContext('2d') as CanvasRenderingContext2D | null;
  if (!g) return;
  g.clearRect(0, 0, width, height);
  for (const cell of cells) {
    const box = boxOf(cell);
    const inRegion =
      box.x < region.x + region.width &&
      box.x + box.width > region.x &&
      box.y < region.y + region.height &&
      box.y + box.height > region.y;
    if (!inRegion) continue;
    g.drawImage(
      pictureOf(cell),
      Math.round((box.x - PICTURE_PAD - region.x) * pixelsPerUnit),
      Math.round((box.y - PICTURE_PAD - region.y) * pixelsPerUnit),
    );
  }
}

/**
 * The page's theme as a canvas paints it (`read` takes what it needs from the styles of the element
 * the canvas is in): read once the page shows `theme`, and again only for another theme.
 */
export function themeInk<Ink>(read: (style: CSSStyleDeclaration) => Ink) {
  let last: { theme: string; ink: Ink } | undefined;
  return (element: Element, theme: string): Ink => {
    if (last?.theme !== theme) last = { theme, ink: read(getComputedStyle(element)) };
    return last.ink;
  };
}

/**
 * Paints once the page's updates are done, in the same frame: of the paints asked for meanwhile (a
 * new layout changes the cells, then the region and scale measured once it is shown; a new theme is
 * set on the page by an effect that may run after the canvas's), only the last is made.
 */
export function paintOnce() {
  let paint: (() => void) | undefined;
  return (next: () => void): void => {
    if (!paint)
      queueMicrotask(() => {
        const latest = paint;
        paint = undefined;
        latest?.();
      });
    paint = next;
  };
}
