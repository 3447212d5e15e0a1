/**
 * The person on the pathway: at each level, a ring at the node's corner that fills with the share
 * of the level's skills they meet, the steps still short written inside (✓ when none), and the
 * same in words for the node's name. The next level on each track is marked, and the nearer one
 * says so, so the nearer track shows at a glance. Pure, in SVG units.
 */
import { arc } from 'd3-shape';
import type { RoleIndex } from '../../lib/model/framework';
import { compareNext, levelGap, levelReached, type Rating } from '../../lib/model/gap';
import type { PathwayNode } from './layout';
import { count } from '../../lib/model/count';

export const YOU_RING = { radius: 13, width: 4 };

export interface YouMark {
  cx: number;
  cy: number;
  /** The filled share of the ring (met of asked), as a path about (cx, cy); '' when none is met. */
  arc: string;
  /** Inside the ring: the steps short, or ✓. */
  text: string;
  /** For the node's name: "you meet 4 of 10; 6 steps short in 6 skills; nearer next level, by 1 step". */
  words: string;
  /** This level is the one the ratings reach, the next on a track, or the nearer of the next. */
  role: 'reached' | 'next' | 'nearer' | null;
}

export function pathwayYou(index: RoleIndex, ratings: Rating[], nodes: PathwayNode[]): Map<string, YouMark> {
  const r = YOU_RING.radius;
  const ring = arc<number>()
    .innerRadius(r - YOU_RING.width)
    .outerRadius(r)
    .startAngle(0)
    .endAngle((share) => share * 2 * Math.PI);
  const reached = levelReached(index, ratings);
  const next = reached ? compareNext(index, ratings, reached) : undefined;
  const nearerId = next?.nearer && next.gaps.find((g) => g.track === next.nearer!.track)?.gap.level.id;
  const marks = new Map<string, YouMark>();
  for (const node of nodes) {
    const gap = levelGap(index, ratings, node.level);
    const short = gap.skills.filter((s) => s.kind === 'short').length;
    const share = gap.asked === 0 ? 1 : gap.met / gap.asked;
    const id = node.level.id;
    const role =
      id === reached?.id
        ? 'reached'
        : id === nearerId
          ? 'nearer'
          : next?.gaps.some((g) => g.gap.level.id === id)
            ? 'next'
            : null;
    const steps = `${count(gap.steps, 'step')}`;
    const words = [
      short === 0
        ? `you meet all ${gap.asked}`
        : `you meet ${gap.met} of ${gap.asked}; ${steps} short in ${count(short, 'skill')}`,
      role === 'reached'
        ? 'the level you reach'
        : role === 'nearer'
          ? `the nearer next level, by ${count(next!.nearer!.by, 'step')}`
          : role === 'next'
            ? 'a next level'
            : '',
    ].filter(Boolean);
    marks.set(id, {
      // Above the level's box, in the room layoutPathway leaves with `youRoom`.
      cx: node.x,
      cy: node.y - node.height / 2 - YOU_RING.radius - 4,
      arc: share > 0 ? (ring(share) ?? '') : '',
      text: gap.steps === 0 ? '✓' : String(gap.steps),
      words: words.join('; '),
      role,
    });
  }
  return marks;
}
