/**
 * The career map: every level of every role of a framework on one picture, deterministic (the same
 * framework gives the same picture, run after run). A row per role, grouped under its family; in
 * each row the role's own ladder, levels from left to right by seniority (a level on a second track
 * sits just below its twin); and, from one level (or from the person), curves to the levels of other
 * roles within reach, each with its cost. A role of one level stands in the column its requirements
 * imply (`mapColumns`), not in the entry column. Pure, in SVG units.
 */
import type { Framework, Level, Role } from '../../lib/model/types';
import { levelLabel } from '../../lib/model/framework';
import { mapColumns, type MoveCost } from '../../lib/model/closeness';
import { groupByFamily } from '../../lib/model/catalogue';
import { wrapText } from '../../lib/layout/wrap';

export const MAP_SIZES = {
  labelWidth: 250,
  columnWidth: 96,
  rowHeight: 30,
  familyHeight: 30,
  top: 34,
  radius: 7,
  /** A second track's level sits this far below its twin, the first this far above. */
  trackOffset: 7,
  skillChars: 34,
};

export interface MapNode {
  key: string;
  role: Role;
  level: Level;
  x: number;
  y: number;
  /** "Senior developer (technical)". */
  label: string;
  /** The index of its role's row. */
  row: number;
}

export interface MapRow {
  role: Role;
  y: number;
  lines: string[];
  /** The role's ladder: a line through its levels, in order (its own tracks' lines from the fork). */
  ladder: string;
  /** The same, as straight segments [x1, y1, x2, y2] (for native slides). */
  steps: [number, number, number, number][];
}

export interface MapLayout {
  width: number;
  height: number;
  families: { name: string; y: number }[];
  rows: MapRow[];
  nodes: MapNode[];
  columns: { x: number; label: string }[];
}

/** Maps with more levels than this draw, on the page, only the rows in view (and print them all). */
export const MAP_WINDOW_MIN_NODES = 300;

/** The rows as bands down the map, for `bandsInView`. */
export const mapRowBands = (layout: MapLayout) =>
  layout.rows.map((row) => ({ start: row.y - MAP_SIZES.rowHeight / 2, size: MAP_SIZES.rowHeight }));

export const nodeKey = (roleId: string, levelId: string) => `${roleId}|${levelId}`;

/**
 * Which roles a map shows, in the map's order: `roles` (every role when absent), by family, with `first`'s family
 * (the start's) at the top so a page of one family still shows where the moves come from.
 */
export interface MapScope {
  roles?: ReadonlySet<string>;
  first?: string;
}

export function byFamily(framework: Framework, scope: MapScope = {}): { family: string; roles: Role[] }[] {
  const roles = scope.roles ? framework.roles.filter((role) => scope.roles!.has(role.id)) : framework.roles;
  const groups = groupByFamily(roles);
  const top = groups.findIndex((group) => group.roles.some((role) => role.id === scope.first));
  return top > 0 ? [groups[top], ...groups.filter((_, i) => i !== top)] : groups;
}

export function layoutCareerMap(framework: Framework, scope: MapScope = {}): MapLayout {
  const s = MAP_SIZES;
  // The columns are the framework's, whatever is shown: pages of one map line up.
  const most = Math.max(0, ...framework.roles.flatMap((role) => role.levels.map((l) => l.seniority)));
  const left = s.labelWidth + s.columnWidth / 2;
  const xOf = (seniority: number) => left + seniority * s.columnWidth;
  const column = mapColumns(framework);
  const families: MapLayout['families'] = [];
  const rows: MapRow[] = [];
  const nodes: MapNode[] = [];
  let y = s.top;
  for (const family of byFamily(framework, scope)) {
    families.push({ name: family.family, y: y + s.familyHeight - 10 });
    y += s.familyHeight;
    for (const role of family.roles) {
      const centre = y + s.rowHeight / 2;
      const tracks = [...new Set(role.levels.map((l) => l.track).filter((t) => t !== null))];
      const offset = (level: Level) =>
        level.track === null || tracks.length < 2
          ? 0
          : (tracks.indexOf(level.track) - (tracks.length - 1) / 2) * 2 * s.trackOffset;
      const placed = role.levels.map((level) => ({
        key: nodeKey(role.id, level.id),
        role,
        level,
        x: xOf(column(role, level)),
        y: centre + offset(level),
        label: levelLabel(framework, level),
        row: rows.length,
      }));
      nodes.push(...placed);
      // The ladder: each level joined to the levels that normally follow it.
      const at = new Map(placed.map((node) => [node.level.id, node]));
      const steps = placed.flatMap((node) =>
        node.level.next
          .map((id) => at.get(id))
          .filter((next) => next !== undefined)
          .map((next): [number, number, number, number] => [node.x, node.y, next.x, next.y]),
      );
      const ladder = steps.map(([x1, y1, x2, y2]) => `M${x1},${y1}L${x2},${y2}`).join('');
      rows.push({ role, y: centre, lines: wrapText(role.name, s.skillChars, 2), ladder, steps });
      y += s.rowHeight;
    }
  }
  const columns = Array.from({ length: most + 1 }, (_, i) => ({
    x: xOf(i),
    label: i === 0 ? 'entry' : i === most ? 'most senior' : '',
  }));
  return { width: xOf(most) + s.columnWidth / 2 + 50, height: y + 10, families, rows, nodes, columns };
}

export interface MapMove {
  key: string;
  path: string;
  /** The same curve as points: from, its two controls, to. */
  curve: [[number, number], [number, number], [number, number], [number, number]];
  /** Where its cost is written: by the level it leads to. */
  labelX: number;
  labelY: number;
  text: string;
  move: MoveCost;
}

/** Each direction's arrow, beside a move's cost: the direction never told by colour or dash alone. */
export const DIRECTION_ARROWS = { sideways: '→', up: '↑', down: '↓' } as const;

/** A move's label on the map: its steps to grow ("+5", or "✓" when nothing) and its direction's arrow. */
export const moveLabel = (move: MoveCost) =>
  `${move.steps === 0 ? '✓' : `+${move.steps}`} ${DIRECTION_ARROWS[move.direction]}`;

const byKey = new WeakMap<MapLayout, Map<string, MapNode>>();

/** The map's levels by their key (nodeKey), made once per layout. */
export function nodesByKey(layout: MapLayout): Map<string, MapNode> {
  let nodes = byKey.get(layout);
  if (!nodes) byKey.set(layout, (nodes = new Map(layout.nodes.map((n) => [n.key, n]))));
  return nodes;
}

/**
 * The moves from one place, drawn: a curve from the start (a level's node, or the start of its
 * role's row for the person's own ratings) to each level within reach, its cost beside it.
 */
export function layoutMoves(layout: MapLayout, from: { x: number; y: number }, moves: MoveCost[]): MapMove[] {
  const node = nodesByKey(layout);
  return moves.flatMap((move) => {
    const to = node.get(nodeKey(move.to.role.id, move.to.level.id));
    if (!to) return [];
    const bend = Math.max(24, Math.abs(to.y - from.y) / 4);
    const curve: MapMove['curve'] = [
      [from.x, from.y],
      [from.x + bend, from.y],
      [to.x + bend, to.y],
      [to.x + MAP_SIZES.radius, to.y],
    ];
    const [a, b, c, d] = curve;
    return [
      {
        key: to.key,
        path: `M${a[0]},${a[1]}C${b[0]},${b[1]} ${c[0]},${c[1]} ${d[0]},${d[1]}`,
        curve,
        labelX: to.x + MAP_SIZES.radius + 6,
        labelY: to.y + 4,
        text: moveLabel(move),
        move,
      },
    ];
  });
}

/**
 * A keyboard move on the map: Left and Right along the role's row (its levels by seniority, then
 * down its tracks), Up and Down to the nearest level of the role above or below (the nearest in
 * seniority), Home and End to the first and last level of the map. Undefined past an edge.
 */
export function navOnMap(
  layout: MapLayout,
  from: string,
  move: 'left' | 'right' | 'up' | 'down' | 'first' | 'last',
): string | undefined {
  const nodes = layout.nodes;
  if (move === 'first') return nodes[0]?.key;
  if (move === 'last') return nodes.at(-1)?.key;
  const at = nodes.find((n) => n.key === from);
  if (!at) return nodes[0]?.key;
  const row = at.row;
  if (move === 'left' || move === 'right') {
    const own = nodes.filter((n) => n.role === at.role).sort((a, b) => a.x - b.x || a.y - b.y);
    return own[own.indexOf(at) + (move === 'left' ? -1 : 1)]?.key;
  }
  const other = layout.rows[row + (move === 'up' ? -1 : 1)];
  if (!other) return undefined;
  const candidates = nodes.filter((n) => n.role === other.role);
  return candidates.sort((a, b) => Math.abs(a.x - at.x) - Math.abs(b.x - at.x) || a.y - b.y)[0]?.key;
}
