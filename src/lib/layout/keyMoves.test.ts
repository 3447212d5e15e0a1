/** Guards the keys of charts that are one tab stop with arrow keys between their marks. */
import { describe, expect, it } from 'vitest';
import { moveForKey, moveInList } from './keyMoves';

describe('moveInList', () => {
  const list = ['a', 'b', 'c'];
  it('goes to the one before with up and left, after with down and right, and stops at the ends', () => {
    expect(moveInList(list, 'b', 'up')).toBe('a');
    expect(moveInList(list, 'b', 'left')).toBe('a');
    expect(moveInList(list, 'b', 'down')).toBe('c');
    expect(moveInList(list, 'b', 'right')).toBe('c');
    expect(moveInList(list, 'a', 'up')).toBeUndefined();
    expect(moveInList(list, 'c', 'down')).toBeUndefined();
    expect(moveInList(list, 'b', 'last')).toBe('c');
    expect(moveInList(list, 'gone', 'down')).toBe('a');
  });
});

describe('moveForKey', () => {
  it('maps the arrow keys, Home and End, and nothing else', () => {
    expect(moveForKey('ArrowRight')).toBe('right');
    expect(moveForKey('ArrowUp')).toBe('up');
    expect(moveForKey('Home')).toBe('first');
    expect(moveForKey('End')).toBe('last');
    expect(moveForKey('Enter')).toBeUndefined();
  });
});
