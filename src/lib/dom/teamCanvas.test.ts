/**
 * A large team's cells painted on a canvas: the region painted, one picture per look drawn as
 * TeamCell draws a cell in SVG, and each cell in the region a copy of its picture on whole pixels.
 */
import { describe, expect, it } from 'vitest';
import { devopsFramework, withTeam } from '../../../tests/unit/fixtures';
import { Explorer } from '../state/explorer.svelte';
import { TEAM_CELL, layoutTeam, type TeamLayoutCell } from '../../charts/team/layout';
import { CellPictures, paintTeamCells } from './teamCanvas';
import { paintedRegion } from './canvasPictures';
import { FakeCanvas, asCanvas } from '../../../tests/unit/fakeCanvas';

const ink = { ink: '#1b1f24', fontFamily: 'Test Sans' };

function laidOutCells() {
  const explorer = new Explorer();
  explorer.load(devopsFramework());
  withTeam(explorer, 8);
  const layout = layoutTeam(explorer.index!, explorer.chartContext!.team!);
  return layout.rows.flatMap((row) => layout.cells(row));
}

describe('paintedRegion', () => {
  const cells = { left: 350, top: 100, right: 1230, bottom: 900 };
  it.each([
    [
      'the view widened by the margin, within the cells',
      { x: [400, 800], y: [200, 500] },
      50,
      { x: 350, y: 150, width: 500, height: 400 },
    ],
    [
      'cut at the far edges',
      { x: [1000, 2000], y: [800, 1600] },
      50,
      { x: 950, y: 750, width: 280, height: 150 },
    ],
    [
      'fractions widened to whole units',
      { x: [400.5, 800.2], y: [200.7, 500.1] },
      0,
      { x: 400, y: 200, width: 401, height: 301 },
    ],
  ])('is %s', (_, view, margin, expected) => {
    expect(
      paintedRegion(
        { x: { start: view.x[0], end: view.x[1] }, y: { start: view.y[0], end: view.y[1] } },
        margin,
        cells,
      ),
    ).toEqual(expected);
  });

  it('is nothing when no cell is in view', () => {
    expect(paintedRegion({ x: { start: 0, end: 300 }, y: { start: 0, end: 500 } }, 10, cells)).toBeNull();
    expect(
      paintedRegion({ x: { start: 400, end: 800 }, y: { start: 950, end: 1500 } }, 10, cells),
    ).toBeNull();
  });
});

describe('CellPictures', () => {
  it('draws a cell as TeamCell does: its box, its edge, and its words', () => {
    const made: FakeCanvas[] = [];
    const pictures = new CellPictures((w, h) => {
      made.push(new FakeCanvas(w, h));
      return asCanvas(made.at(-1)!);
    });
    pictures.use(2, ink);
    const cells = laidOutCells();
    const short = cells.find((c) => c.short)!;
    pictures.get(short);
    const g = made[0].context;
    // The picture holds the box and the heavier edge around it, at two device pixels per unit.
    expect([made[0].width, made[0].height]).toEqual([(TEAM_CELL.width + 4) * 2, (TEAM_CELL.height + 4) * 2]);
    expect(g.named('setTransform')[0].args).toEqual([2, 0, 0, 2, 4, 4]);
    expect(g.named('roundRect')[0].args).toEqual([0, 0, TEAM_CELL.width, TEAM_CELL.height, TEAM_CELL.radius]);
    expect(g.named('fill')[0].fillStyle).toBe(short.swatch.fill);
    // Short of the target: the heavier edge, in the theme's ink.
    expect(g.named('stroke')[0]).toMatchObject({ strokeStyle: ink.ink, lineWidth: TEAM_CELL.shortEdge });
    const [name, gap] = g.named('fillText');
    expect(name).toMatchObject({
      args: [short.lines[0], TEAM_CELL.width / 2, TEAM_CELL.lineOne],
      font: '11px Test Sans',
    });
    expect(gap).toMatchObject({
      args: [short.lines[1], TEAM_CELL.width / 2, TEAM_CELL.lineTwo],
      font: '700 11px Test Sans',
    });
    expect(name.fillStyle).toBe(short.swatch.text);
  });

  it('dashes the edge of a cell not rated or not asked, and centres a lone word', () => {
    const made: FakeCanvas[] = [];
    const pictures = new CellPictures((w, h) => asCanvas((made[made.length] = new FakeCanvas(w, h))));
    pictures.use(1, ink);
    const lone: TeamLayoutCell = {
      ...laidOutCells()[0],
      lines: ['not rated', ''],
      dashed: true,
      short: false,
      swatch: { fill: '#ffffff', text: '#595959', stroke: '#8c8c8c' },
    };
    pictures.get(lone);
    const g = made[0].context;
    expect(g.dashes[0]).toEqual([...TEAM_CELL.dash]);
    expect(g.named('stroke')[0]).toMatchObject({ strokeStyle: '#8c8c8c', lineWidth: TEAM_CELL.edge });
    expect(g.named('fillText').map((c) => c.args)).toEqual([
      ['not rated', TEAM_CELL.width / 2, TEAM_CELL.lineAlone],
    ]);
  });

  it('draws each look once, and again at another scale or in another ink', () => {
    let made = 0;
    const pictures = new CellPictures((w, h) => (made++, asCanvas(new FakeCanvas(w, h))));
    const cells = laidOutCells();
    const looks = new Set(cells.map((c) => `${c.swatch.fill}|${c.lines.join('|')}|${c.short}|${c.dashed}`));
    pictures.use(1, ink);
    for (const cell of cells) pictures.get(cell);
    expect(made).toBe(looks.size);
    expect(made).toBeLessThan(cells.length);
    expect(pictures.get(cells[3])).toBe(pictures.get(cells[3]));
    pictures.use(1, ink);
    pictures.get(cells[0]);
    expect(made).toBe(looks.size);
    pictures.use(1.5, ink);
    expect(pictures.size).toBe(0);
    pictures.get(cells[0]);
    pictures.use(1.5, { ...ink, ink: '#eef1f4' });
    pictures.get(cells[0]);
    expect(made).toBe(looks.size + 2);
  });
});

describe('paintTeamCells', () => {
  it('sizes the canvas to the region and copies each cell in it onto whole pixels', () => {
    const canvas = new FakeCanvas();
    const pictures = new CellPictures((w, h) => asCanvas(new FakeCanvas(w, h)));
    const cells = laidOutCells();
    const region = { x: cells[0].x, y: cells[0].y, width: 3 * 88, height: 2 * 38 };
    paintTeamCells(asCanvas(canvas), cells, region, 0.75, ink, pictures);
    expect([canvas.width, canvas.height]).toEqual([
      Math.ceil(region.width * 0.75),
      Math.ceil(region.height * 0.75),
    ]);
    const g = canvas.context;
    expect(g.named('clearRect')[0].args).toEqual([0, 0, canvas.width, canvas.height]);
    const drawn = g.named('drawImage');
    // Three columns by two rows are in the region; the others are left out.
    expect(drawn).toHaveLength(6);
    for (const { args } of drawn) {
      expect(Number.isInteger(args[1])).toBe(true);
      expect(Number.isInteger(args[2])).toBe(true);
    }
    // The first cell's picture starts its padding before the region's corner.
    expect(drawn[0].args.slice(1)).toEqual([Math.round(-2 * 0.75), Math.round(-2 * 0.75)]);
    expect(drawn[0].args[0]).toBe(pictures.get(cells[0]));
  });

  it('keeps the canvas (and what it holds) when its size has not changed', () => {
    const canvas = new FakeCanvas(100, 50);
    let resized = 0;
    const watched = new Proxy(canvas, {
      set(target, key, value) {
        if (key === 'width' || key === 'height') resized++;
        return Reflect.set(target, key, value);
      },
    });
    const pictures = new CellPictures((w, h) => asCanvas(new FakeCanvas(w, h)));
    const cells = laidOutCells();
    paintTeamCells(asCanvas(watched), cells, { x: 350, y: 0, width: 100, height: 50 }, 1, ink, pictures);
    expect(resized).toBe(0);
    paintTeamCells(asCanvas(watched), cells, { x: 350, y: 0, width: 120, height: 50 }, 1, ink, pictures);
    expect(resized).toBe(1);
  });
});
