/** Snapshots over time: one per day and source, in date order; and progress toward a level. */
import { describe, expect, it } from 'vitest';
import { devopsIndex } from '../../../tests/unit/fixtures';
import { assessmentOf } from './assessment';
import { historyKey, progressToward, saveSnapshot } from './assessmentHistory';
import { ratingsFromLevel } from './gap';

const index = devopsIndex();
const level = (name: string, track: string | null = null) =>
  index.role.levels.find((l) => l.name === name && l.track === track)!;
const at = (name: string, date: string, source: 'self' | 'manager' = 'self') =>
  assessmentOf(index, ratingsFromLevel(index, level(name)), { date, source });

describe('saveSnapshot', () => {
  it('keeps many, in date order, one per day and source', () => {
    let history = saveSnapshot([], at('DevOps engineer', '2026-06-01'));
    history = saveSnapshot(history, at('Junior DevOps engineer', '2025-12-01'));
    history = saveSnapshot(history, at('DevOps engineer', '2026-06-01', 'manager'));
    expect(history.map((s) => [s.date, s.source])).toEqual([
      ['2025-12-01', 'self'],
      ['2026-06-01', 'manager'],
      ['2026-06-01', 'self'],
    ]);
    // Saving again the same day updates that day's snapshot.
    const updated = saveSnapshot(history, at('Junior DevOps engineer', '2026-06-01'));
    expect(updated).toHaveLength(3);
    expect(updated[2].ratings).toEqual(at('Junior DevOps engineer', '2026-06-01').ratings);
  });

  it('keys a history by framework and role', () => {
    expect(historyKey('ddat-devops-engineer-2020', 'development-operations-devops-engineer')).toBe(
      'ddat-devops-engineer-2020/development-operations-devops-engineer',
    );
  });
});

describe('progressToward', () => {
  it('shows a profile moving toward the target, step by step', () => {
    const target = level('Senior DevOps engineer', 'technical');
    const history = [at('Junior DevOps engineer', '2025-06-01'), at('DevOps engineer', '2026-06-01')];
    const points = progressToward(index, history, target);
    expect(points.map((p) => p.date)).toEqual(['2025-06-01', '2026-06-01']);
    expect(points[1]).toEqual({ date: '2026-06-01', source: 'self', met: 4, asked: 10, steps: 6 });
    expect(points[0].steps).toBeGreaterThan(points[1].steps);
  });
});
