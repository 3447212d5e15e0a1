/** Guards the change marks people read: which level is "previous" and how each skill moved. */
import { describe, expect, it } from 'vitest';
import { devopsIndex } from '../../../tests/unit/fixtures';
import {
  changeBadge,
  changesFromPrevious,
  compareRequirements,
  countChanges,
  levelTransition,
  summariseChanges,
  changeSummaryParts,
  type Change,
} from './changes';
import { changeSteps, stepsWords } from './steps';

const index = devopsIndex();
const level = (id: string) => index.level(id)!;
const rank = (id: string) => ({ a: 1, b: 2, c: 3 })[id] ?? 0;
const req = (proficiency: string, description = 'd') => ({
  levelId: 'l',
  skillId: 's',
  proficiency,
  description,
  skillName: 'S',
});

describe('compareRequirements', () => {
  it.each([
    [undefined, undefined, 'absent', 0],
    [undefined, req('a'), 'new', 0],
    [req('a'), undefined, 'removed', 0],
    [req('a'), req('c'), 'raised', 2],
    [req('c'), req('b'), 'lowered', -1],
    [req('b'), req('b'), 'unchanged', 0],
    [req('b', 'x'), req('b', 'y'), 'reworded', 0],
  ])('%o → %o is %s by %i', (from, to, kind, steps) => {
    expect(compareRequirements(from, to, rank)).toMatchObject({ kind, steps });
  });
});

describe('changes from the previous level on the DevOps path', () => {
  it('Junior → DevOps engineer: 1 new, 8 raised, Modern standards approach keeps its proficiency', () => {
    const transition = changesFromPrevious(index, level('devops-engineer'))!;
    expect(transition.previous.id).toBe('junior-devops-engineer');
    expect(transition.changes.get('development-process-optimisation')?.kind).toBe('new');
    expect(transition.changes.get('modern-standards-approach')).toMatchObject({ kind: 'reworded', steps: 0 });
    expect(summariseChanges(transition.changes.values())).toBe('1 new · 8 raised · 1 reworded · 9 steps up');
  });

  // Hand-checked against the DevOps page: the counts alone ("6 raised" both) hid that management
  // asks for a step more (one skill raised two steps); the steps beside them say it.
  it.each([
    ['devops-engineer', 'senior-devops-engineer-technical', 6, 6, '6 raised · 3 reworded · 6 steps up'],
    ['devops-engineer', 'senior-devops-engineer-management', 6, 7, '6 raised · 2 reworded · 7 steps up'],
    ['junior-devops-engineer', 'devops-engineer', 8, 9, '1 new · 8 raised · 1 reworded · 9 steps up'],
  ])('%s → %s: %i raised, %i steps up', (from, to, raised, up, words) => {
    const changes = [...levelTransition(index, level(from), level(to)).values()];
    expect(changes.filter((c) => c.kind === 'raised')).toHaveLength(raised);
    expect(changeSteps(changes)).toEqual({ up, down: 0 });
    expect(summariseChanges(changes)).toBe(words);
  });

  it('counts a new skill from "not required" up, and a dropped one down', () => {
    const changes = [
      ...levelTransition(index, level('devops-engineer'), level('junior-devops-engineer')).values(),
    ];
    expect(changeSteps(changes)).toEqual({ up: 0, down: 9 });
    expect(stepsWords({ up: 1, down: 2 })).toBe('1 step up · 2 steps down');
    expect(stepsWords({ up: 0, down: 0 })).toBe('');
  });

  it('gives the steps up and the steps down a part each, so that each fits a line of a column header', () => {
    // One part "8 steps up · 2 steps down" ran past its column into the next (2025 end user
    // computing engineer, Principal).
    const change = (kind: Change['kind'], move: number): Change => ({ kind, steps: move, move });
    const changes = [change('raised', 2), change('raised', 6), change('lowered', -1), change('removed', -1)];
    expect(changeSummaryParts(changes)).toEqual([
      '2 raised',
      '1 lowered',
      '1 removed',
      '8 steps up',
      '2 steps down',
    ]);
    expect(summariseChanges(changes)).toBe('2 raised · 1 lowered · 1 removed · 8 steps up · 2 steps down');
    expect(changeSummaryParts([change('lowered', -1)])).toEqual(['1 lowered', '1 step down']);
    expect(changeSummaryParts([change('unchanged', 0)])).toEqual(['no change']);
    // Counts are written as the steps are: "1,500 new", not "1500 new" beside "1,500 steps up".
    expect(changeSummaryParts(Array.from({ length: 1500 }, () => change('new', 1)))).toEqual([
      '1,500 new',
      '1,500 steps up',
    ]);
  });

  it("Senior's previous level is DevOps engineer; Lead technical's is Senior technical", () => {
    expect(changesFromPrevious(index, level('senior-devops-engineer-management'))!.previous.id).toBe(
      'devops-engineer',
    );
    expect(changesFromPrevious(index, level('lead-devops-engineer-technical'))!.previous.id).toBe(
      'senior-devops-engineer-technical',
    );
    expect(changesFromPrevious(index, level('apprentice-devops-engineer'))).toBeUndefined();
  });

  it('Service support rises 1 step, to expert, on the Senior technical track', () => {
    const change = changesFromPrevious(index, level('senior-devops-engineer-technical'))!.changes.get(
      'service-support',
    )!;
    expect(change).toMatchObject({ kind: 'raised', steps: 1 });
    expect(changeBadge(change)).toBe('▲1');
  });

  it('counts in the summary order and leaves unchanged skills out', () => {
    const transition = changesFromPrevious(index, level('lead-devops-engineer-management'))!;
    expect(countChanges(transition.changes.values())).toEqual([
      { kind: 'raised', count: 1 },
      { kind: 'reworded', count: 4 },
    ]);
  });
});
