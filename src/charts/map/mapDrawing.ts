/**
 * The career map as the view shows it, for its component and its native slides (apart from its
 * definition, which loads with the first page: the map's layout need not).
 */
import { group } from 'd3-array';
import type { ChartContext } from '../../lib/charts/types';
import { movesFrom, nearestMoves, roleLevels } from '../../lib/model/closeness';
import { count } from '../../lib/model/count';
import {
  MAP_SIZES,
  layoutCareerMap,
  layoutMoves,
  nodeKey,
  nodesByKey,
  type MapLayout,
  type MapMove,
} from './layout';
import { mapMoves, mapScope, mapStart } from './definition';

type MapNode = MapLayout['nodes'][number];

/**
 * The map as the view shows it, nothing pointed at: its layout, where the moves start (the start's
 * level, or for your own ratings the start of your role's row) and the moves drawn from there.
 */
export function mapDrawing(ctx: ChartContext): {
  layout: MapLayout;
  start: { x: number; y: number; key?: string };
  moves: MapMove[];
} {
  const layout = layoutCareerMap(ctx.index.framework, mapScope(ctx));
  const key = nodeKey(ctx.index.role.id, mapStart(ctx).fromId);
  const node = layout.nodes.find((n) => n.key === key);
  const row = layout.rows.find((r) => r.role.id === ctx.index.role.id);
  const start = node ?? { x: MAP_SIZES.labelWidth + 8, y: row?.y ?? 0 };
  return { layout, start, moves: layoutMoves(layout, start, mapMoves(ctx)) };
}

/** The map's levels by row, for drawing only the rows in view. */
export function nodesByRow(layout: MapLayout): Map<number, MapNode[]> {
  return group(layout.nodes, (node) => node.row);
}

/** The moves from the level pointed at or focused (a node's key), within the budget; none for another key. */
export function pointedMoves(ctx: ChartContext, layout: MapLayout, pointed: string): MapMove[] | undefined {
  const framework = ctx.index.framework;
  const from = roleLevels(framework).find((rl) => nodeKey(rl.role.id, rl.level.id) === pointed);
  const node = layout.nodes.find((n) => n.key === pointed);
  return from && node ? layoutMoves(layout, node, movesFrom(framework, from, ctx.moveBudget)) : undefined;
}

/** The overview: every level's cheapest move within reach, from the rows shown (`shown`), each keyed apart. */
export function overviewMoves(ctx: ChartContext, layout: MapLayout, shown: Set<number>): MapMove[] {
  if (!ctx.mapAll) return [];
  const nodeOf = nodesByKey(layout);
  return nearestMoves(ctx.index.framework, ctx.moveBudget).flatMap((move) => {
    const from = nodeOf.get(nodeKey(move.from.role.id, move.from.level.id));
    return from && shown.has(from.row)
      ? layoutMoves(layout, from, [move]).map((m) => ({ ...m, key: `${from.key}>${m.key}` }))
      : [];
  });
}

/**
 * A level's name on the map, for assistive technology: "Senior, Data engineer", and where a move
 * reaches it, the steps to grow from where the moves start (`from`).
 */
export function mapNodeName(
  node: MapNode,
  move: MapMove | undefined,
  from: 'pointed' | 'you' | 'start',
): string {
  const where = { pointed: 'the level pointed at', you: 'you', start: 'the start' }[from];
  return `${node.label}, ${node.role.name}${move ? `: ${count(move.move.steps, 'step')} to grow from ${where}` : ''}`;
}
