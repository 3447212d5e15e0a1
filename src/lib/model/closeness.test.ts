/**
 * Closeness between role levels: shortfalls only, a skill missing on one side, the same level, a
 * framework with three tracks; the moves within a budget; the skill-to-roles index; and a
 * hand-worked move in the 2025 framework.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFramework } from './schema';
import { indexRole } from './framework';
import { levelGap, ratingsFromLevel } from './gap';
import type { Framework } from './types';
import {
  frameworkSkills,
  levelWeight,
  mapColumns,
  moveCost,
  moveDirection,
  stepsBetween,
  DIRECTIONS,
  nearestMoves,
  movesFrom,
  movesWithin,
  ranksOfRatings,
  roleLevels,
  skillName,
  skillToRoles,
} from './closeness';
import { smallFramework } from '../../../tests/unit/fixtures';

const SCALE = [1, 2, 3, 4].map((rank) => ({ id: `p${rank}`, name: `P${rank}`, rank, definition: '' }));

/** Roles as { id: { level: "skill:rank skill:rank" } }, levels in seniority order. */
function framework(roles: Record<string, Record<string, string>>, tracks: string[] = []): Framework {
  return smallFramework({
    proficiencies: SCALE,
    tracks,
    roles: Object.entries(roles).map(([id, levels]) => ({
      id,
      name: id.toUpperCase(),
      introduction: [],
      levels: Object.keys(levels).map((levelId, i) => {
        const track = tracks.find((t) => levelId.endsWith(`-${t}`)) ?? null;
        return {
          id: levelId,
          name: levelId,
          seniority: track ? Object.keys(levels).length : i,
          track,
          next: [],
          summary: { paragraphs: [], responsibilities: [] },
        };
      }),
      skills: [
        ...new Set(Object.values(levels).flatMap((s) => s.split(' ').map((p) => p.split(':')[0]))),
      ].map((s) => ({ id: s, name: s })),
      requirements: Object.entries(levels).flatMap(([levelId, text]) =>
        text.split(' ').map((pair) => {
          const [skillId, rank] = pair.split(':');
          return { levelId, skillId, proficiency: `p${rank}`, description: '', skillName: skillId };
        }),
      ),
    })),
  });
}

const f = framework({
  dev: { 'dev-1': 'code:2 test:1', 'dev-2': 'code:3 test:2 design:1' },
  sre: { 'sre-1': 'code:1 ops:2', 'sre-2': 'code:2 ops:3 test:2' },
  arch: { 'arch-1': 'design:3 code:2', 'arch-2': 'design:4 code:3' },
});
const level = (id: string) => roleLevels(f).find((rl) => rl.level.id === id)!;

describe('moveCost', () => {
  it.each([
    ['dev-2', 'sre-2', 3, [['ops', 0, 3, 3]]],
    // Only shortfalls: dev-2 exceeds sre-1 in code and costs nothing there.
    ['dev-2', 'sre-1', 2, [['ops', 0, 2, 2]]],
    ['dev-1', 'arch-1', 3, [['design', 0, 3, 3]]],
    ['arch-2', 'dev-2', 2, [['test', 0, 2, 2]]],
    ['dev-2', 'dev-2', 0, []],
  ])('from %s to %s costs %i steps', (from, to, steps, skills) => {
    const cost = moveCost(level(from), level(to));
    expect(cost.steps).toBe(steps);
    expect(cost.skills.map((s) => [s.skillId, s.from, s.to, s.steps])).toEqual(skills);
  });

  it('is not symmetric: growing into a level is not growing out of it', () => {
    expect(moveCost(level('dev-1'), level('arch-2')).steps).toBe(5);
    expect(moveCost(level('arch-2'), level('dev-1')).steps).toBe(1);
  });

  it('counts a three-track framework’s levels each as their own', () => {
    const three = framework({ r: { base: 'a:1', 'x-t1': 'a:3', 'x-t2': 'a:2 b:2', 'x-t3': 'b:4' } }, [
      't1',
      't2',
      't3',
    ]);
    const levels = roleLevels(three);
    expect(levels).toHaveLength(4);
    const base = levels[0];
    expect(levels.slice(1).map((to) => moveCost(base, to).steps)).toEqual([2, 3, 4]);
  });
});

describe('stepsBetween', () => {
  it("is moveCost's steps, for every pair of the 2025 framework's levels", () => {
    const all = roleLevels(ddat2025());
    let checked = 0;
    for (let i = 0; i < all.length; i += 3)
      for (let j = 0; j < all.length; j += 5) {
        expect(stepsBetween(all[i], all[j])).toBe(moveCost(all[i], all[j]).steps);
        checked += 1;
      }
    expect(checked).toBeGreaterThan(2500);
  });

  it('is worked out once per framework: the same role levels, asked twice', () => {
    const framework = ddat2025();
    expect(roleLevels(framework)).toBe(roleLevels(framework));
  });
});

describe('movesWithin', () => {
  it('gives, per other role, the most senior level within the budget, cheapest first', () => {
    const moves = movesWithin(f, { roleId: 'dev', levelId: 'dev-2' }, 3);
    // arch-2 (design 1 → 4, code already met) is within 3 steps, so it beats arch-1.
    expect(moves.map((m) => [m.to.level.id, m.steps, m.direction])).toEqual([
      ['arch-2', 3, 'up'],
      ['sre-2', 3, 'up'],
    ]);
    // Within 2 steps the SRE role's only level is its first, below the start: listed after the move up.
    expect(
      movesWithin(f, { roleId: 'dev', levelId: 'dev-2' }, 2).map((m) => [m.to.level.id, m.direction]),
    ).toEqual([
      ['arch-1', 'up'],
      ['sre-1', 'down'],
    ]);
    expect(movesWithin(f, { roleId: 'dev', levelId: 'dev-2' }, 1)).toEqual([]);
    expect(movesWithin(f, { roleId: 'dev', levelId: 'nope' }, 9)).toEqual([]);
  });
});

describe('the direction of a move', () => {
  it.each([
    // [from's weight, to's weight, direction]: within a quarter of a step either way is sideways.
    [2, 2, 'sideways'],
    [2.3, 2.4, 'sideways'],
    [2.3, 2.05, 'down'],
    [2, 2.25, 'up'],
    [2, 2.249, 'sideways'],
    [3, 1, 'down'],
  ] as const)('from a weight of %d to %d is %s', (from, to, direction) => {
    expect(moveDirection(from, to)).toBe(direction);
  });

  it('weighs a level by the mean rank of what it asks, nothing asked weighing 0', () => {
    expect(levelWeight(level('dev-2').ranks)).toBe(2);
    expect(levelWeight(level('arch-2').ranks)).toBe(3.5);
    expect(levelWeight(new Map())).toBe(0);
    expect(
      levelWeight(
        new Map([
          ['a', 0],
          ['b', 3],
        ]),
      ),
    ).toBe(3);
  });

  it("lists a role's cheapest level sideways and its most senior level up, and a role's level down only when it has neither", () => {
    const g = framework({
      me: { 'me-1': 'a:2 b:2' },
      // o-1 (weight 1) is down, o-2 (2) sideways, o-3 (3) up, o-4 (4) up but out of a 4-step budget.
      other: { 'o-1': 'a:1', 'o-2': 'a:2 b:2', 'o-3': 'a:3 b:3', 'o-4': 'a:4 b:4 c:4' },
      low: { 'l-1': 'a:1', 'l-2': 'a:1 b:1' },
    });
    const moves = movesWithin(g, { roleId: 'me', levelId: 'me-1' }, 4);
    expect(moves.map((m) => [m.to.level.id, m.direction, m.steps])).toEqual([
      ['o-2', 'sideways', 0],
      ['o-3', 'up', 2],
      ['l-2', 'down', 0],
    ]);
  });
});

describe('skillToRoles', () => {
  it('lists every role level that asks for a skill, most proficient first', () => {
    expect(skillToRoles(f, 'design').map((e) => [e.level.id, e.rank])).toEqual([
      ['arch-2', 4],
      ['arch-1', 3],
      ['dev-2', 1],
    ]);
    expect(skillToRoles(f, 'juggling')).toEqual([]);
  });
});

let loaded: Framework | undefined;
/** The 2025 framework, read once. */
const ddat2025 = () =>
  (loaded ??= validateFramework(
    JSON.parse(readFileSync(new URL('../../../static/data/ddat-2025.json', import.meta.url), 'utf8')),
  ));

describe('the 2025 framework', () => {
  const ddat = ddat2025();
  const devops = ddat.roles.find((r) => r.id === 'development-operations-devops-engineer')!;

  it('prices a move up the DevOps ladder as the gap model does', () => {
    const all = roleLevels(ddat);
    const at = (id: string) => all.find((rl) => rl.role.id === devops.id && rl.level.id === id)!;
    const index = indexRole(ddat, devops);
    const from = index.level('devops-engineer')!;
    for (const to of ['senior-devops-engineer-technical', 'senior-devops-engineer-management'])
      expect(moveCost(at('devops-engineer'), at(to)).steps).toBe(
        levelGap(index, ratingsFromLevel(index, from), index.level(to)!).steps,
      );
  });

  it('lists the moves from the DevOps engineer sideways and up first, and the entry levels of other ladders apart, down', () => {
    const moves = movesWithin(ddat, { roleId: devops.id, levelId: 'devops-engineer' }, 6);
    const ways = moves.map((m) => m.direction);
    expect(ways[0]).not.toBe('down');
    // Grouped: every sideways move before every move up, and every move up before every move down.
    expect(ways).toEqual([...ways].sort((a, b) => DIRECTIONS.indexOf(a) - DIRECTIONS.indexOf(b)));
    // The developer's ladder, hand-checked: Developer (2.4 against 2.3) is sideways, Senior developer up.
    const developer = moves.filter((m) => m.to.role.id === 'software-developer');
    expect(developer.map((m) => [m.to.level.name, m.direction])).toEqual([
      ['Developer', 'sideways'],
      ['Senior developer', 'up'],
    ]);
    // "Associate application operations engineer, 3 steps": the cheapest, but a step down.
    const associate = moves.find((m) => m.to.level.name === 'Associate application operations engineer');
    expect(associate?.direction).toBe('down');
    for (const group of DIRECTIONS) {
      const steps = moves.filter((m) => m.direction === group).map((m) => m.steps);
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
    }
  });

  it('places a role of one level by the seniority its requirements imply, not in the entry column', () => {
    const column = mapColumns(ddat);
    const of = (name: string) => {
      const role = ddat.roles.find((r) => r.name === name)!;
      return column(role, role.levels[0]);
    };
    const most = Math.max(...ddat.roles.flatMap((r) => r.levels.map((l) => l.seniority)));
    // The chief roles ask for no proficiency; the source marks them "Senior Civil Service".
    expect(of('Chief technology officer')).toBe(most);
    // Programme delivery manager asks for expert in every skill; Content strategist (mean 3.33) for less.
    expect(of('Programme delivery manager')).toBe(most);
    expect(of('Content strategist')).toBeGreaterThanOrEqual(3);
    expect(of('Content strategist')).toBeLessThan(most);
    // A role with a ladder keeps its own order.
    expect(devops.levels.map((l) => column(devops, l))).toEqual(devops.levels.map((l) => l.seniority));
  });

  it('finds moves from the DevOps engineer into other roles, each named with its skills', () => {
    const moves = movesWithin(ddat, { roleId: devops.id, levelId: 'devops-engineer' }, 6);
    expect(moves.length).toBeGreaterThan(0);
    for (const move of moves) {
      expect(move.to.role.id).not.toBe(devops.id);
      expect(move.steps).toBe(move.skills.reduce((sum, s) => sum + s.steps, 0));
      expect(move.steps).toBeLessThanOrEqual(6);
    }
  });
});

describe('moves from your own ratings', () => {
  it('prices a move from your ratings as from a level with the same requirements', () => {
    const framework = ddat2025();
    const role = framework.roles.find((r) => r.id === 'development-operations-devops-engineer')!;
    const level = role.levels.find((l) => l.id === 'devops-engineer')!;
    const ratings = role.skills.map((skill) => ({
      skillId: skill.id,
      proficiency:
        role.requirements.find((r) => r.levelId === level.id && r.skillId === skill.id)?.proficiency ?? null,
    }));
    const fromRatings = movesFrom(framework, { role, level, ranks: ranksOfRatings(framework, ratings) }, 6);
    expect(fromRatings).toEqual(movesWithin(framework, { roleId: role.id, levelId: level.id }, 6));
    // Rated higher in the skill the developer's level most wants grown, that level costs less, and
    // one as senior or more is in reach.
    const before = fromRatings.find((m) => m.to.role.id === 'software-developer')!;
    const grow = before.skills[0].skillId;
    const better = [...ratings.filter((r) => r.skillId !== grow), { skillId: grow, proficiency: 'expert' }];
    const start = { role, level, ranks: ranksOfRatings(framework, better) };
    const target = roleLevels(framework).find(
      (rl) => rl.role.id === 'software-developer' && rl.level.id === before.to.level.id,
    )!;
    expect(moveCost(start, target).steps).toBeLessThan(before.steps);
    const after = movesFrom(framework, start, 6).find((m) => m.to.role.id === 'software-developer')!;
    expect(after.to.level.seniority).toBeGreaterThanOrEqual(before.to.level.seniority);
    // "Not yet" and an unknown proficiency are no rank at all.
    expect(
      ranksOfRatings(framework, [
        { skillId: 'a', proficiency: null },
        { skillId: 'b', proficiency: 'wizard' },
      ]).size,
    ).toBe(0);
  });

  it('names each skill once across the framework, in order', () => {
    const skills = frameworkSkills(ddat2025());
    expect(new Set(skills.map((s) => s.id)).size).toBe(skills.length);
    expect(skills.map((s) => s.name)).toEqual(
      [...skills.map((s) => s.name)].sort((a, b) => a.localeCompare(b)),
    );
    expect(skillName(ddat2025(), 'user-focus')).toBe('User focus');
  });
});

describe('nearestMoves', () => {
  it('gives each role level its cheapest move to another role, within the budget', () => {
    const framework = ddat2025();
    const moves = nearestMoves(framework, 3);
    const froms = moves.map((m) => `${m.from.role.id}|${m.from.level.id}`);
    expect(new Set(froms).size).toBe(froms.length);
    expect(
      moves.every((m) => m.steps <= 3 && m.to.role.id !== m.from.role.id && m.direction !== 'down'),
    ).toBe(true);
    // From the DevOps engineer: the cheapest move sideways or up, of those the list gives.
    const devops = moves.find(
      (m) =>
        m.from.role.id === 'development-operations-devops-engineer' && m.from.level.id === 'devops-engineer',
    )!;
    const listed = movesWithin(framework, { roleId: devops.from.role.id, levelId: 'devops-engineer' }, 3);
    const cheapest = Math.min(...listed.filter((m) => m.direction !== 'down').map((m) => m.steps));
    expect(devops.steps).toBe(cheapest);
    expect(listed).toContainEqual(devops);
    expect(nearestMoves(framework, 3).length).toBeLessThanOrEqual(nearestMoves(framework, 6).length);
  });
});
