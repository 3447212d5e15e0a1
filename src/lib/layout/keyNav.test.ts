/** Guards the keys of charts that are one tab stop with arrow keys between their marks. */
import { describe, expect, it } from 'vitest';
import { navForKey, navInList } from './keyNav';

describe('navInList', () => {
  const list = ['a', 'b', 'c'];
  it('goes to the one before with up and left, after with down and right, and stops at the ends', () => {
    expect(navInList(list, 'b', 'up')).toBe('a');
    expect(navInList(list, 'b', 'left')).toBe('a');
    expect(navInList(list, 'b', 'down')).toBe('c');
    expect(navInList(list, 'b', 'right')).toBe('c');
    expect(navInList(list, 'a', 'up')).toBeUndefined();
    expect(navInList(list, 'c', 'down')).toBeUndefined();
    expect(navInList(list, 'b', 'last')).toBe('c');
    expect(navInList(list, 'gone', 'down')).toBe('a');
  });
});

describe('navForKey', () => {
  it('maps the arrow keys, Home and End, and nothing else', () => {
    expect(navForKey('ArrowRight')).toBe('right');
    expect(navForKey('ArrowUp')).toBe('up');
    expect(navForKey('Home')).toBe('first');
    expect(navForKey('End')).toBe('last');
    expect(navForKey('Enter')).toBeUndefined();
  });
});
