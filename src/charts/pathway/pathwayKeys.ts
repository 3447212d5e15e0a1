/**
 * The pathway from the keyboard: one tab stop, and arrow keys that move between its marks (levels and
 * steps). Right and Left go along the path in reading order: column by column, lane by lane, each
 * level followed by the steps that leave it. Up and Down go to the nearest mark above or below.
 * Home and End go to the first and the last mark.
 */
import type { Nav } from '../../lib/layout/keyNav';
import { navInList } from '../../lib/layout/keyNav';
import type { PathwayLayout } from './layout';

export interface PathwayMark {
  /** `level:<level id>` or `step:<edge key>`. */
  key: string;
  /** Where the mark is seen: a level's centre, a step's label (or its line's middle). */
  x: number;
  y: number;
}

export const levelMark = (levelId: string) => `level:${levelId}`;
export const stepMark = (edgeKey: string) => `step:${edgeKey}`;

/** The pathway's marks in reading order. */
export function pathwayMarks(layout: PathwayLayout): PathwayMark[] {
  const nodeOf = new Map(layout.nodes.map((node) => [node.level.id, node]));
  const ordered: { mark: PathwayMark; order: number[] }[] = [
    ...layout.nodes.map((node) => ({
      mark: { key: levelMark(node.level.id), x: node.x, y: node.y },
      order: [node.x, node.y, 0, 0],
    })),
    ...layout.edges.map((edge) => {
      const from = nodeOf.get(edge.from.id)!;
      const to = nodeOf.get(edge.to.id)!;
      const at = edge.labelBox
        ? { x: edge.labelX, y: edge.labelY }
        : { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
      return { mark: { key: stepMark(edge.key), ...at }, order: [from.x, from.y, 1, to.y] };
    }),
  ];
  const compare = (a: number[], b: number[]) => a.map((value, i) => value - b[i]).find((d) => d !== 0) ?? 0;
  return ordered.sort((a, b) => compare(a.order, b.order)).map(({ mark }) => mark);
}

/** The mark a move from `key` goes to, or undefined where there is none that way. */
export function navMark(marks: PathwayMark[], key: string, move: Nav): string | undefined {
  const here = marks.find((mark) => mark.key === key);
  if (!here || (move !== 'up' && move !== 'down')) {
    return navInList(
      marks.map((mark) => mark.key),
      key,
      move,
    );
  }
  const beyond = (mark: PathwayMark) => (move === 'up' ? mark.y < here.y - 1 : mark.y > here.y + 1);
  // The nearest that way, the same column first.
  const distance = (mark: PathwayMark) => Math.abs(mark.x - here.x) * 3 + Math.abs(mark.y - here.y);
  let best: PathwayMark | undefined;
  for (const mark of marks) if (beyond(mark) && (!best || distance(mark) < distance(best))) best = mark;
  return best?.key;
}
