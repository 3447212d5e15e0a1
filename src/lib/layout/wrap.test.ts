import { describe, expect, it } from 'vitest';
import { fitText, wrapBreaking, wrapText } from './wrap';

describe('wrapText', () => {
  it.each([
    ['Senior DevOps engineer', 14, Infinity, ['Senior DevOps', 'engineer']],
    ['short', 14, Infinity, ['short']],
    ['a very long label that goes on', 10, 2, ['a very', 'long labe…']],
    ['Supercalifragilistic word', 8, Infinity, ['Supercalifragilistic', 'word']],
  ])('wraps %j at %i characters', (text, chars, lines, expected) => {
    expect(wrapText(text, chars, lines)).toEqual(expected);
  });
});

describe('fitText', () => {
  it.each([
    ['Ann', 8, 'Ann'],
    ['Bartholomew Smith', 8, 'Barthol…'],
    ['Bartholomew Smith', 13, 'Bartholomew…'],
    ['😀😀😀😀', 3, '😀😀…'],
  ])('fits %s into %i characters', (text, max, fitted) => {
    expect(fitText(text, max)).toBe(fitted);
    expect([...fitText(text, max)].length).toBeLessThanOrEqual(max);
  });
});

describe('wrapBreaking', () => {
  it.each([
    ['Troubleshooting and problem resolution', 12, 5, ['Troubleshoo-', 'ting and', 'problem', 'resolution']],
    [
      'Technical understanding (accessibility)',
      12,
      5,
      ['Technical', 'understandi-', 'ng', '(accessibil-', 'ity)'],
    ],
    ['User focus', 12, 5, ['User focus']],
    [
      'Shaping the direction of organisational strategy',
      12,
      3,
      ['Shaping the', 'direction of', 'organisatio…'],
    ],
  ])('wraps %j in %i characters, %i lines at most, no line longer', (text, chars, most, expected) => {
    const lines = wrapBreaking(text, chars, most);
    expect(lines).toEqual(expected);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(chars);
  });
});
