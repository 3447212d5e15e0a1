/** Guards the benchmark's synthetic framework: valid, the promised size, and growing 4× per step. */
import { describe, expect, it } from 'vitest';
import { validateFramework } from '../../src/lib/model/schema';
import { syntheticFramework } from './synthetic';

const cells = (scale: number) => {
  const role = syntheticFramework({ scale }).roles[0];
  return role.skills.length * role.levels.length;
};

describe('syntheticFramework', () => {
  it('is a valid framework of 60 skills × 12 levels × 3 tracks', () => {
    const framework = validateFramework(syntheticFramework());
    const role = framework.roles[0];
    expect(role.skills).toHaveLength(60);
    expect(new Set(role.levels.map((l) => l.seniority)).size).toBe(12);
    expect(new Set(role.levels.map((l) => l.track)).size).toBe(4); // null + 3 tracks
    expect(role.requirements.length).toBeGreaterThan(role.skills.length * role.levels.length * 0.6);
  });

  it('grows its cell count about 4× and 16×', () => {
    expect(cells(4) / cells(1)).toBeCloseTo(4, 0);
    expect(cells(16) / cells(1)).toBeCloseTo(16, 0);
  });
});
