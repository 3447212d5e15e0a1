/**
 * For random frameworks, assessments and teams, every sentence the app derives says the numbers of
 * the one definition (definitions.ts). Each expected number here is counted afresh from the
 * requirements and ratings themselves (a skill not asked for, or "not yet", is step 0), never by
 * calling the function under test, and read back out of the sentence the page shows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Framework, Level, Role } from './types';
import { indexRole, levelLabel } from './framework';
import { validateFramework } from './schema';
import { levelTransition, summariseChanges } from './changes';
import { compareNext, gapSummary, levelGap, levelReached, type Rating } from './gap';
import { nearerInWords } from './gapReport';
import { compareColumns } from './compare';
import { movesFrom, roleLevels, SIDEWAYS_BAND } from './closeness';
import { movesSummary as roleMovesSummary } from './moveWords';
import { assessmentOf } from './assessment';
import { compareDates } from './teamDelta';
import { gatherTeam } from './teamRoster';
import { teamGrid } from './teamGrid';
import { deltaSummary, teamSummaryRows } from './teamWords';

const SKILLS = 6;
const DATES = ['2026-01-01', '2026-02-01', '2026-03-01'];

/** A framework of 1 to 3 roles on a scale of 1 to 4, each a ladder of 1 to 4 levels and maybe a fork into two tracks. */
const arbitraryFramework = fc
  .record({
    scale: fc.integer({ min: 1, max: 4 }),
    roles: fc.array(
      fc.record({
        ladder: fc.integer({ min: 1, max: 4 }),
        fork: fc.boolean(),
        uses: fc.array(fc.boolean(), { minLength: SKILLS, maxLength: SKILLS }),
        cells: fc.array(
          fc.array(fc.tuple(fc.nat({ max: 4 }), fc.constantFrom('', 'Words.', 'Other words.')), {
            minLength: SKILLS,
            maxLength: SKILLS,
          }),
          { minLength: 6, maxLength: 6 },
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ scale, roles }): Framework => {
    const proficiencies = Array.from({ length: scale }, (_, i) => ({
      id: `p${i + 1}`,
      name: `P${i + 1}`,
      rank: i + 1,
      definition: '',
    }));
    return {
      formatVersion: 1,
      id: 'random',
      name: 'Random',
      source: {
        title: 'Random',
        publisher: 'Tests',
        published: '2026-12-06',
        url: 'https://example.org/',
        licence: 'Open',
        licenceUrl: 'https://example.org/licence',
        attribution: 'Tests',
      },
      proficiencies,
      tracks: [
        { id: 't1', name: 'One' },
        { id: 't2', name: 'Two' },
      ],
      roles: roles.map(({ ladder, fork, uses, cells }, r): Role => {
        const ids = Array.from({ length: ladder }, (_, i) => `r${r}-l${i}`);
        const forked = fork ? [`r${r}-t1`, `r${r}-t2`] : [];
        const levels: Level[] = [
          ...ids.map((id, i) => ({
            id,
            name: `Level ${i}`,
            seniority: i,
            track: null,
            next: i < ladder - 1 ? [ids[i + 1]] : forked,
            summary: { paragraphs: [], responsibilities: [] },
          })),
          ...forked.map((id, t) => ({
            id,
            name: `Level ${ladder}`,
            seniority: ladder,
            track: `t${t + 1}`,
            next: [],
            summary: { paragraphs: [], responsibilities: [] },
          })),
        ];
        const skills = Array.from({ length: SKILLS }, (_, s) => ({ id: `s${s}`, name: `Skill ${s}` })).filter(
          (_, s) => s === 0 || uses[s],
        );
        return {
          id: `role-${r}`,
          name: `Role ${r}`,
          introduction: [],
          levels,
          skills,
          requirements: levels.flatMap((level, l) =>
            skills.flatMap((skill) => {
              const [rank, description] = cells[l][Number(skill.id.slice(1))];
              const step = rank % (scale + 1);
              return step === 0
                ? []
                : [
                    {
                      levelId: level.id,
                      skillId: skill.id,
                      proficiency: `p${step}`,
                      description,
                      skillName: skill.name,
                    },
                  ];
            }),
          ),
        };
      }),
    };
  })
  .map((framework) => validateFramework(framework));

/** A rating per skill: 0 is "not yet", n the scale's n-th proficiency (past the scale: its top). */
const arbitraryRatings = fc.array(fc.nat({ max: 4 }), { minLength: SKILLS, maxLength: SKILLS });

function ratingsOf(framework: Framework, role: Role, steps: number[]): Rating[] {
  const top = framework.proficiencies.length;
  return role.skills.map((skill) => {
    const step = Math.min(steps[Number(skill.id.slice(1))], top);
    return { skillId: skill.id, proficiency: step === 0 ? null : `p${step}` };
  });
}

/** What a level asks of a skill, as a step (0: not asked), read from the requirements themselves. */
const asks = (role: Role, levelId: string, skillId: string) => {
  const found = role.requirements.find((r) => r.levelId === levelId && r.skillId === skillId);
  return found ? Number(found.proficiency.slice(1)) : 0;
};
const has = (ratings: Rating[], skillId: string) => {
  const p = ratings.find((r) => r.skillId === skillId)?.proficiency;
  return p ? Number(p.slice(1)) : 0;
};
const number = (text: string, pattern: RegExp) => {
  const found = pattern.exec(text);
  return found ? Number(found[1]) : 0;
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The expected gap to a level, counted from the requirements and ratings. */
function gapOf(role: Role, ratings: Rating[], levelId: string) {
  let asked = 0;
  let met = 0;
  let steps = 0;
  let short = 0;
  for (const skill of role.skills) {
    const want = asks(role, levelId, skill.id);
    if (want === 0) continue;
    asked += 1;
    const gap = want - has(ratings, skill.id);
    if (gap <= 0) met += 1;
    else {
      short += 1;
      steps += gap;
    }
  }
  return { asked, met, steps, short };
}

const RUNS = { numRuns: 150 };

describe('every sentence says the numbers of the one definition', () => {
  it('the change from one level to another: each kind counted, and the steps up and down', () => {
    fc.assert(
      fc.property(arbitraryFramework, (framework) => {
        const role = framework.roles[0];
        const index = indexRole(framework, role);
        for (const from of role.levels)
          for (const to of role.levels) {
            const sentence = summariseChanges(levelTransition(index, from, to).values());
            const expected = { new: 0, raised: 0, reworded: 0, lowered: 0, removed: 0, up: 0, down: 0 };
            for (const skill of role.skills) {
              const [a, b] = [asks(role, from.id, skill.id), asks(role, to.id, skill.id)];
              if (b > a) expected.up += b - a;
              else expected.down += a - b;
              if (a === 0 && b > 0) expected.new += 1;
              else if (a > 0 && b === 0) expected.removed += 1;
              else if (a > 0 && b > a) expected.raised += 1;
              else if (b > 0 && b < a) expected.lowered += 1;
              else if (a > 0 && a === b) {
                const words = (id: string) =>
                  role.requirements.find((r) => r.levelId === id && r.skillId === skill.id)!.description;
                if (words(from.id) !== words(to.id)) expected.reworded += 1;
              }
            }
            for (const kind of ['new', 'raised', 'reworded', 'lowered', 'removed'] as const)
              expect(number(sentence, new RegExp(`(\\d+) ${kind}\\b`)), `${sentence}: ${kind}`).toBe(
                expected[kind],
              );
            expect(number(sentence, /(\d+) steps? up/), sentence).toBe(expected.up);
            expect(number(sentence, /(\d+) steps? down/), sentence).toBe(expected.down);
            const nothing = Object.values(expected).every((n) => n === 0);
            expect(sentence === 'no change', sentence).toBe(nothing);
          }
      }),
      RUNS,
    );
  });

  it('the gap to a level: met of asked, steps short and in how many skills; the level reached', () => {
    fc.assert(
      fc.property(arbitraryFramework, arbitraryRatings, (framework, steps) => {
        const role = framework.roles[0];
        const index = indexRole(framework, role);
        const ratings = ratingsOf(framework, role, steps);
        for (const level of role.levels) {
          const sentence = gapSummary(levelGap(index, ratings, level));
          const expected = gapOf(role, ratings, level.id);
          expect(sentence, level.id).toMatch(new RegExp(`^meets ${expected.met} of ${expected.asked}`));
          expect(number(sentence, /(\d+) steps? short/), sentence).toBe(expected.steps);
          expect(number(sentence, /short in (\d+) skill/), sentence).toBe(expected.short);
        }
        // The most senior level whose every asked skill is met (the first in the role's order of those as senior).
        const full = role.levels.filter((l) => {
          const g = gapOf(role, ratings, l.id);
          return g.asked > 0 && g.met === g.asked;
        });
        const top = Math.max(...full.map((l) => l.seniority));
        expect(levelReached(index, ratings)?.id).toBe(full.find((l) => l.seniority === top)?.id);
      }),
      RUNS,
    );
  });

  it('which next level is nearer, and by how many steps', () => {
    fc.assert(
      fc.property(arbitraryFramework, arbitraryRatings, (framework, steps) => {
        const role = framework.roles[0];
        const index = indexRole(framework, role);
        const ratings = ratingsOf(framework, role, steps);
        for (const from of role.levels) {
          const sentence = nearerInWords(index, compareNext(index, ratings, from));
          const next = role.levels.filter((l) => l.seniority === from.seniority + 1);
          const shorts = next.map((l) => gapOf(role, ratings, l.id).steps);
          if (next.length === 0) expect(sentence).toBe('There is no level after this one.');
          else if (next.length === 1) expect(sentence).toContain(`is ${shorts[0]} step`);
          else if (shorts[0] === shorts[1])
            expect(sentence).toContain(`as near as each other: ${shorts[0]} step`);
          else {
            const [near, far] = shorts[0] < shorts[1] ? [0, 1] : [1, 0];
            expect(sentence).toMatch(
              new RegExp(
                `^${escape(levelLabel(framework, next[near]))} is nearer, by ${shorts[far] - shorts[near]} steps?: ${shorts[near]} steps? to grow, against ${shorts[far]} steps? for ${escape(levelLabel(framework, next[far]))}\\.$`,
              ),
            );
          }
        }
      }),
      RUNS,
    );
  });

  it('two columns compared: the skills and steps each asks more, and which asks more in all', () => {
    fc.assert(
      fc.property(arbitraryFramework, (framework) => {
        const role = framework.roles[0];
        for (const a of role.levels)
          for (const b of role.levels) {
            if (a === b) continue;
            const comparison = compareColumns(
              framework,
              { roleId: role.id, levelId: a.id },
              { roleId: role.id, levelId: b.id },
            )!;
            const sentence = comparison.summary;
            let [moreA, stepsA, moreB, stepsB, apart] = [0, 0, 0, 0, 0];
            for (const skill of role.skills) {
              const [x, y] = [asks(role, a.id, skill.id), asks(role, b.id, skill.id)];
              apart += x - y;
              if (x > 0 && y > 0 && x > y) [moreA, stepsA] = [moreA + 1, stepsA + x - y];
              if (x > 0 && y > 0 && y > x) [moreB, stepsB] = [moreB + 1, stepsB + y - x];
            }
            const [la, lb] = [escape(comparison.a.label), escape(comparison.b.label)];
            expect(
              number(sentence, new RegExp(`${la} asks for more in (?:all )?(\\d+) skill`)),
              sentence,
            ).toBe(moreA);
            expect(
              number(sentence, new RegExp(`${la} asks for more in (?:all )?\\d+ skills?, (\\d+) step`)),
              sentence,
            ).toBe(stepsA);
            expect(
              number(sentence, new RegExp(`${lb} asks for more in (?:all )?(\\d+) skill`)),
              sentence,
            ).toBe(moreB);
            expect(
              number(sentence, new RegExp(`${lb} asks for more in (?:all )?\\d+ skills?, (\\d+) step`)),
              sentence,
            ).toBe(stepsB);
            const inAll = /In all, (.*)$/.exec(sentence)?.[1];
            if (inAll === undefined) continue; // nothing differs but the words: no "in all"
            if (apart === 0) expect(inAll).toBe('both come to the same number of steps.');
            else
              expect(inAll).toBe(
                `${apart > 0 ? comparison.a.label : comparison.b.label} asks for ${Math.abs(apart)} step${Math.abs(apart) === 1 ? '' : 's'} more than ${apart > 0 ? comparison.b.label : comparison.a.label}.`,
              );
          }
      }),
      RUNS,
    );
  });

  it('moves to other roles: for each role one sideways and one up within the steps, else one down, counted by direction', () => {
    fc.assert(
      fc.property(arbitraryFramework, fc.nat({ max: 8 }), (framework, budget) => {
        const role = framework.roles[0];
        const all = roleLevels(framework);
        const weight = (rl: { ranks: Map<string, number> }) => {
          const ranks = [...rl.ranks.values()].filter((r) => r > 0);
          return ranks.length === 0 ? 0 : ranks.reduce((s, r) => s + r, 0) / ranks.length;
        };
        for (const start of all.filter((rl) => rl.role === role)) {
          const moves = movesFrom(framework, start, budget);
          const sentence = roleMovesSummary(moves, budget, 'here');
          const expected = { sideways: 0, up: 0, down: 0, roles: 0 };
          for (const other of framework.roles) {
            if (other === role) continue;
            const ways = new Set<string>();
            for (const target of all.filter((rl) => rl.role === other && rl.ranks.size > 0)) {
              let cost = 0;
              for (const [skillId, want] of target.ranks)
                cost += Math.max(0, want - (start.ranks.get(skillId) ?? 0));
              if (cost > budget) continue;
              const apart = weight(target) - weight(start);
              ways.add(Math.abs(apart) < SIDEWAYS_BAND - 1e-9 ? 'sideways' : apart > 0 ? 'up' : 'down');
            }
            if (ways.size === 0) continue;
            expected.roles += 1;
            if (ways.has('sideways')) expected.sideways += 1;
            if (ways.has('up')) expected.up += 1;
            if (!ways.has('sideways') && !ways.has('up')) expected.down += 1;
          }
          const total = expected.sideways + expected.up + expected.down;
          if (total === 0) {
            expect(sentence).toBe(
              `No level of another role is within ${budget} step${budget === 1 ? '' : 's'} of here.`,
            );
            continue;
          }
          for (const way of ['sideways', 'up', 'down'] as const)
            expect(number(sentence, new RegExp(`(\\d+) ${way}`)), sentence).toBe(expected[way]);
          // No way up is said, not left to be noticed.
          expect(sentence.includes('none up'), sentence).toBe(expected.up === 0);
          expect(number(sentence, /(\d+) roles? within/), sentence).toBe(expected.roles);
          if (total !== expected.roles) expect(number(sentence, /^(\d+) moves/), sentence).toBe(total);
          // Each move's cost is the steps short of the level it leads to.
          for (const move of moves) {
            const target = all.find((rl) => rl.level === move.to.level)!;
            let cost = 0;
            for (const [skillId, want] of target.ranks)
              cost += Math.max(0, want - (start.ranks.get(skillId) ?? 0));
            expect(move.steps).toBe(cost);
          }
        }
      }),
      RUNS,
    );
  });

  it('a team: who is compared between two dates, who is left out, and how many cover each skill', () => {
    const arbitraryTeam = fc.array(
      fc.array(fc.tuple(fc.nat({ max: DATES.length - 1 }), arbitraryRatings), { minLength: 1, maxLength: 3 }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(
        arbitraryFramework,
        arbitraryTeam,
        fc.nat({ max: DATES.length - 1 }),
        fc.nat({ max: DATES.length - 1 }),
        (framework, team, i, j) => {
          const role = framework.roles[0];
          const index = indexRole(framework, role);
          const [from, to] = [DATES[Math.min(i, j)], DATES[Math.max(i, j)]];
          const entries = team.flatMap((history, p) => {
            const byDate = new Map(history.map(([d, steps]) => [DATES[d], steps]));
            return [...byDate].map(([date, steps]) => ({
              file: `person-${p}.json`,
              assessment: assessmentOf(index, ratingsOf(framework, role, steps), {
                person: `Person ${p}`,
                date,
              }),
            }));
          });
          const { people } = gatherTeam(entries);
          const first = team.map((history) => DATES[Math.min(...history.map(([d]) => d))]);
          const compared = first.filter((d) => d <= from).length;
          const later = first.filter((d) => d > from && d <= to).length;
          const sentence = deltaSummary(compareDates(index, people, from, to), from, to);
          if (compared === 0) expect(sentence).toMatch(/^Nobody in the team was assessed by/);
          else expect(sentence).toMatch(new RegExp(`^Of the ${compared} (person|people) assessed by both`));
          expect(number(sentence, /(\d+) (?:person was|people were) first assessed after/), sentence).toBe(
            later,
          );

          // Coverage on the later date: how many, as they stood then, hold the skill at the strong proficiency or above.
          const scale = framework.proficiencies.length;
          const strong = scale >= 2 ? scale - 1 : scale;
          const stood = team
            .map((history) => history.filter(([d]) => DATES[d] <= to).sort((x, y) => x[0] - y[0]))
            .filter((h) => h.length > 0)
            // Sorted by date, stably: of two assessments of one date, the later in the list is the one kept.
            .map((h) => ratingsOf(framework, role, h.at(-1)![1]));
          const grid = teamGrid(index, people, { date: to });
          const row = teamSummaryRows(grid).find((r) => r.key === 'strong')!;
          role.skills.forEach((skill, s) => {
            const holders = stood.filter((ratings) => has(ratings, skill.id) >= strong).length;
            expect(row.values[s], skill.name).toBe(
              holders === 0 ? '✖ none' : holders === 1 ? '⚠ only 1' : String(holders),
            );
          });
        },
      ),
      RUNS,
    );
  });
});
