/**
 * "You" beside the levels: your ratings read as requirements (your note, else the scale's words),
 * compared with a level word by word, in sentences that say "you have", never "You asks".
 */
import { describe, expect, it } from 'vitest';
import { devopsFramework, devopsIndex } from '../../../tests/unit/fixtures';
import { compareColumns } from './compare';
import { ratingsFromLevel, type Rating } from './gap';
import { YOU_ID, ratingWords, youColumn } from './you';

const framework = devopsFramework();
const index = devopsIndex();
const roleId = index.role.id;
const senior = 'senior-devops-engineer-technical';
const devopsEngineer = index.role.levels.find((l) => l.name === 'DevOps engineer')!;

describe('ratingWords', () => {
  it('is your note when you wrote one, else the definition of the proficiency chosen, else nothing', () => {
    const skill = index.role.skills[0];
    expect(
      ratingWords(index, { skillId: skill.id, proficiency: 'working', note: '  Ran the on-call rota. ' }),
    ).toBe('Ran the on-call rota.');
    expect(ratingWords(index, { skillId: skill.id, proficiency: 'working' })).toBe(
      index.proficiency('working')!.definition,
    );
    expect(ratingWords(index, { skillId: skill.id, proficiency: null })).toBe('');
  });
});

describe('You in the compare view', () => {
  const ratings = ratingsFromLevel(index, devopsEngineer);

  it('resolves only with ratings of that role', () => {
    const you = { roleId, levelId: YOU_ID };
    expect(compareColumns(framework, you, { roleId, levelId: senior })).toBeUndefined();
    const comparison = compareColumns(framework, you, { roleId, levelId: senior }, { index, ratings })!;
    expect(comparison.a.label).toBe('You');
    expect(comparison.b.level.id).toBe(senior);
  });

  it('says what the level asks for more of, and words you have that it does not ask for', () => {
    const comparison = compareColumns(
      framework,
      { roleId, levelId: YOU_ID },
      { roleId, levelId: senior },
      { index, ratings },
    )!;
    expect(comparison.summary).toMatch(/^Senior DevOps engineer \(technical\) asks for more in 6 skills/);
    expect(comparison.summary).not.toMatch(/You asks/);
    // Rated above the level in one skill, and in one it does not ask for at all.
    const above: Rating[] = [
      ...ratings.filter((r) => r.skillId !== 'service-support'),
      { skillId: 'service-support', proficiency: 'expert' },
    ];
    const junior = index.role.levels[1];
    const down = compareColumns(
      framework,
      { roleId, levelId: YOU_ID },
      { roleId, levelId: junior.id },
      { index, ratings: above },
    )!;
    expect(down.summary).toMatch(/^You have more in \d+ skills, \d+ steps \(/);
    expect(down.summary).toMatch(/ In all, you have \d+ steps? more than Junior DevOps engineer asks for\.$/);
  });

  it("compares your own words with the level's, skill by skill", () => {
    const noted = ratings.map((r) =>
      r.skillId === 'user-focus' ? { ...r, note: 'I ran three user research sessions.' } : r,
    );
    const column = youColumn(index, noted);
    expect(column.index.requirement(YOU_ID, 'user-focus')?.description).toBe(
      'I ran three user research sessions.',
    );
    // A skill rated "not yet" is not a requirement of yours.
    const none = youColumn(index, [{ skillId: 'user-focus', proficiency: null }]);
    expect(none.index.requirement(YOU_ID, 'user-focus')).toBeUndefined();
  });
});
