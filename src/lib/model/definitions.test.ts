/**
 * Each definition of `definitions.ts`, table-driven, hand-checked against the built-in DevOps data
 * (the 2020 GOV.UK page): the figures here were counted from the page's table, not from the code.
 */
import { describe, expect, it } from 'vitest';
import { devopsIndex } from '../../../tests/unit/fixtures';
import { levelTransition, summariseChanges } from './changes';
import { ratingsFromLevel, type Rating } from './gap';
import {
  changeSteps,
  compareNext,
  coverageOf,
  levelGap,
  levelReached,
  levelWeight,
  moveDirection,
  totalStepsApart,
} from './definitions';

const index = devopsIndex();
const level = (id: string) => index.level(id)!;
const at = (id: string) => ratingsFromLevel(index, level(id));
const rank = (levelId: string, skillId: string) =>
  index.proficiency(index.requirement(levelId, skillId)?.proficiency ?? '')?.rank ?? 0;

describe('steps raised and lowered, one level to another', () => {
  it.each([
    // [from, to, raised, new, steps up, steps down]
    ['devops-engineer', 'senior-devops-engineer-technical', 6, 0, 6, 0],
    ['devops-engineer', 'senior-devops-engineer-management', 6, 0, 7, 0],
    ['apprentice-devops-engineer', 'junior-devops-engineer', 5, 3, 8, 0],
    ['senior-devops-engineer-technical', 'lead-devops-engineer-technical', 2, 0, 2, 0],
  ])('%s → %s: %i raised, %i new, %i steps up, %i down', (from, to, raised, added, up, down) => {
    const changes = [...levelTransition(index, level(from), level(to)).values()];
    expect(changes.filter((c) => c.kind === 'raised')).toHaveLength(raised);
    expect(changes.filter((c) => c.kind === 'new')).toHaveLength(added);
    expect(changeSteps(changes)).toEqual({ up, down });
    expect(summariseChanges(changes)).toMatch(new RegExp(`· ${up} steps? up$`));
  });
});

describe('which of two columns asks for more', () => {
  it('Senior management asks for 1 step more than Senior technical, though both raise 6 skills', () => {
    const skills = index.role.skills.map((s) => ({
      aRank: rank('senior-devops-engineer-management', s.id),
      bRank: rank('senior-devops-engineer-technical', s.id),
    }));
    expect(totalStepsApart(skills)).toBe(1);
  });
});

describe('steps short and met, and the level reached', () => {
  const oneBelow: Rating[] = at('devops-engineer').map((r) =>
    r.skillId === 'prototyping' ? { ...r, proficiency: 'working' } : r,
  );

  it.each([
    // [whose ratings, level, met, asked, steps short, the ratings]
    ['DevOps engineer', 'senior-devops-engineer-technical', 4, 10, 6, () => at('devops-engineer')],
    ['DevOps engineer', 'senior-devops-engineer-management', 4, 10, 7, () => at('devops-engineer')],
    ['one step below in Prototyping', 'devops-engineer', 9, 10, 1, () => oneBelow],
    ['Apprentice', 'apprentice-devops-engineer', 6, 6, 0, () => at('apprentice-devops-engineer')],
  ] as const)('%s against %s: meets %i of %i, %i steps short', (_, target, met, asked, steps, ratings) => {
    const gap = levelGap(index, ratings(), level(target));
    expect([gap.met, gap.asked, gap.steps]).toEqual([met, asked, steps]);
  });

  it('reaches the most senior level met in full: one rating a step below reaches only the level below', () => {
    expect(levelReached(index, at('devops-engineer'))?.id).toBe('devops-engineer');
    expect(levelReached(index, oneBelow)?.id).toBe('junior-devops-engineer');
    expect(levelReached(index, [])).toBeUndefined();
  });

  it('the technical track is nearer from DevOps engineer, by 1 step', () => {
    const next = compareNext(index, at('devops-engineer'), level('devops-engineer'));
    expect(next.gaps.map((g) => [g.gap.level.id, g.gap.steps])).toEqual([
      ['senior-devops-engineer-technical', 6],
      ['senior-devops-engineer-management', 7],
    ]);
    expect(next.nearer).toEqual({ track: 'technical', by: 1 });
  });
});

describe('coverage and direction', () => {
  it.each([
    [0, 'none'],
    [1, 'one'],
    [2, 'covered'],
    [9, 'covered'],
  ] as const)('%i strong is %s', (strong, coverage) => {
    expect(coverageOf({ strong })).toBe(coverage);
  });

  it('weighs the DevOps ladder up, level by level, and a level against itself sideways', () => {
    const ranks = (id: string) =>
      new Map(index.role.skills.map((s) => [s.id, rank(id, s.id)] as [string, number]));
    const weights = index.role.levels
      .filter((l) => l.track !== 'management')
      .map((l) => levelWeight(ranks(l.id)));
    expect(weights).toEqual([...weights].sort((a, b) => a - b));
    expect(moveDirection(weights[2], weights[2])).toBe('sideways');
    expect(moveDirection(weights[2], weights[3])).toBe('up');
    expect(moveDirection(weights[3], weights[0])).toBe('down');
  });
});
