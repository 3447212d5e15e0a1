/**
 * Charts whose marks are one tab stop, with arrow keys between the marks (the pathway, the skill
 * trajectories): which move a key asks for, and moves along a list.
 */
export type Nav = 'left' | 'right' | 'up' | 'down' | 'first' | 'last';

/** The move a key asks for, if any. */
export function navForKey(key: string): Nav | undefined {
  const moves: Record<string, Nav> = {
    ArrowLeft: 'left',
    ArrowRight: 'right',
    ArrowUp: 'up',
    ArrowDown: 'down',
    Home: 'first',
    End: 'last',
  };
  return moves[key];
}

/**
 * A move along marks in a list: Up and Left to the one before, Down and Right to the one after,
 * Home and End to the ends; undefined past an end. From a mark no longer there, the first.
 */
export function navInList(keys: string[], from: string, move: Nav): string | undefined {
  const at = keys.indexOf(from);
  if (at < 0) return keys[0];
  if (move === 'first') return keys[0];
  if (move === 'last') return keys[keys.length - 1];
  return keys[move === 'left' || move === 'up' ? at - 1 : at + 1];
}
