/**
 * A large matrix's cells painted on a canvas: each look drawn once, as MatrixCell draws a cell in SVG
 * (its colour, edge, proficiency and change mark; quieter where nothing changed), and the cells in
 * view copied from their pictures, the same whether the window's cells or every cell is handed in.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { syntheticFramework } from '../../../tests/bench/synthetic';
import { FakeCanvas, asCanvas } from '../../../tests/unit/fakeCanvas';
import { devopsFramework } from '../../../tests/unit/fixtures';
import { arbitraryFramework } from '../../../tests/unit/arbitraryFramework';
import { indexRole, visibleLevels } from '../model/framework';
import { validateFramework } from '../model/schema';
import {
  MATRIX_CELL,
  badgeWidth,
  layoutMatrix,
  type MatrixCell,
  type MatrixLayout,
} from '../../charts/matrix/layout';
import { WINDOW_MARGIN, bandsInView } from '../layout/matrixWindow';
import { MatrixPictures, drawMatrixCell, paintMatrixCells, type MatrixInk } from './matrixCanvas';
import { paintedRegion, regionSize } from './canvasPictures';

const ink: MatrixInk = {
  ink: '#1b1f24',
  inkSoft: '#4a5560',
  page: '#ffffff',
  fontFamily: 'Test Sans',
  textSize: 11.5,
};

function syntheticLayout(
  showChanges: boolean,
  framework = validateFramework(syntheticFramework()),
): MatrixLayout {
  const index = indexRole(framework, framework.roles[0]);
  return layoutMatrix(index, { levels: visibleLevels(index.role, null), showChanges });
}
const cellsOf = (layout: MatrixLayout) => layout.rows.flatMap((_, r) => layout.rowCells(r));
/** A cell that is so: the first in the synthetic framework, or in DevOps (whose levels repeat some requirements). */
function find(showChanges: boolean, is: (cell: MatrixCell) => boolean): MatrixCell {
  const cell =
    cellsOf(syntheticLayout(showChanges)).find(is) ??
    cellsOf(syntheticLayout(showChanges, devopsFramework())).find(is);
  if (!cell) throw new Error('no such cell');
  return cell;
}
function drawn(cell: MatrixCell) {
  const canvas = new FakeCanvas();
  drawMatrixCell(canvas.context as unknown as CanvasRenderingContext2D, cell, ink);
  return canvas.context;
}

describe('drawMatrixCell', () => {
  it('draws a required cell in its colours: its box, its edge, and its proficiency in bold', () => {
    const cell = find(false, (c) => c.required);
    const g = drawn(cell);
    expect(g.named('roundRect')[0].args).toEqual([0, 0, cell.width, cell.height, MATRIX_CELL.radius]);
    expect(g.named('fill')[0]).toMatchObject({ fillStyle: cell.fill, globalAlpha: 1 });
    expect(g.named('stroke')[0]).toMatchObject({
      strokeStyle: cell.stroke,
      lineWidth: MATRIX_CELL.edge,
      dash: [],
    });
    expect(g.named('fillText')).toHaveLength(1);
    expect(g.named('fillText')[0]).toMatchObject({
      args: [cell.text, cell.width / 2, cell.height / 2 + MATRIX_CELL.textDrop],
      fillStyle: cell.textColour,
      font: '700 11.5px Test Sans',
    });
  });

  it('draws a cell not asked for on the page, dashed, its words plain, italic and soft', () => {
    const cell = find(false, (c) => !c.required);
    const g = drawn(cell);
    expect(g.named('fill')[0].fillStyle).toBe(ink.page);
    expect(g.named('stroke')[0]).toMatchObject({ strokeStyle: cell.stroke, dash: [...MATRIX_CELL.dash] });
    expect(g.named('fillText')[0]).toMatchObject({
      args: ['not required', cell.width / 2, cell.height / 2 + MATRIX_CELL.textDrop],
      fillStyle: ink.inkSoft,
      font: 'italic 400 11.5px Test Sans',
    });
  });

  it('draws a changed cell with its mark: the heavier edge in the ink, a pill, and its words lower', () => {
    const cell = find(true, (c) => c.badge !== '' && !c.quiet && c.required);
    const g = drawn(cell);
    expect(g.named('stroke')[0]).toMatchObject({ strokeStyle: ink.ink, lineWidth: MATRIX_CELL.changedEdge });
    const width = badgeWidth(cell.badge);
    expect(g.named('roundRect')[1].args).toEqual([
      cell.width / 2 - width / 2,
      MATRIX_CELL.badgeTop,
      width,
      MATRIX_CELL.badgeHeight,
      MATRIX_CELL.badgeRadius,
    ]);
    expect(g.named('fill')[1].fillStyle).toBe(MATRIX_CELL.badgeFill);
    expect(g.named('stroke')[1]).toMatchObject({ strokeStyle: MATRIX_CELL.badgeInk, dash: [] });
    const [proficiency, badge] = g.named('fillText');
    expect(proficiency.args).toEqual([
      cell.text,
      cell.width / 2,
      cell.height / 2 + MATRIX_CELL.textDropUnderBadge,
    ]);
    expect(badge).toMatchObject({
      args: [cell.badge, cell.width / 2, MATRIX_CELL.badgeBaseline],
      fillStyle: MATRIX_CELL.badgeInk,
      font: '700 11.5px Test Sans',
    });
  });

  it('fades the box of a cell where nothing changed, and writes its proficiency plain in the soft ink', () => {
    const cell = find(true, (c) => c.quiet && c.required);
    const g = drawn(cell);
    expect(g.named('fill')[0]).toMatchObject({ fillStyle: cell.fill, globalAlpha: MATRIX_CELL.quietOpacity });
    expect(g.named('stroke')[0]).toMatchObject({
      globalAlpha: MATRIX_CELL.quietOpacity,
      lineWidth: MATRIX_CELL.edge,
    });
    expect(g.named('fillText')[0]).toMatchObject({
      globalAlpha: 1,
      fillStyle: ink.inkSoft,
      font: '400 11.5px Test Sans',
    });
  });
});

describe('MatrixPictures', () => {
  it('draws each look once: cells that look the same share a picture', () => {
    let made = 0;
    const pictures = new MatrixPictures((w, h) => (made++, asCanvas(new FakeCanvas(w, h))));
    pictures.use(0.75, ink);
    const cells = cellsOf(syntheticLayout(true));
    for (const cell of cells) pictures.get(cell);
    const looks = new Set(
      cells.map((c) => [c.width, c.height, c.fill, c.text, c.badge, c.quiet, c.required, c.dashed].join('|')),
    );
    expect(made).toBe(looks.size);
    expect(made).toBeLessThan(cells.length / 10);
  });

  it('keeps the pictures of the last scales used: switching back to one draws nothing anew', () => {
    let made = 0;
    const pictures = new MatrixPictures((w, h) => (made++, asCanvas(new FakeCanvas(w, h))));
    const cell = cellsOf(syntheticLayout(false))[0];
    for (const scale of [0.75, 1, 0.75, 1]) {
      pictures.use(scale, ink);
      pictures.get(cell);
    }
    expect(made).toBe(2);
    // Another theme's ink is another look.
    pictures.use(1, { ...ink, ink: '#eef1f4' });
    pictures.get(cell);
    expect(made).toBe(3);
  });

  it('keeps an image of each picture, where the browser can make one, not the canvas it was drawn on', () => {
    const image = { width: 10, height: 10 } as unknown as ImageBitmap;
    const pictures = new MatrixPictures(
      (w, h) =>
        Object.assign(new FakeCanvas(w, h), {
          transferToImageBitmap: () => image,
        }) as unknown as OffscreenCanvas,
    );
    pictures.use(1, ink);
    expect(pictures.get(cellsOf(syntheticLayout(false))[0])).toBe(image);
  });
});

describe('paintMatrixCells', () => {
  it('copies each cell in the region onto whole pixels, from the canvas top left corner', () => {
    const layout = syntheticLayout(false);
    const cells = cellsOf(layout);
    const region = { x: layout.columns[2].x, y: layout.rows[3].y, width: 300, height: 200 };
    const canvas = new FakeCanvas(1024, 768);
    const pictures = new MatrixPictures((w, h) => asCanvas(new FakeCanvas(w, h)));
    paintMatrixCells(asCanvas(canvas), cells, region, 0.75, ink, pictures, { width: 1024, height: 768 });
    // A canvas large enough is kept as it is (resizing one makes it anew).
    expect([canvas.width, canvas.height]).toEqual([1024, 768]);
    const inRegion = cells.filter(
      (c) =>
        c.x < region.x + region.width &&
        c.x + c.width > region.x &&
        c.y < region.y + region.height &&
        c.y + c.height > region.y,
    );
    const draws = canvas.context.named('drawImage');
    expect(draws).toHaveLength(inRegion.length);
    expect(draws[0].args.slice(1)).toEqual([Math.round(-2 * 0.75), Math.round(-2 * 0.75)]);
    for (const { args } of draws) expect(args.slice(1).every(Number.isInteger)).toBe(true);
  });

  it('paints the same from the cells the window draws as from every cell, on random frameworks and views', () => {
    fc.assert(
      fc.property(
        arbitraryFramework,
        fc.boolean(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(0.75, 1, 1.5),
        (framework, showChanges, across, down, scale) => {
          const layout = layoutMatrix(indexRole(framework, framework.roles[0]), {
            levels: visibleLevels(framework.roles[0], null),
            showChanges,
          });
          // A window of the screen's size, somewhere on the chart, in chart units.
          const x = across * layout.width;
          const y = down * layout.height;
          const view = { x: { start: x, end: x + 1000 / scale }, y: { start: y, end: y + 800 / scale } };
          const region = paintedRegion(view, WINDOW_MARGIN, {
            left: layout.rowHeaderWidth,
            top: layout.headerHeight,
            right: layout.width,
            bottom: layout.height,
          });
          if (!region) return;
          const rows = bandsInView(
            layout.rows.map((row) => ({ start: row.y, size: row.height })),
            view.y,
            WINDOW_MARGIN,
          );
          const columns = bandsInView(
            layout.columns.map((column) => ({ start: column.x, size: column.width })),
            view.x,
            WINDOW_MARGIN,
          );
          const windowed = rows.flatMap((r) => columns.map((c) => layout.rowCells(r)[c]));
          const paint = (cells: MatrixCell[]) => {
            const canvas = new FakeCanvas();
            const pictures = new MatrixPictures((w, h) => asCanvas(new FakeCanvas(w, h)));
            paintMatrixCells(
              asCanvas(canvas),
              cells,
              region,
              scale,
              ink,
              pictures,
              regionSize(region, scale),
            );
            return canvas.context.named('drawImage').map((call) => call.args.slice(1));
          };
          expect(paint(windowed)).toEqual(paint(cellsOf(layout)));
        },
      ),
      { numRuns: 60 },
    );
  });
});
