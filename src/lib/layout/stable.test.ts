/** Keeping unchanged parts: same contents keep the old object; any difference, at any depth looked at, does not. */
import { describe, expect, it } from 'vitest';
import { keepUnchanged, sameContents } from './stable';

describe('sameContents', () => {
  const level = { id: 'l' };
  it.each<[string, unknown, unknown, number, boolean]>([
    ['the same object', level, level, 0, true],
    ['equal primitives', 'met', 'met', 0, true],
    ['different primitives', 2, 3, 5, false],
    [
      'objects alike, looked into',
      { kind: 'short', steps: 1, level },
      { kind: 'short', steps: 1, level },
      1,
      true,
    ],
    ['objects alike, not looked into', { a: 1 }, { a: 1 }, 0, false],
    ['one field differs', { kind: 'short', steps: 1 }, { kind: 'short', steps: 2 }, 1, false],
    ['a field missing', { a: 1, b: undefined }, { a: 1 }, 1, false],
    ['arrays alike', ['a', 'b'], ['a', 'b'], 1, true],
    ['arrays of different length', ['a'], ['a', 'b'], 1, false],
    ['nested, deep enough', { gap: { skills: [{ k: 1 }] } }, { gap: { skills: [{ k: 1 }] } }, 4, true],
    ['nested, too deep to look', { gap: { skills: [{ k: 1 }] } }, { gap: { skills: [{ k: 1 }] } }, 3, false],
    ['maps by identity only', { m: new Map() }, { m: new Map() }, 3, false],
    ['an array is not an object', [], {}, 2, false],
  ])('%s', (_, a, b, depth, same) => {
    expect(sameContents(a, b, depth)).toBe(same);
  });
});

describe('keepUnchanged', () => {
  it('keeps the old object where nothing changed, the new one where something did', () => {
    const before = [{ v: 1 }, { v: 2 }, { v: 3 }];
    const after = keepUnchanged(before, [{ v: 1 }, { v: 20 }, { v: 3 }], 1);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toEqual({ v: 20 });
    expect(after[2]).toBe(before[2]);
  });

  it('hands back the previous list itself when nothing changed, and the new one when its length did', () => {
    const before = [{ v: 1 }];
    expect(keepUnchanged(before, [{ v: 1 }], 1)).toBe(before);
    expect(keepUnchanged(before, [{ v: 1 }, { v: 2 }], 1)).toHaveLength(2);
    expect(keepUnchanged(undefined, [{ v: 1 }], 1)).toEqual([{ v: 1 }]);
  });
});
