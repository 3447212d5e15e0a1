/** Guards the ARIA grid keyboard pattern the matrix promises. */
import { describe, expect, it } from 'vitest';
import { navInGrid, positionOf, targetAt } from './gridNav';

describe('navInGrid (5 rows × 4 columns)', () => {
  it.each([
    ['ArrowRight', false, { row: 2, col: 2 }, { row: 2, col: 3 }],
    ['ArrowLeft', false, { row: 2, col: 0 }, { row: 2, col: 0 }],
    ['ArrowUp', false, { row: 0, col: 2 }, { row: 0, col: 2 }],
    ['ArrowDown', false, { row: 4, col: 1 }, { row: 4, col: 1 }],
    ['Home', false, { row: 3, col: 2 }, { row: 3, col: 0 }],
    ['End', false, { row: 3, col: 1 }, { row: 3, col: 3 }],
    ['Home', true, { row: 3, col: 2 }, { row: 0, col: 0 }],
    ['End', true, { row: 1, col: 1 }, { row: 4, col: 3 }],
    ['PageDown', false, { row: 1, col: 2 }, { row: 4, col: 2 }],
    ['PageUp', false, { row: 3, col: 2 }, { row: 0, col: 2 }],
  ])('%s (ctrl: %s) from %o goes to %o', (key, ctrl, from, to) => {
    expect(navInGrid(from, key, ctrl, 5, 4)).toEqual(to);
  });

  it('ignores other keys', () => {
    expect(navInGrid({ row: 1, col: 1 }, 'a', false, 5, 4)).toBeNull();
  });
});

describe('positionOf and targetAt', () => {
  const skills = ['a', 'b'];
  const levels = ['x', 'y', 'z'];
  it.each([
    [
      { skillId: 'b', levelId: 'y' },
      { row: 2, col: 2 },
    ],
    [
      { skillId: null, levelId: 'z' },
      { row: 0, col: 3 },
    ],
    [
      { skillId: 'a', levelId: null },
      { row: 1, col: 0 },
    ],
    [
      { skillId: null, levelId: null },
      { row: 0, col: 0 },
    ],
  ])('%o is at %o and back', (target, position) => {
    expect(positionOf(target, skills, levels)).toEqual(position);
    expect(targetAt(position, skills, levels)).toEqual(target);
  });

  it('is null for a target the grid does not show (a hidden track, say)', () => {
    expect(positionOf({ skillId: 'a', levelId: 'gone' }, skills, levels)).toBeNull();
    expect(positionOf({ skillId: 'gone', levelId: null }, skills, levels)).toBeNull();
  });
});
