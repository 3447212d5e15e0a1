import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitText, widthToWrap, wrapBreaking, wrapText } from './wrap';

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
  it('keeps every letter of a long word, in lines that fit, for any word and width', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z(][a-z()-]{0,40}$/),
        fc.integer({ min: 2, max: 20 }),
        (word, chars) => {
          const lines = wrapBreaking(word, chars);
          for (const line of lines) expect([...line].length).toBeLessThanOrEqual(chars);
          expect(lines.join('').replaceAll('-', '')).toBe(word.replaceAll('-', ''));
        },
      ),
    );
  });

  it.each([
    ['Troubleshooting and problem resolution', 12, 5, ['Troubleshoo-', 'ting and', 'problem', 'resolution']],
    [
      'Technical understanding (accessibility)',
      12,
      5,
      ['Technical', 'understand-', 'ing', '(accessibil-', 'ity)'],
    ],
    ['User focus', 12, 5, ['User focus']],
    // Before a common ending, not wherever the line ends ("Communicati-ng" in the team chart).
    ['Communicating analysis and insight', 12, 5, ['Communicat-', 'ing analysis', 'and insight']],
    ['Collaboration and configuration', 12, 5, ['Collabora-', 'tion and', 'configura-', 'tion']],
    ['Associate infrastructure engineer', 10, 5, ['Associate', 'infrastru-', 'cture', 'engineer']],
    // After a hyphen of the word's own.
    ['Evidence-based decisions', 12, 5, ['Evidence-', 'based', 'decisions']],
    [
      'Communicating between the technical and non-technical',
      12,
      6,
      ['Communicat-', 'ing between', 'the', 'technical', 'and non-', 'technical'],
    ],
    ['Shaping the direction of organisational strategy', 12, 3, ['Shaping the', 'direction of', 'organisa…']],
  ])('wraps %j in %i characters, %i lines at most, no line longer', (text, chars, most, expected) => {
    const lines = wrapBreaking(text, chars, most);
    expect(lines).toEqual(expected);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(chars);
  });
});

describe('widthToWrap', () => {
  const charsAt = (width: number) => Math.floor(width / 8);
  it('is the narrowest width in steps that holds every name in the lines, whatever their order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 8 }), {
          maxLength: 6,
        }),
        fc.integer({ min: 1, max: 3 }),
        (words, lines) => {
          const names = words.map((w) => w.join(' '));
          const fits = (width: number) =>
            names.every((name) => wrapText(name, charsAt(width)).length <= lines);
          const width = widthToWrap(names, lines, charsAt, 80, 400);
          expect((width - 80) % 10).toBe(0);
          if (width < 400) expect(fits(width)).toBe(true);
          if (width > 80) expect(fits(width - 10)).toBe(false);
          expect(widthToWrap([...names].reverse(), lines, charsAt, 80, 400)).toBe(width);
        },
      ),
    );
  });

  it('stops at the widest when no width holds a name', () => {
    expect(widthToWrap(['a '.repeat(200)], 2, charsAt, 80, 400)).toBe(400);
    expect(widthToWrap([], 2, charsAt, 80, 400)).toBe(80);
  });
});
