/** A team in words: names as shown, a person's standing, a gap, and the ratings the role lacks as a table. */
import { describe, expect, it } from 'vitest';
import { devopsIndex } from '../../../tests/unit/fixtures';
import {
  gapWords,
  loadSummary,
  deltaSummary,
  shortWords,
  shownName,
  skippedWords,
  standingWords,
  unmatchedTable,
} from './teamWords';

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

  it('says a target that asks for nothing as it is, not as met', () => {
    const row = { number: 1, name: 'A', target: senior, steps: 0, asked: 0 };
    expect(standingWords(index, row)).toBe('Senior DevOps engineer (technical) · asks for no proficiency');
    expect(shortWords(row)).toBe('target asks none');
    expect(standingWords(index, { ...row, asked: 10 })).toBe('Senior DevOps engineer (technical) · meets it');
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

describe('the load and what moved, in words true at every count', () => {
  it.each([
    [
      { people: 0, files: 0, unreadFiles: 2, roles: 0, rowsSkipped: 0, ratingsSkipped: 0 },
      'No one was read; 2 files could not be read.',
    ],
    [
      { people: 0, files: 1, unreadFiles: 0, roles: 0, rowsSkipped: 131, ratingsSkipped: 0 },
      'No one was read from 1 file; 131 rows could not be read.',
    ],
    [
      { people: 1, files: 1, unreadFiles: 0, roles: 1, rowsSkipped: 0, ratingsSkipped: 1 },
      '1 person from 1 file; 1 rating could not be used.',
    ],
    [
      { people: 1200, files: 3, unreadFiles: 1, roles: 2, rowsSkipped: 1, ratingsSkipped: 0 },
      '1,200 people from 3 files, in 2 roles; 1 file could not be read; 1 row could not be read.',
    ],
  ])('sums up a load: %o', (counts, words) => {
    expect(loadSummary(counts)).toBe(words);
  });

  it('says where a skipped row is, and how many rows it stands for', () => {
    expect(skippedWords({ file: 'a.csv', line: 4, rows: 1, reason: 'x' })).toBe('a.csv, line 4: x');
    expect(skippedWords({ file: 'a.csv', line: 4, rows: 3, reason: 'x' })).toBe(
      'a.csv, line 4 and 2 more rows of the same person and date: x',
    );
    expect(skippedWords({ file: 'a.json', rows: 1, reason: 'item 2: y' })).toBe('a.json: item 2: y');
  });

  it.each([
    [
      { compared: 0, later: 3 },
      'Nobody in the team was assessed by 2026-01-01, so nothing can be said to have moved by 2026-06-01: 3 people were first assessed after 2026-01-01.',
    ],
    [
      { compared: 0, later: 0 },
      'Nobody in the team was assessed by 2026-01-01, so nothing can be said to have moved by 2026-06-01.',
    ],
    [
      { compared: 1, later: 1 },
      'Of the 1 person assessed by both 2026-01-01 and 2026-06-01 (1 person was first assessed after 2026-01-01, and is left out):',
    ],
    [{ compared: 5, later: 0 }, 'Of the 5 people assessed by both 2026-01-01 and 2026-06-01:'],
  ])('says whom "What moved" compares: %o', (moves, words) => {
    expect(deltaSummary(moves, '2026-01-01', '2026-06-01')).toBe(words);
  });
});
