/** A team in words: names as shown, a person's standing, a gap, and the ratings the role lacks as a table. */
import { describe, expect, it } from 'vitest';
import { devopsIndex } from '../../../tests/unit/fixtures';
import { gapWords, shortWords, shownName, standingWords, unmatchedTable } from './teamWords';

describe('team words', () => {
  const index = devopsIndex();
  const senior = index.level('senior-devops-engineer-technical')!;

  it.each([
    [{ number: 3, name: 'Alex Smith', steps: 0 }, false, 'Alex Smith'],
    [{ number: 3, name: 'Alex Smith', steps: 0 }, true, 'Person 3'],
  ])('names %j (anonymised: %s) %s', (row, anonymise, name) => {
    expect(shownName(row, anonymise)).toBe(name);
  });

  it.each([
    [undefined, 0, 'no target'],
    [senior, 0, 'Senior DevOps engineer (technical) · meets it'],
    [senior, 1, 'Senior DevOps engineer (technical) · 1 step short'],
    [senior, 4, 'Senior DevOps engineer (technical) · 4 steps short'],
  ])('says a standing against %s, %d short', (target, steps, words) => {
    expect(standingWords(index, { number: 1, name: 'A', target, steps })).toBe(words);
    // The level's label is worked out once and remembered: the same words again.
    expect(standingWords(index, { number: 2, name: 'B', target, steps })).toBe(words);
  });

  it.each([
    [undefined, 0, 'no target'],
    [senior, 0, 'meets the target'],
    [senior, 3, '3 short'],
  ])('says shortly how far from %s, %d short', (target, steps, words) => {
    expect(shortWords({ number: 1, name: 'A', target, steps })).toBe(words);
  });

  it.each([
    [undefined, ''],
    [{ kind: 'not-asked', skillId: 's', have: null }, ''],
    [{ kind: 'short', skillId: 's', asked: 'working', have: null, steps: 2 }, 'short 2'],
    [{ kind: 'met', skillId: 's', asked: 'working', have: 'working', above: 0 }, 'met'],
    [{ kind: 'met', skillId: 's', asked: 'working', have: 'expert', above: 2 }, '+2 above'],
  ] as const)('says the gap %j as "%s"', (gap, words) => {
    expect(gapWords(gap)).toBe(words);
  });

  it('writes the ratings of skills the role lacks as a table, names only when asked', () => {
    const unmatched = [
      { file: 'a.csv', line: 7, person: 'Alex Smith', role: 'DevOps engineer', skill: 'Juggling' },
      { file: 'b.json', person: 'Bo Chen', role: 'DevOps engineer', skill: 'Knitting' },
    ];
    expect(unmatchedTable(unmatched, true)).toEqual({
      header: ['File', 'Line', 'Person', 'Role', 'Skill'],
      rows: [
        ['a.csv', 7, 'Alex Smith', 'DevOps engineer', 'Juggling'],
        ['b.json', '', 'Bo Chen', 'DevOps engineer', 'Knitting'],
      ],
    });
    expect(unmatchedTable(unmatched, false).rows.map((row) => row[2])).toEqual(['—', '—']);
  });
});
