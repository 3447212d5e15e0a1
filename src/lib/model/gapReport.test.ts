/** The gap in words: skills to grow with the target's own words, and which next level is nearer. */
import { describe, expect, it } from 'vitest';
import { ddatFramework, devopsIndex } from '../../../tests/unit/fixtures';
import { indexRole } from './framework';
import { compareNext, ratingsFromLevel } from './gap';
import { belowWords, gapReport, nearerInWords, standing } from './gapReport';

const index = devopsIndex();
const from = index.role.levels.find((l) => l.name === 'DevOps engineer')!;
const seniorTech = index.role.levels.find((l) => l.id === 'senior-devops-engineer-technical')!;
const principal = index.role.levels.find((l) => l.id === 'principal-devops-engineer-management')!;
const ratings = ratingsFromLevel(index, from);

describe('gapReport', () => {
  it('lists the skills to grow, most steps first, in the target’s own words', () => {
    const report = gapReport(index, ratings, seniorTech, from);
    expect(report.headline).toBe(
      'Senior DevOps engineer (technical): meets 4 of 10; 6 steps short in 6 skills.',
    );
    expect(report.grow).toHaveLength(6);
    for (const skill of report.grow) {
      expect(skill.steps).toBe(1);
      expect(skill.description).toBe(index.requirement(seniorTech.id, skill.skill.id)!.description);
      // Every "raised from" names its level.
      expect(skill.fromNearest).toMatch(/^raised 1 step from \w+ at DevOps engineer$/);
    }
    // Principal asks more: the biggest gaps come first.
    const far = gapReport(index, ratings, principal, from).grow;
    expect(far.map((s) => s.steps)).toEqual([...far.map((s) => s.steps)].sort((a, b) => b - a));
  });

  it('says when a level is met in full', () => {
    expect(gapReport(index, ratings, from).headline).toBe(
      'DevOps engineer: meets all 10 skills it asks for.',
    );
  });

  it('says a level that asks for nothing as it is, not as "met in all 0 skills"', () => {
    const ddat = ddatFramework();
    const chief = indexRole(
      ddat,
      ddat.roles.find((r) => r.name === 'Chief data officer')!,
    );
    const [only] = chief.role.levels;
    const report = gapReport(chief, [], only);
    expect(report.headline).toBe(
      'Chief data officer asks for no proficiency in any skill: there is nothing to meet.',
    );
    expect(report.grow).toEqual([]);
    const where = standing(chief, [], null, only.id);
    expect(belowWords(chief, where.held!, where.below!)).toBe(
      'Chief data officer asks for no proficiency in any skill.',
    );
  });
});

describe('nearerInWords', () => {
  it('names the nearer track and by how much', () => {
    expect(nearerInWords(index, compareNext(index, ratings, from))).toBe(
      'Senior DevOps engineer (technical) is nearer, by 1 step: 6 steps to grow, against 7 steps for Senior DevOps engineer (management).',
    );
  });

  it('says when there is nothing after, or one way on', () => {
    expect(nearerInWords(index, { gaps: [] })).toBe('There is no level after this one.');
    const apprentice = index.role.levels.find((l) => l.seniority === 0)!;
    expect(nearerInWords(index, compareNext(index, ratingsFromLevel(index, apprentice), apprentice))).toMatch(
      /^The next level, Junior DevOps engineer, is \d+ steps? away\.$/,
    );
  });
});

// The mistake guarded against: one rating a step below her own level told an engineer she had
// reached only Junior, and measured her gap to DevOps engineer, not to the Senior levels.
describe('the gap from the level held today', () => {
  const oneBelow = ratings.map((r) => (r.skillId === 'prototyping' ? { ...r, proficiency: 'working' } : r));

  it('measures to the next level on each track from the level held, whatever one rating says', () => {
    const without = standing(index, oneBelow, null);
    expect(without.reached?.name).toBe('Junior DevOps engineer');
    const where = standing(index, oneBelow, null, from.id);
    expect(where.held?.id).toBe(from.id);
    expect(where.from?.id).toBe(from.id);
    expect(where.targets.map((l) => l.id)).toEqual([
      'senior-devops-engineer-technical',
      'senior-devops-engineer-management',
    ]);
    // Management asks a step more (one skill raised two steps): technical is nearer.
    expect(nearerInWords(index, where.next)).toBe(
      'Senior DevOps engineer (technical) is nearer, by 1 step: 7 steps to grow, against 8 steps for Senior DevOps engineer (management).',
    );
  });

  it('lists where they fall short of the level they hold, on its own', () => {
    const where = standing(index, oneBelow, null, from.id);
    expect(belowWords(index, where.held!, where.below!)).toBe(
      'Below your level, DevOps engineer, in 1 skill: Prototyping, 1 step.',
    );
    const met = standing(index, ratings, null, from.id);
    expect(belowWords(index, met.held!, met.below!)).toBe('You meet everything DevOps engineer asks for.');
  });
});
