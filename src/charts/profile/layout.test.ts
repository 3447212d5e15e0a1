/** The profile dumbbells: each skill's rating and requirement on one scale, and a verdict in words. */
import { describe, expect, it } from 'vitest';
import { devopsIndex } from '../../../tests/unit/fixtures';
import { ratingsFromLevel } from '../../lib/model/gap';
import { layoutProfile, verdictOf } from './layout';

const index = devopsIndex();
const from = index.role.levels.find((l) => l.name === 'DevOps engineer')!;
const target = index.role.levels.find((l) => l.id === 'senior-devops-engineer-technical')!;

describe('layoutProfile', () => {
  const layout = layoutProfile(index, ratingsFromLevel(index, from), target);

  it('has a row per skill, a tick per proficiency and one for not yet', () => {
    expect(layout.rows.map((r) => r.skill.name)).toEqual(index.role.skills.map((s) => s.name));
    expect(layout.ticks.map((t) => t.label)).toEqual([
      'not yet',
      'Awareness',
      'Working',
      'Practitioner',
      'Expert',
    ]);
    const xs = layout.ticks.map((t) => t.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('puts the target to the right of the rating by as many ticks as the skill is short', () => {
    const step = layout.ticks[1].x - layout.ticks[0].x;
    for (const row of layout.rows) {
      if (row.gap.kind === 'short') expect(row.targetX! - row.youX).toBeCloseTo(row.gap.steps * step);
      if (row.gap.kind === 'met') expect(row.targetX!).toBeLessThanOrEqual(row.youX);
    }
    // From the DevOps engineer's own requirements, Senior (technical) is six steps in six skills.
    expect(layout.rows.filter((r) => r.verdict === 'short by 1')).toHaveLength(6);
  });

  it('names every row in words', () => {
    const row = layout.rows.find((r) => r.skill.name === 'Service support')!;
    expect(row.ariaLabel).toBe(
      'Service support: you practitioner; Senior DevOps engineer (technical) asks expert; short by 1',
    );
    for (const r of layout.rows) {
      expect(r.y + r.height).toBeLessThanOrEqual(layout.height);
      expect(r.youX).toBeLessThan(layout.width);
    }
  });
});

it.each([
  [{ kind: 'not-asked', skillId: 'a', have: null } as const, 'not asked'],
  [{ kind: 'short', skillId: 'a', asked: 'x', have: null, steps: 2 } as const, 'short by 2'],
  [{ kind: 'met', skillId: 'a', asked: 'x', have: 'y', above: 0 } as const, 'met'],
  [{ kind: 'met', skillId: 'a', asked: 'x', have: 'y', above: 1 } as const, 'met, 1 above'],
])('says %o as "%s"', (gap, words) => {
  expect(verdictOf(gap)).toBe(words);
});
