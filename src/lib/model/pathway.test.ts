/** Guards the pathway for shapes other than DevOps: no fork, a fork at another level, a track that ends. */
import { describe, expect, it } from 'vitest';
import { linkPathway, previousLevel } from './pathway';
import type { Role } from './types';

const summary = { paragraphs: [], responsibilities: [] };
const level = (id: string, seniority: number, track: string | null = null) => ({
  id,
  name: id,
  seniority,
  track,
  summary,
});

describe('linkPathway', () => {
  it('chains a role with no tracks', () => {
    expect(linkPathway([level('a', 0), level('b', 1), level('c', 2)]).map((l) => l.next)).toEqual([
      ['b'],
      ['c'],
      [],
    ]);
  });

  it('forks where tracks begin and keeps each track on its own lane', () => {
    const levels = linkPathway([
      level('a', 0),
      level('t1', 1, 't'),
      level('m1', 1, 'm'),
      level('t2', 2, 't'),
      level('m2', 2, 'm'),
    ]);
    expect(levels.map((l) => l.next)).toEqual([['t1', 'm1'], ['t2'], ['m2'], [], []]);
  });

  it('joins tracks back to a shared level, and lets a track end early', () => {
    const levels = linkPathway([
      level('t1', 0, 't'),
      level('m1', 0, 'm'),
      level('head', 1),
      level('m2', 1, 'm'),
    ]);
    expect(levels.map((l) => l.next)).toEqual([['head'], ['m2'], [], []]);
  });
});

describe('previousLevel', () => {
  it('prefers the level on the same track', () => {
    const levels = linkPathway([
      level('a', 0),
      level('t1', 1, 't'),
      level('m1', 1, 'm'),
      level('t2', 2, 't'),
    ]);
    const role: Role = { id: 'r', name: 'r', introduction: [], levels, skills: [], requirements: [] };
    expect(previousLevel(role, levels[3])?.id).toBe('t1');
    expect(previousLevel(role, levels[2])?.id).toBe('a');
    expect(previousLevel(role, levels[0])).toBeUndefined();
  });
});
