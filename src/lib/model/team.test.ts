/**
 * The team's aggregation, table-driven: who is in it (the latest per person, duplicates said),
 * groups by role, each cell's gap, per skill the people meeting the target and the median, single
 * points of failure, per person the steps short, the arrangement (sort, group, filter, anonymise)
 * and what moved between two dates.
 */
import { describe, expect, it } from 'vitest';
import { median } from 'd3-array';
import { devopsFramework } from '../../../tests/unit/fixtures';
import { indexRole } from './framework';
import { assessmentOf } from './assessment';
import type { Rating } from './gap';
import { noteWords } from './teamWords';
import { arrangeRows } from './teamArrange';
import { compareDates } from './teamDelta';
import { gatherTeam, teamDates, teamGroups, type TeamEntry } from './teamRoster';
import { medianOfCounts, coverageGaps, teamGrid, teamGridInSteps } from './teamGrid';

const framework = devopsFramework();
const index = indexRole(framework, framework.roles[0]);
const SENIOR = 'senior-devops-engineer-technical';

/** An entry: a person's ratings (skill id → proficiency id, or null), target and date. */
function entry(
  person: string,
  ratings: Record<string, string | null>,
  date = '2026-11-01',
  target: string | null = SENIOR,
  file = `${person}.json`,
): TeamEntry {
  const list: Rating[] = Object.entries(ratings).map(([skillId, proficiency]) => ({ skillId, proficiency }));
  return { assessment: assessmentOf(index, list, { person, date, target, source: 'self' }), file };
}

const asked = (skill: string) => index.requirement(SENIOR, skill)!.proficiency;
const all = (proficiency: string | null) =>
  Object.fromEntries(index.role.skills.map((s) => [s.id, proficiency]));

describe('gatherTeam', () => {
  it('keeps a person once, their latest shown, and says when one appears twice on a date', () => {
    const { people, notes } = gatherTeam([
      entry('Alex', { 'user-focus': 'working' }, '2026-10-01'),
      entry('alex ', { 'user-focus': 'practitioner' }, '2026-11-01'),
      entry('Bo', { 'user-focus': 'awareness' }, '2026-11-01', SENIOR, 'a.csv'),
      entry('Bo', { 'user-focus': 'expert' }, '2026-11-01', SENIOR, 'b.csv'),
    ]);
    expect(people.map((p) => [p.name, p.history.length])).toEqual([
      ['Alex', 2],
      ['Bo', 1],
    ]);
    expect(people[1].history[0].file).toBe('b.csv');
    expect(notes.map((note) => noteWords(note, false))).toEqual([
      'Bo appears twice for 2026-11-01 (a.csv and b.csv): the one in b.csv, read last, is kept.',
      'Alex has 2 assessments (2026-10-01, 2026-11-01): the latest is shown.',
    ]);
    // Anonymised, the notes name people as the heatmap does (their place among their role's people).
    expect(notes.map((note) => noteWords(note, true))).toEqual([
      'Person 2 appears twice for 2026-11-01 (a.csv and b.csv): the one in b.csv, read last, is kept.',
      'Person 1 has 2 assessments (2026-10-01, 2026-11-01): the latest is shown.',
    ]);
    expect(teamDates(people)).toEqual(['2026-10-01', '2026-11-01']);
    expect(teamGroups(people)).toEqual([{ group: `${framework.id}|${index.role.id}`, people }]);
  });
});

describe('teamGrid', () => {
  const { people } = gatherTeam([
    entry('Alex', all('expert')),
    entry('Bo', { ...all('awareness'), 'user-focus': 'practitioner' }),
    entry('Casey', all(null), '2026-11-01', null),
  ]);
  const grid = teamGrid(index, people);

  it.each([
    ['Alex', 'service-support', 'expert', 'met'],
    ['Bo', 'service-support', 'awareness', 'short'],
    ['Bo', 'user-focus', 'practitioner', asked('user-focus') === 'practitioner' ? 'met' : 'short'],
    ['Casey', 'service-support', null, undefined],
  ])('%s, %s: rated %s, %s against the target', (person, skill, have, kind) => {
    const row = grid.rows.find((r) => r.name === person)!;
    const cell = row.cells.find((c) => c.skillId === skill)!;
    expect(cell.have).toBe(have);
    expect(cell.gap?.kind).toBe(kind);
  });

  it("counts each person's steps short of their target, and the skills met", () => {
    const alex = grid.rows.find((r) => r.name === 'Alex')!;
    expect([alex.met, alex.steps]).toEqual([alex.asked, 0]);
    const bo = grid.rows.find((r) => r.name === 'Bo')!;
    const rank = (id: string) => framework.proficiencies.find((p) => p.id === id)!.rank;
    const expected = index.role.skills
      .filter((s) => s.id !== 'user-focus' && index.requirement(SENIOR, s.id))
      .reduce((sum, s) => sum + Math.max(0, rank(asked(s.id)) - 1), 0);
    expect(bo.steps).toBe(expected + Math.max(0, rank(asked('user-focus')) - 3));
    // Casey has no target: no gap, nothing asked.
    const casey = grid.rows.find((r) => r.name === 'Casey')!;
    expect([casey.asked, casey.steps, casey.target]).toEqual([0, 0, undefined]);
    expect(alex.reached?.id).toBe('principal-devops-engineer-technical');
  });

  it('per skill: how many meet the target, the median, and who reaches practitioner', () => {
    const support = grid.skills.find((s) => s.skillId === 'service-support')!;
    expect([support.meeting, support.asking]).toEqual([1, 2]);
    // Ranks 4, 1, 0: the median is 1, awareness.
    expect(support.medianName).toBe('Awareness');
    expect(support.strong).toBe(1);
    const focus = grid.skills.find((s) => s.skillId === 'user-focus')!;
    expect(focus.strong).toBe(2);
    const gaps = coverageGaps(grid).map((g) => [g.skill.skillId, g.coverage]);
    expect(gaps).not.toContainEqual(['user-focus', expect.anything()]);
    expect(gaps).toContainEqual(['service-support', 'one']);

    expect(grid.strongAt?.name).toBe('Practitioner');
  });

  // The mistake guarded against: a skill one person holds was flagged, one nobody holds was not.
  it('flags first, and more strongly, a skill nobody holds at practitioner or above', () => {
    const { people } = gatherTeam([
      entry('A', { ...all('awareness'), 'service-support': 'expert' }),
      entry('B', all('awareness')),
    ]);
    const gaps = coverageGaps(teamGrid(index, people));
    expect(gaps.at(-1)).toMatchObject({ skill: { skillId: 'service-support' }, coverage: 'one' });
    expect(gaps.slice(0, -1).every((g) => g.coverage === 'none')).toBe(true);
    expect(gaps).toHaveLength(index.role.skills.length);
  });

  it('puts everyone against one level when asked', () => {
    const against = teamGrid(index, people, { target: 'apprentice-devops-engineer' });
    expect(against.rows.every((r) => r.target?.id === 'apprentice-devops-engineer')).toBe(true);
    expect(against.rows.find((r) => r.name === 'Casey')!.asked).toBeGreaterThan(0);
  });

  it('says "between" for a median between two proficiencies', () => {
    const two = teamGrid(
      index,
      gatherTeam([entry('A', all('working')), entry('B', all('practitioner'))]).people,
    );
    expect(two.skills[0].medianName).toBe('between Working and Practitioner');
  });
});

describe('medianOfCounts', () => {
  it.each([
    [[]],
    [[3]],
    [[1, 4]],
    [[0, 0, 1, 4]],
    [[2, 2, 2, 3, 3, 3]],
    [[0, 1, 2, 3, 4, 4, 4]],
    [[4, 1, 3, 1, 0, 2, 2, 4, 1]],
    [[1.5, 2, 2, 0.5]],
  ])('is the median d3 gives of %j', (values) => {
    const counts = new Map<number, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    expect(medianOfCounts(counts)).toBe(median(values));
  });

  it('agrees with d3 on many random teams', () => {
    let seed = 11;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let t = 0; t < 200; t++) {
      const values = Array.from({ length: 1 + Math.floor(next() * 40) }, () => Math.floor(next() * 5));
      const counts = new Map<number, number>();
      for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
      expect(medianOfCounts(counts)).toBe(median(values));
    }
  });
});

describe('teamGridInSteps', () => {
  const { people } = gatherTeam(
    Array.from({ length: 23 }, (_, i) => entry(`P${i}`, all(i % 2 ? 'working' : 'expert'))),
  );

  it('works out the same grid as teamGrid, a few people at a time, pausing between', async () => {
    let pauses = 0;
    const stepped = await teamGridInSteps(
      index,
      people,
      {},
      async () => void (pauses += 1),
      () => false,
      5,
    );
    expect(stepped).toEqual(teamGrid(index, people));
    // 23 people five at a time: five steps, a pause after each.
    expect(pauses).toBe(5);
  });

  it('gives up when what it is worked out from has changed', async () => {
    let pauses = 0;
    const stepped = await teamGridInSteps(
      index,
      people,
      {},
      async () => void (pauses += 1),
      () => pauses >= 2,
      5,
    );
    expect(stepped).toBeUndefined();
  });
});

describe('arrangeRows', () => {
  const { people } = gatherTeam([
    entry('Casey', all('working'), '2026-11-01', 'devops-engineer'),
    entry('Alex', all('expert')),
    entry('Bo', all('awareness')),
  ]);
  const grid = teamGrid(index, people);
  const arrange = (options: Partial<Parameters<typeof arrangeRows>[2]>) =>
    arrangeRows(index, grid, {
      sort: 'name',
      group: 'none',
      filter: '',
      shortOnly: false,
      anonymise: false,
      ...options,
    }).map(({ row, group }) => (group ? `${group}: ${row.name}` : row.name));

  it.each([
    [{}, ['Alex', 'Bo', 'Casey']],
    [{ sort: 'steps' as const }, ['Bo', 'Casey', 'Alex']],
    [{ sort: 'skill:service-support' as const }, ['Alex', 'Casey', 'Bo']],
    [{ filter: 'ca' }, ['Casey']],
    [{ shortOnly: true }, ['Bo', 'Casey']],
    [
      { group: 'target' as const },
      [
        'Target DevOps engineer: Casey',
        'Target Senior DevOps engineer (technical): Alex',
        'Target Senior DevOps engineer (technical): Bo',
      ],
    ],
    [{ anonymise: true, filter: 'person 3' }, ['Bo']],
  ])('arranges %o as %o', (options, names) => {
    expect(arrange(options)).toEqual(names);
  });
});

describe('compareDates', () => {
  it('says what moved between two dates: per skill who meets it, per person which skills changed', () => {
    const { people } = gatherTeam([
      entry('Alex', all('awareness'), '2026-01-01'),
      entry('Alex', { ...all('awareness'), 'service-support': 'expert' }, '2026-06-01'),
      entry('Bo', all('expert'), '2026-01-01'),
    ]);
    const moves = compareDates(index, people, '2026-01-01', '2026-06-01');
    expect(moves.people).toEqual([
      { number: 1, name: 'Alex', changes: [{ skillId: 'service-support', from: 1, to: 4 }] },
    ]);
    const support = moves.skills.find((s) => s.skillId === 'service-support')!;
    expect([support.before, support.after, support.asking]).toEqual([1, 2, 2]);
    expect([moves.compared, moves.later]).toEqual([2, 0]);
  });

  // The mistake guarded against: people not yet assessed at the earlier date counted as not
  // meeting their target then, so a team assessed once each, on different days, seemed to rise.
  it('counts only the people assessed by both dates, and with nobody shows no rise', () => {
    const staggered = gatherTeam([
      entry('Alex', all('expert'), '2026-01-01'),
      entry('Bo', all('expert'), '2026-03-01'),
      entry('Cy', all('expert'), '2026-06-01'),
    ]).people;
    const moves = compareDates(index, staggered, '2026-01-01', '2026-06-01');
    expect([moves.compared, moves.later]).toEqual([1, 2]);
    for (const skill of moves.skills) expect(skill.after).toBe(skill.before);
    expect(moves.people).toEqual([]);
    const none = compareDates(index, staggered.slice(1), '2026-01-01', '2026-06-01');
    expect([none.compared, none.later]).toEqual([0, 2]);
    expect(none.skills.every((s) => s.before === 0 && s.after === 0 && s.asking === 0)).toBe(true);
  });
});
