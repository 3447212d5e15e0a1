/**
 * The gap model: met, short by n and not asked; how far each level is; the next level on every
 * path and which is nearer; the skills to grow; and what changed between two snapshots. For the
 * DevOps role (two tracks), a ladder with no tracks, and a role that forks three ways.
 */
import { describe, expect, it } from 'vitest';
import { devopsIndex, smallFramework } from '../../../tests/unit/fixtures';
import { indexRole } from './framework';
import type { Framework, Level } from './types';
import {
  compareNext,
  diffRatings,
  gapSummary,
  levelGap,
  levelReached,
  nextLevels,
  ratingsFromLevel,
  skillsToGrow,
  type Rating,
} from './gap';
import { standing } from './gapReport';

const SCALE = [
  { id: 'aw', name: 'Awareness', rank: 1, definition: '' },
  { id: 'wk', name: 'Working', rank: 2, definition: '' },
  { id: 'pr', name: 'Practitioner', rank: 3, definition: '' },
  { id: 'ex', name: 'Expert', rank: 4, definition: '' },
];

/** A small framework: levels as [id, seniority, track, next], requirements as "level:skill:prof". */
function framework(
  tracks: string[],
  levels: [string, number, string | null, string[]][],
  requirements: string[],
): Framework {
  return smallFramework({
    proficiencies: SCALE,
    tracks,
    roles: [
      {
        id: 'r',
        name: 'R',
        introduction: [],
        levels: levels.map(([id, seniority, track, next]) => ({
          id,
          name: id,
          seniority,
          track,
          next,
          summary: { paragraphs: [], responsibilities: [] },
        })),
        skills: ['s1', 's2', 's3'].map((id) => ({ id, name: id })),
        requirements: requirements.map((text) => {
          const [levelId, skillId, proficiency] = text.split(':');
          return { levelId, skillId, proficiency, description: '', skillName: skillId };
        }),
      },
    ],
  });
}

const ladder = framework(
  [],
  [
    ['junior', 0, null, ['mid']],
    ['mid', 1, null, ['senior']],
    ['senior', 2, null, []],
  ],
  [
    'junior:s1:aw',
    'junior:s2:aw',
    'mid:s1:wk',
    'mid:s2:wk',
    'mid:s3:aw',
    'senior:s1:pr',
    'senior:s2:pr',
    'senior:s3:wk',
  ],
);

const threeWays = framework(
  ['a', 'b', 'c'],
  [
    ['base', 0, null, ['a1', 'b1', 'c1']],
    ['a1', 1, 'a', ['a2']],
    ['b1', 1, 'b', []],
    ['c1', 1, 'c', []],
    ['a2', 2, 'a', []],
  ],
  [
    'base:s1:aw',
    'a1:s1:ex',
    'a1:s2:wk',
    'b1:s1:wk',
    'b1:s3:wk',
    'c1:s1:pr',
    'c1:s2:pr',
    'c1:s3:pr',
    'a2:s1:ex',
  ],
);

const rate = (...pairs: [string, string | null][]): Rating[] =>
  pairs.map(([skillId, proficiency]) => ({ skillId, proficiency }));

describe('levelGap', () => {
  const index = indexRole(ladder, ladder.roles[0]);
  const level = (id: string) => index.level(id)!;

  it.each([
    // ratings, level, kinds by skill, met, asked, steps
    ['meets all', rate(['s1', 'wk'], ['s2', 'wk'], ['s3', 'aw']), 'mid', ['met', 'met', 'met'], 3, 3, 0],
    ['short by one', rate(['s1', 'aw'], ['s2', 'wk'], ['s3', 'aw']), 'mid', ['short', 'met', 'met'], 2, 3, 1],
    [
      'not yet counts as nothing',
      rate(['s1', null], ['s2', 'wk']),
      'mid',
      ['short', 'met', 'short'],
      1,
      3,
      3,
    ],
    [
      'a skill the level does not ask for',
      rate(['s1', 'aw'], ['s2', 'aw'], ['s3', 'ex']),
      'junior',
      ['met', 'met', 'not-asked'],
      2,
      2,
      0,
    ],
    ['short by several', rate(), 'senior', ['short', 'short', 'short'], 0, 3, 8],
  ] as const)('%s', (_, ratings, levelId, kinds, met, asked, steps) => {
    const gap = levelGap(index, [...ratings], level(levelId));
    expect(gap.skills.map((s) => s.kind)).toEqual(kinds);
    expect([gap.met, gap.asked, gap.steps]).toEqual([met, asked, steps]);
  });

  it('says how far above a met skill is, and how far short a short one', () => {
    const gap = levelGap(index, rate(['s1', 'ex'], ['s2', 'aw']), level('mid'));
    expect(gap.skills[0]).toMatchObject({ kind: 'met', above: 2 });
    expect(gap.skills[1]).toMatchObject({ kind: 'short', steps: 1, asked: 'wk', have: 'aw' });
  });

  it('sums it up in words, without a score', () => {
    expect(gapSummary(levelGap(index, rate(['s1', 'aw'], ['s2', 'wk']), level('mid')))).toBe(
      'meets 1 of 3; 2 steps short in 2 skills',
    );
    expect(gapSummary(levelGap(index, rate(['s1', 'wk'], ['s2', 'wk'], ['s3', 'aw']), level('mid')))).toBe(
      'meets 3 of 3',
    );
  });
});

describe('the next levels on every path', () => {
  const devops = devopsIndex();
  const devopsLevel = (name: string, track: string | null) =>
    devops.role.levels.find((l) => l.name === name && l.track === track)!;
  const ids = (levels: { level: Level }[]) => levels.map((l) => l.level.id);

  it('forks to both tracks after DevOps engineer, and moves across from a track', () => {
    expect(
      nextLevels(devops, devopsLevel('DevOps engineer', null)).map((n) => [n.track, n.level.name]),
    ).toEqual([
      ['technical', 'Senior DevOps engineer'],
      ['management', 'Senior DevOps engineer'],
    ]);
    const fromSeniorTech = nextLevels(devops, devopsLevel('Senior DevOps engineer', 'technical'));
    expect(fromSeniorTech.map((n) => [n.track, n.level.name])).toEqual([
      ['technical', 'Lead DevOps engineer'],
      ['management', 'Lead DevOps engineer'],
    ]);
    expect(nextLevels(devops, devopsLevel('Principal DevOps engineer', 'management'))).toEqual([]);
  });

  it('has one next level on a ladder with no tracks, and three at a three-way fork', () => {
    const plain = indexRole(ladder, ladder.roles[0]);
    expect(ids(nextLevels(plain, plain.level('junior')!))).toEqual(['mid']);
    const three = indexRole(threeWays, threeWays.roles[0]);
    expect(ids(nextLevels(three, three.level('base')!))).toEqual(['a1', 'b1', 'c1']);
    // From b1: nothing further on b; a2 on track a is one step up, across.
    expect(ids(nextLevels(three, three.level('b1')!))).toEqual(['a2']);
  });

  it('says which path is nearer, and by how many steps', () => {
    const three = indexRole(threeWays, threeWays.roles[0]);
    const ratings = rate(['s1', 'wk'], ['s2', 'wk'], ['s3', 'aw']);
    const next = compareNext(three, ratings, three.level('base')!);
    expect(next.gaps.map((g) => [g.track, g.gap.steps])).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 4],
    ]);
    expect(next.nearer).toEqual({ track: 'b', by: 1 });
    // From the DevOps engineer's own requirements: Senior (technical) raises six skills a step;
    // Senior (management) raises five a step and Development process optimisation two.
    const from = devopsLevel('DevOps engineer', null);
    const devopsNext = compareNext(devops, ratingsFromLevel(devops, from), from);
    expect(devopsNext.gaps.map((g) => [g.track, g.gap.steps])).toEqual([
      ['technical', 6],
      ['management', 7],
    ]);
    expect(devopsNext.nearer).toEqual({ track: 'technical', by: 1 });
    // One path only: nothing to compare.
    const plain = indexRole(ladder, ladder.roles[0]);
    expect(compareNext(plain, [], plain.level('junior')!).nearer).toBeUndefined();
  });
});

describe('skills to grow, the level reached, and snapshots', () => {
  const index = indexRole(ladder, ladder.roles[0]);

  it('ranks the skills to grow by steps short, then in the role order', () => {
    const gap = levelGap(index, rate(['s1', 'aw'], ['s2', null], ['s3', 'wk']), index.level('senior')!);
    expect(skillsToGrow(gap).map((s) => [s.skillId, s.steps])).toEqual([
      ['s2', 3],
      ['s1', 2],
    ]);
  });

  it('finds the most senior level whose every asked skill is met', () => {
    expect(levelReached(index, rate(['s1', 'wk'], ['s2', 'wk'], ['s3', 'aw']))?.id).toBe('mid');
    expect(levelReached(index, rate(['s1', 'aw']))).toBeUndefined();
  });

  it("starts from a level's own requirements, not yet where it asks nothing", () => {
    expect(ratingsFromLevel(index, index.level('junior')!)).toEqual(
      rate(['s1', 'aw'], ['s2', 'aw'], ['s3', null]),
    );
  });

  it('says what changed between two snapshots, by steps', () => {
    const before = rate(['s1', 'aw'], ['s2', 'wk']);
    const after = rate(['s1', 'pr'], ['s2', 'wk'], ['s3', 'aw']);
    expect(diffRatings(index, before, after)).toEqual([
      { skillId: 's1', from: 'aw', to: 'pr', steps: 2 },
      { skillId: 's3', from: null, to: 'aw', steps: 1 },
    ]);
    expect(diffRatings(index, after, after)).toEqual([]);
  });
});

describe('where the ratings stand (standing)', () => {
  const plain = indexRole(ladder, ladder.roles[0]);
  const three = indexRole(threeWays, threeWays.roles[0]);
  const devops = devopsIndex();
  const devopsEngineer = devops.role.levels.find((l) => l.name === 'DevOps engineer')!;
  const ids = (levels: Level[]) => levels.map((l) => l.id);

  it.each<
    [string, ReturnType<typeof indexRole>, Rating[], string | null, string | undefined, string[], string]
  >([
    // name, role, ratings, chosen, reached, targets, focus
    ['nothing rated: the first level is next', plain, [], null, undefined, ['junior'], 'junior'],
    [
      'a ladder: the one next level',
      plain,
      rate(['s1', 'wk'], ['s2', 'wk'], ['s3', 'aw']),
      null,
      'mid',
      ['senior'],
      'senior',
    ],
    [
      'a level chosen: only that one',
      plain,
      rate(['s1', 'wk'], ['s2', 'wk'], ['s3', 'aw']),
      'junior',
      'mid',
      ['junior'],
      'junior',
    ],
    [
      'the top reached: it is its own target',
      plain,
      rate(['s1', 'ex'], ['s2', 'ex'], ['s3', 'ex']),
      null,
      'senior',
      ['senior'],
      'senior',
    ],
    [
      'three tracks: each next, the nearer first in focus',
      three,
      rate(['s1', 'wk'], ['s2', 'wk'], ['s3', 'aw']),
      null,
      'base',
      ['a1', 'b1', 'c1'],
      'b1',
    ],
    [
      'DevOps engineer: both Senior levels, technical nearer',
      devops,
      ratingsFromLevel(devops, devopsEngineer),
      null,
      devopsEngineer.id,
      ['senior-devops-engineer-technical', 'senior-devops-engineer-management'],
      'senior-devops-engineer-technical',
    ],
  ])('%s', (_, index, ratings, chosen, reached, targets, focus) => {
    const where = standing(index, ratings, chosen);
    expect(where.reached?.id).toBe(reached);
    expect(ids(where.targets)).toEqual(targets);
    expect(where.focus.id).toBe(focus);
  });
});
