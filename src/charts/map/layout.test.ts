/** The career map's layout: the same picture every run, every level placed once, roles by family, moves to their targets. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFramework } from '../../lib/model/schema';
import { movesWithin } from '../../lib/model/closeness';
import {
  DIRECTION_ARROWS,
  MAP_SIZES,
  layoutCareerMap,
  layoutMoves,
  mapRowBands,
  navOnMap,
  nodeKey,
} from './layout';
import { bandsInView } from '../../lib/layout/matrixWindow';

const framework = validateFramework(
  JSON.parse(readFileSync(new URL('../../../static/data/ddat-2025.json', import.meta.url), 'utf8')),
);
const layout = layoutCareerMap(framework);

describe('layoutCareerMap', () => {
  it('is the same picture run after run', () => {
    expect(JSON.stringify(layoutCareerMap(framework))).toBe(JSON.stringify(layout));
  });

  it('places every level of every role once, a row per role under its family', () => {
    expect(layout.nodes).toHaveLength(framework.roles.reduce((n, r) => n + r.levels.length, 0));
    expect(new Set(layout.nodes.map((n) => n.key)).size).toBe(layout.nodes.length);
    expect(layout.rows).toHaveLength(52);
    expect(layout.families.map((f) => f.name)).toEqual([...new Set(framework.roles.map((r) => r.family))]);
    // Rows go down the page; each family's heading comes before its roles.
    const ys = layout.rows.map((r) => r.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    const data = layout.families.find((f) => f.name === 'Data')!;
    const analyst = layout.rows.find((r) => r.role.name === 'Data analyst')!;
    expect(data.y).toBeLessThan(analyst.y);
  });

  it('puts levels left to right by seniority, a second track just below its twin', () => {
    const at = (id: string) => layout.nodes.find((n) => n.key === nodeKey('software-developer', id))!;
    expect(at('developer').x).toBeLessThan(at('senior-developer-technical').x);
    expect(at('senior-developer-technical').x).toBe(at('senior-developer-management').x);
    expect(at('senior-developer-management').y - at('senior-developer-technical').y).toBe(
      2 * MAP_SIZES.trackOffset,
    );
    // Its ladder joins its levels.
    expect(
      layout.rows.find((r) => r.role.id === 'software-developer')!.ladder.match(/M/g)!.length,
    ).toBeGreaterThan(5);
  });

  it('draws each move from the start to its level, its cost beside it', () => {
    const start = layout.nodes.find(
      (n) => n.key === nodeKey('development-operations-devops-engineer', 'devops-engineer'),
    )!;
    const moves = movesWithin(framework, { roleId: start.role.id, levelId: start.level.id }, 6);
    const drawn = layoutMoves(layout, start, moves);
    expect(drawn).toHaveLength(moves.length);
    for (const [i, line] of drawn.entries()) {
      const target = layout.nodes.find((n) => n.key === line.key)!;
      expect(line.path.startsWith(`M${start.x},${start.y}`)).toBe(true);
      expect(line.path.endsWith(`${target.x + MAP_SIZES.radius},${target.y}`)).toBe(true);
      expect(line.text).toBe(`+${moves[i].steps} ${DIRECTION_ARROWS[moves[i].direction]}`);
      // Its points are those of its path.
      expect(line.path).toBe(
        `M${line.curve[0].join(',')}C${line.curve[1].join(',')} ${line.curve[2].join(',')} ${line.curve[3].join(',')}`,
      );
    }
  });
});

describe('layoutCareerMap of some roles', () => {
  const devops = 'development-operations-devops-engineer';
  const data = framework.roles.filter((r) => r.family === 'Data').map((r) => r.id);
  const page = layoutCareerMap(framework, { roles: new Set([devops, ...data]), first: devops });

  it("shows only those roles, the first one's family at the top", () => {
    expect(page.rows.map((r) => r.role.id)).toEqual([devops, ...page.rows.slice(1).map((r) => r.role.id)]);
    expect(new Set(page.rows.slice(1).map((r) => r.role.id))).toEqual(new Set(data));
    expect(page.families.map((f) => f.name)).toEqual(['Software development', 'Data']);
    expect(page.nodes.every((n) => n.role.id === devops || data.includes(n.role.id))).toBe(true);
  });

  it("keeps the whole map's columns, so pages line up", () => {
    expect(page.columns).toEqual(layout.columns);
    expect(page.width).toBe(layout.width);
    const at = (l: typeof layout, id: string) => l.nodes.find((n) => n.key === nodeKey(devops, id))!.x;
    expect(at(page, 'devops-engineer')).toBe(at(layout, 'devops-engineer'));
  });

  it('numbers each level with its row', () => {
    for (const node of page.nodes) expect(page.rows[node.row].role).toBe(node.role);
  });
});

describe('mapRowBands', () => {
  it('gives each row a band around its centre, so the rows in view can be drawn alone', () => {
    const bands = mapRowBands(layout);
    expect(bands).toHaveLength(layout.rows.length);
    for (const [i, band] of bands.entries()) {
      expect(band.start).toBeLessThan(layout.rows[i].y);
      expect(band.start + band.size).toBeGreaterThan(layout.rows[i].y);
    }
    // The top of the map in view: its first rows, not its last.
    const shown = bandsInView(bands, { start: 0, end: 300 }, 0);
    expect(shown[0]).toBe(0);
    expect(shown.length).toBeLessThan(12);
    expect(bandsInView(bands, { start: 0, end: 300 }, 0, [51])).toContain(51);
  });
});

describe('navOnMap', () => {
  const key = (role: string, level: string) => nodeKey(role, level);
  it('goes along a ladder with Left and Right, and stops at its ends', () => {
    expect(navOnMap(layout, key('software-developer', 'developer'), 'right')).toBe(
      key('software-developer', 'senior-developer-technical'),
    );
    expect(navOnMap(layout, key('software-developer', 'apprentice-developer'), 'left')).toBeUndefined();
  });

  it('goes to the nearest level of the role above or below with Up and Down', () => {
    const from = layout.nodes.find((n) => n.key === key('software-developer', 'developer'))!;
    const rows = layout.rows.map((r) => r.role.id);
    const above = rows[rows.indexOf('software-developer') - 1];
    const up = layout.nodes.find((n) => n.key === navOnMap(layout, from.key, 'up'))!;
    expect(up.role.id).toBe(above);
    expect(up.x).toBe(from.x);
    expect(navOnMap(layout, layout.nodes[0].key, 'up')).toBeUndefined();
    expect(navOnMap(layout, layout.nodes[0].key, 'last')).toBe(layout.nodes.at(-1)!.key);
  });
});
