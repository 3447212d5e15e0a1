/**
 * Guards the migration of a person's ratings between versions: both ways between the 2020 page and
 * the 2025 CSV (the renamed skill carried, its note kept), and on hand-made roles a merge (the lower
 * rating carried, the other kept), a split (each part rated), a skill no longer asked for (kept, never
 * dropped) and one newly asked for; and the report's sentences.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFramework } from './schema';
import { indexRole } from './framework';
import type { AssessmentRating } from './assessment';
import { skillMappings } from './lineage';
import { migrateRatings, migrationWords } from './migration';
import type { Framework, Role } from './types';

const load = (file: string) =>
  validateFramework(
    JSON.parse(readFileSync(new URL(`../../../static/data/${file}`, import.meta.url), 'utf8')),
  );
const v2020 = load('devops-engineer-2020.json');
const v2025 = load('ddat-2025.json');
const DEVOPS = 'development-operations-devops-engineer';
const in2020 = indexRole(v2020, v2020.roles[0]);
const in2025 = indexRole(
  v2025,
  v2025.roles.find((r) => r.id === DEVOPS)!,
);

const rate = (
  skill: string,
  skillName: string,
  proficiency: string | null,
  note?: string,
): AssessmentRating => ({
  skill,
  skillName,
  proficiency,
  ...(note ? { note } : {}),
});

describe('between the 2020 page and the 2025 CSV', () => {
  it('carries every rating forward, the renamed skill under its 2025 id and name, its note kept', () => {
    const ratings = v2020.roles[0].skills.map((s, i) =>
      rate(s.id, s.name, i % 2 ? 'working' : 'expert', `note ${i}`),
    );
    const m = migrateRatings(
      in2025,
      v2020.id,
      ratings,
      skillMappings(DEVOPS, v2020.id, v2025.id),
      v2020.roles[0],
    );
    expect(m.kept).toBe(9);
    expect(m.renamed).toEqual([['Modern standards approach', 'Modern development standards']]);
    expect(m.noLongerAsked).toEqual([]);
    expect(m.newlyAsked).toEqual([]);
    const carried = m.ratings.find((r) => r.skill === 'modern-development-standards')!;
    const was = ratings.find((r) => r.skill === 'modern-standards-approach')!;
    expect([carried.proficiency, carried.note]).toEqual([was.proficiency, was.note]);
    expect(m.ratings.every((r) => in2025.skill(r.skill))).toBe(true);
  });

  it('carries them back, 2025 to 2020, the same way', () => {
    const ratings = [rate('modern-development-standards', 'Modern development standards', 'practitioner')];
    const m = migrateRatings(in2020, v2025.id, ratings, skillMappings(DEVOPS, v2025.id, v2020.id));
    expect(m.ratings).toEqual([
      rate('modern-standards-approach', 'Modern standards approach', 'practitioner'),
    ]);
    expect(migrationWords(m)).toEqual([
      '"Modern development standards" is carried as "Modern standards approach", its name in this version',
    ]);
  });
});

/** A framework of one role with skills named by their ids, on the DDaT's scale. */
function single(skills: string[]): { framework: Framework; role: Role } {
  const role: Role = {
    id: 'r',
    name: 'R',
    introduction: [],
    levels: [],
    requirements: [],
    skills: skills.map((id) => ({ id, name: id.toUpperCase() })),
  };
  return { framework: { ...v2020, id: 'next', roles: [role] }, role };
}

describe('merges, splits, removals and additions', () => {
  const before = single(['a', 'b', 'c', 'gone']).role;
  const { framework, role } = single(['ab', 'c1', 'c2', 'fresh']);
  const index = indexRole(framework, role);
  const mappings = [
    { from: ['a', 'b'], to: ['ab'] },
    { from: ['c'], to: ['c1', 'c2'] },
  ];
  const ratings = [
    rate('a', 'A', 'expert', 'Led it.'),
    rate('b', 'B', 'working'),
    rate('c', 'C', 'practitioner', 'Both halves.'),
    rate('gone', 'GONE', 'awareness', 'Keep me.'),
  ];
  const m = migrateRatings(index, 'earlier', ratings, mappings, before);

  it('carries the lower of two merged ratings, and keeps the other as it was', () => {
    expect(m.ratings.filter((r) => r.skill === 'ab')).toEqual([rate('ab', 'AB', 'working')]);
    expect(m.ratings).toContainEqual(rate('a', 'A', 'expert', 'Led it.'));
    expect(m.merged).toEqual([{ from: ['A', 'B'], to: 'AB', took: 'B' }]);
  });

  it("gives each part of a split skill the whole one's rating and note", () => {
    expect(m.ratings.filter((r) => r.skill.startsWith('c'))).toEqual([
      rate('c1', 'C1', 'practitioner', 'Both halves.'),
      rate('c2', 'C2', 'practitioner', 'Both halves.'),
    ]);
  });

  it('keeps a rating of a skill no longer asked for, as it was, and says which skills are new', () => {
    expect(m.ratings).toContainEqual(rate('gone', 'GONE', 'awareness', 'Keep me.'));
    expect(m.noLongerAsked).toEqual(['GONE']);
    expect(m.newlyAsked).toEqual(['FRESH']);
  });

  it('drops no rating: every one it was given is carried or kept', () => {
    for (const r of ratings)
      expect(m.ratings.some((c) => c.proficiency === r.proficiency && c.note === r.note)).toBe(true);
  });

  it('says it all in the report', () => {
    expect(migrationWords(m)).toEqual([
      '"A" and "B" are merged into "AB": it takes the lower rating, "B"\'s, and the other is kept and listed',
      '"C" is split into "C1" and "C2": each takes its rating',
      '"GONE" is no longer asked for: kept, and listed below',
      'newly asked for, to rate: "FRESH"',
    ]);
  });

  it('takes "not yet" as the lower rating of a merge', () => {
    const notYet = migrateRatings(
      index,
      'earlier',
      [rate('a', 'A', 'expert'), rate('b', 'B', null)],
      mappings,
    );
    expect(notYet.ratings.find((r) => r.skill === 'ab')?.proficiency).toBeNull();
  });
});
