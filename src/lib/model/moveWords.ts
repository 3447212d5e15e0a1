/**
 * The moves to other roles in words, from the one definition of a move's cost and direction
 * (`closeness.ts`): the heading of each direction's group and the sentence that sums them up. Pure.
 */
import { DIRECTIONS, type MoveCost, type MoveDirection } from './closeness';
import { count } from './count';

/** A group's heading: "Sideways: about as senior as DevOps engineer". */
export function directionHeading(direction: MoveDirection, from: string): string {
  if (direction === 'sideways') return `Sideways: about as senior as ${from}`;
  return direction === 'up' ? `Up: more senior than ${from}` : `Down: less senior than ${from}`;
}

/** The moves by direction, in the order they are listed (sideways, up, down), empty groups left out. */
export function movesByDirection(
  moves: readonly MoveCost[],
): { direction: MoveDirection; moves: MoveCost[] }[] {
  return DIRECTIONS.map((direction) => ({
    direction,
    moves: moves.filter((m) => m.direction === direction),
  })).filter((group) => group.moves.length > 0);
}

/**
 * "11 moves to 10 roles within 6 steps of DevOps engineer: 1 sideways, 1 up and 9 down." or, with
 * no way up within the steps (which a person asking how to grow wants said, not left to notice),
 * "16 roles within 6 steps of …: 6 sideways, none up and 10 down."; or "No level of another role
 * is within 6 steps of DevOps engineer."
 */
export function movesSummary(moves: readonly MoveCost[], budget: number, from: string): string {
  const within = `within ${count(budget, 'step')} of ${from}`;
  if (moves.length === 0) return `No level of another role is ${within}.`;
  const roles = new Set(moves.map((m) => m.to.role.id)).size;
  const groups = DIRECTIONS.flatMap((direction) => {
    const n = moves.filter((m) => m.direction === direction).length;
    return n > 0 ? [`${n} ${direction}`] : direction === 'up' ? ['none up'] : [];
  });
  const list = groups.length > 1 ? `${groups.slice(0, -1).join(', ')} and ${groups.at(-1)}` : groups[0];
  const head =
    moves.length === roles
      ? count(roles, 'role')
      : `${count(moves.length, 'move')} to ${count(roles, 'role')}`;
  return `${head} ${within}: ${list}.`;
}
