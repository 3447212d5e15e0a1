/**
 * The career map as the view shows it, for its component and its native slides (apart from its
 * definition, which loads with the first page: the map's layout need not).
 */
import type { ChartContext } from './types';
import {
  MAP_SIZES,
  layoutCareerMap,
  layoutMoves,
  nodeKey,
  type MapLayout,
  type MapMove,
} from '../layout/careerMapLayout';
import { mapMoves, mapScope, mapStart } from './definitions/map';

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
