/** The profile dumbbells: each skill's rating and requirement on one scale, and a verdict in words. */
import { describe, expect, it } from 'vitest';
import { ddatFramework, devopsIndex } from '../../../tests/unit/fixtures';
import { indexRole } from '../../lib/model/framework';
import { ratingsFromLevel } from '../../lib/model/gap';
import { PROFILE_SIZES, layoutProfile, verdictOf } from './layout';

const index = devopsIndex();
const from = index.role.levels.find((l) => l.name === 'DevOps engineer')!;
const target = index.role.levels.find((l) => l.id === 'senior-devops-engineer-technical')!;

describe('layoutProfile', () => {
  const layout = layoutProfile(index, ratingsFromLevel(index, from), target);

  it('has every skill name whole on at most two lines, widening its column where one needs it, for every 2025 role', () => {
    expect(layout.ticks[0].x).toBe(PROFILE_SIZES.labelWidth + 20); // DevOps: the usual width
    const framework = ddatFramework();
    let widened = 0;
    for (const role of framework.roles) {
      const roleIndex = indexRole(framework, role);
      const made = layoutProfile(roleIndex, [], role.levels[0]);
      const left = made.ticks[0].x - 20;
      expect(left).toBeLessThanOrEqual(PROFILE_SIZES.maxLabelWidth);
      const room = Math.floor((left - PROFILE_SIZES.labelPadding) / PROFILE_SIZES.skillCharWidth);
      for (const [i, row] of made.rows.entries()) {
        expect(row.lines.join(' ')).toBe(role.skills[i].name.split(/\s+/).join(' '));
        expect(row.lines.length).toBeLessThanOrEqual(2);
        for (const line of row.lines) expect(line.length).toBeLessThanOrEqual(room);
      }
      expect(made.width).toBe(left + PROFILE_SIZES.plotWidth + PROFILE_SIZES.verdictWidth);
      if (left > PROFILE_SIZES.labelWidth) widened++;
    }
    expect(widened).toBeGreaterThan(0);
  });

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
