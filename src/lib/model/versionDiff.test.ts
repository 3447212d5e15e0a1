/**
 * Guards the diff between versions: the DevOps role from the 2020 page to the 2025 CSV as the two
 * sources say it (checked by hand: the same nine levels, one skill renamed, every one of the 85
 * requirements reworded and none raised or lowered), and, table-driven on small hand-made roles,
 * each kind of change a release can make: renamed, merged, split, removed and added skills, levels
 * added and removed, proficiencies raised and lowered.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFramework } from './schema';
import { skillMappings } from './lineage';
import {
  diffFrameworks,
  diffRole,
  matchSkills,
  renameCandidates,
  requirementWords,
  roleDiffWords,
  type SkillMapping,
} from './versionDiff';
import type { Framework, Role } from './types';

const load = (file: string) =>
  validateFramework(
    JSON.parse(readFileSync(new URL(`../../../static/data/${file}`, import.meta.url), 'utf8')),
  );
const v2020 = load('devops-engineer-2020.json');
const v2025 = load('ddat-2025.json');
const DEVOPS = 'development-operations-devops-engineer';
const role2020 = v2020.roles.find((r) => r.id === DEVOPS)!;
const role2025 = v2025.roles.find((r) => r.id === DEVOPS)!;

describe('the DevOps role, 2020 page to 2025 CSV', () => {
  const diff = diffRole(v2020, role2020, v2025, role2025, skillMappings(DEVOPS, v2020.id, v2025.id));

  it('keeps nine skills and renames one, by the rename table', () => {
    const fates = diff.skills.map(
      (f) => `${f.kind}: ${f.from.map((s) => s.name)} → ${f.to.map((s) => s.name)}`,
    );
    expect(fates.filter((f) => f.startsWith('same'))).toHaveLength(9);
    expect(fates.filter((f) => !f.startsWith('same'))).toEqual([
      'renamed: Modern standards approach → Modern development standards',
    ]);
    expect(diff.maybeRenamed).toEqual([]);
  });

  it('without the table, leaves the skill removed and added, and offers it as a rename to confirm', () => {
    const bare = diffRole(v2020, role2020, v2025, role2025);
    expect(bare.skills.filter((f) => f.kind === 'removed').map((f) => f.from[0].id)).toEqual([
      'modern-standards-approach',
    ]);
    expect(bare.maybeRenamed.map((m) => [m.from.id, m.to.id])).toEqual([
      ['modern-standards-approach', 'modern-development-standards'],
    ]);
  });

  it('has the same nine levels, none added or removed', () => {
    expect(diff.levels.map((l) => [l.before?.id, l.after?.id])).toEqual(
      role2025.levels.map((l) => [l.id, l.id]),
    );
  });

  it('counts every requirement of the source reworded and none raised, lowered, new or dropped', () => {
    // Hand-checked: both sources ask for the same 85 (level, skill) pairs at the same proficiency,
    // and the 2025 CSV words every description afresh.
    expect(role2020.requirements).toHaveLength(85);
    expect(diff.counts).toEqual({
      raised: 0,
      lowered: 0,
      reworded: 85,
      new: 0,
      removed: 0,
      unchanged: 0,
      changed: 85,
    });
    expect(roleDiffWords(diff)).toBe(
      '85 requirements of 85 changed: no proficiency raised or lowered; 85 descriptions reworded; 1 skill renamed (Modern standards approach → Modern development standards).',
    );
  });

  it('keeps each description verbatim on its side', () => {
    const cell = diff.rows[0].cells[0];
    const source2020 = role2020.requirements.find(
      (r) => r.levelId === cell.level.before!.id && r.skillId === diff.rows[0].fate.from[0].id,
    );
    expect(cell.before[0]).toBe(source2020);
    expect(cell.after?.description).toBe(
      role2025.requirements.find((r) => r.levelId === cell.level.after!.id && r.skillId === cell.skill.id)
        ?.description,
    );
  });

  it('is the same change read backwards, 2025 to 2020', () => {
    const back = diffRole(v2025, role2025, v2020, role2020, skillMappings(DEVOPS, v2025.id, v2020.id));
    expect(
      back.skills.filter((f) => f.kind === 'renamed').map((f) => [f.from[0].name, f.to[0].name]),
    ).toEqual([['Modern development standards', 'Modern standards approach']]);
    expect(back.counts.changed).toBe(85);
  });
});

/** A small role: skills a..e, levels one..three; requirements written "level.skill=proficiency". */
function role(skills: string[], levels: string[], asks: string[], words = 'x'): Role {
  return {
    id: 'r',
    name: 'R',
    family: 'F',
    introduction: [],
    skills: skills.map((id) => ({ id, name: id.toUpperCase() })),
    levels: levels.map((id, i) => ({
      id,
      name: id,
      seniority: i,
      track: null,
      summary: { paragraphs: [], responsibilities: [] },
      next: [],
    })),
    requirements: asks.map((ask) => {
      const [at, proficiency] = ask.split('=');
      const [levelId, skillId] = at.split('.');
      return { levelId, skillId, proficiency, description: words, skillName: skillId.toUpperCase() };
    }),
  };
}

const frameworkOf = (roles: Role[]): Framework => ({
  ...v2020,
  id: 'f',
  roles,
});

describe('each kind of change, on hand-made roles', () => {
  const cases: {
    name: string;
    before: Role;
    after: Role;
    mappings?: SkillMapping[];
    fates: string[];
    counts: Partial<Record<'raised' | 'lowered' | 'reworded' | 'new' | 'removed' | 'unchanged', number>>;
  }[] = [
    {
      name: 'a proficiency raised and one lowered',
      before: role(['a', 'b'], ['one'], ['one.a=working', 'one.b=expert']),
      after: role(['a', 'b'], ['one'], ['one.a=expert', 'one.b=awareness']),
      fates: ['same a→a', 'same b→b'],
      counts: { raised: 1, lowered: 1 },
    },
    {
      name: 'a skill renamed by the table',
      before: role(['a', 'old'], ['one'], ['one.a=working', 'one.old=working']),
      after: role(['a', 'new'], ['one'], ['one.a=working', 'one.new=practitioner']),
      mappings: [{ from: ['old'], to: ['new'] }],
      fates: ['same a→a', 'renamed old→new'],
      counts: { unchanged: 1, raised: 1 },
    },
    {
      name: 'two skills merged into one: the higher of the two is what it asked before',
      before: role(['a', 'b', 'c'], ['one'], ['one.a=working', 'one.b=awareness', 'one.c=expert']),
      after: role(['ab', 'c'], ['one'], ['one.ab=working', 'one.c=expert']),
      mappings: [{ from: ['a', 'b'], to: ['ab'] }],
      fates: ['merged a,b→ab', 'same c→c'],
      counts: { unchanged: 2 },
    },
    {
      name: 'a skill split into two: each part compared with the whole',
      before: role(['a'], ['one'], ['one.a=working']),
      after: role(['a1', 'a2'], ['one'], ['one.a1=working', 'one.a2=practitioner']),
      mappings: [{ from: ['a'], to: ['a1', 'a2'] }],
      fates: ['split a→a1,a2'],
      counts: { unchanged: 1, raised: 1 },
    },
    {
      name: 'a skill removed and one added, not taken for a rename without the table',
      before: role(['a', 'gone'], ['one'], ['one.a=working', 'one.gone=working']),
      after: role(['a', 'fresh'], ['one'], ['one.a=working', 'one.fresh=working']),
      fates: ['same a→a', 'added →fresh', 'removed gone→'],
      counts: { unchanged: 1, new: 1, removed: 1 },
    },
    {
      name: 'a level added and one removed',
      before: role(['a'], ['one', 'two'], ['one.a=working', 'two.a=expert']),
      after: role(['a'], ['one', 'three'], ['one.a=working', 'three.a=expert']),
      fates: ['same a→a'],
      counts: { unchanged: 1, new: 1, removed: 1 },
    },
    {
      name: 'a description reworded',
      before: role(['a'], ['one'], ['one.a=working'], 'You know it.'),
      after: role(['a'], ['one'], ['one.a=working'], 'You know it well.'),
      fates: ['same a→a'],
      counts: { reworded: 1 },
    },
    {
      name: 'a skill matched by its name when its id changed',
      before: role(['a'], ['one'], ['one.a=working']),
      after: {
        ...role(['a'], ['one'], ['one.a=working']),
        skills: [{ id: 'a-new', name: 'A' }],
        requirements: [
          { levelId: 'one', skillId: 'a-new', proficiency: 'working', description: 'x', skillName: 'A' },
        ],
      },
      fates: ['same a→a-new'],
      counts: { unchanged: 1 },
    },
  ];
  it.each(cases)('$name', ({ before, after, mappings, fates, counts }) => {
    const diff = diffRole(frameworkOf([before]), before, frameworkOf([after]), after, mappings);
    expect(diff.skills.map((f) => `${f.kind} ${f.from.map((s) => s.id)}→${f.to.map((s) => s.id)}`)).toEqual(
      fates,
    );
    const expected = { raised: 0, lowered: 0, reworded: 0, new: 0, removed: 0, unchanged: 0, ...counts };
    const { changed, ...got } = diff.counts;
    expect(got).toEqual(expected);
    expect(changed).toBe(
      expected.raised + expected.lowered + expected.reworded + expected.new + expected.removed,
    );
  });

  it('marks the levels added and removed', () => {
    const before = role(['a'], ['one', 'two'], ['one.a=working']);
    const after = role(['a'], ['one', 'three'], ['one.a=working']);
    const diff = diffRole(frameworkOf([before]), before, frameworkOf([after]), after);
    expect(diff.levels.map((l) => `${l.before?.id ?? '-'}/${l.after?.id ?? '-'}`)).toEqual([
      'one/one',
      '-/three',
      'two/-',
    ]);
    expect(roleDiffWords(diff)).toContain('1 level added (three); 1 level removed (two)');
  });

  it('refuses a mapping that is both a merge and a split, and one naming a skill already matched', () => {
    const before = role(['a', 'b'], ['one'], ['one.a=working']);
    const after = role(['c', 'd', 'a'], ['one'], ['one.c=working']);
    expect(
      matchSkills(before, after, [
        { from: ['a', 'b'], to: ['c', 'd'] },
        { from: ['a'], to: ['c'] },
      ]).map((f) => f.kind),
    ).toEqual(['added', 'added', 'same', 'removed']);
  });

  it('words the counts with proficiency moves first, said even when none', () => {
    expect(
      requirementWords({ raised: 2, lowered: 1, reworded: 0, new: 1, removed: 0, unchanged: 3, changed: 4 }),
    ).toBe('2 requirements raised, 1 requirement lowered; 1 requirement newly asked for');
  });
});

describe('the whole framework', () => {
  it('from the 2020 page to the 2025 CSV: 51 roles added, none removed, the DevOps role compared', () => {
    const diff = diffFrameworks(v2020, v2025, (roleId) => skillMappings(roleId, v2020.id, v2025.id));
    expect(diff.rolesAdded).toHaveLength(51);
    expect(diff.rolesRemoved).toEqual([]);
    expect(diff.rolesRenamed).toEqual([]);
    const family = diff.families.find((f) => f.rolesCompared > 0)!;
    expect(family.family).toBe(role2025.family);
    expect(family.requirementsChanged).toBe(85);
    expect(diff.families.reduce((n, f) => n + f.rolesAdded.length, 0)).toBe(51);
  });

  it('finds a role renamed (same id) and one removed', () => {
    const a = role(['a'], ['one'], ['one.a=working']);
    const before = frameworkOf([a, { ...a, id: 'gone', name: 'Gone' }]);
    const after = frameworkOf([{ ...a, name: 'R2' }]);
    const diff = diffFrameworks(before, after);
    expect(diff.rolesRenamed.map((r) => [r.before.name, r.after.name])).toEqual([['R', 'R2']]);
    expect(diff.rolesRemoved.map((r) => r.name)).toEqual(['Gone']);
  });
});

describe('renames offered for a person to confirm', () => {
  const skill = (id: string, name: string) => ({ id, name });
  const fate = (kind: 'removed' | 'added', id: string, name: string) =>
    kind === 'removed'
      ? { kind, from: [skill(id, name)], to: [] }
      : { kind, from: [], to: [skill(id, name)] };

  it('pairs each removed skill with the added one whose name shares most words, each offered once', () => {
    const pairs = renameCandidates([
      fate('removed', 'msa', 'Modern standards approach'),
      fate('removed', 'proto', 'Prototyping'),
      fate('removed', 'gone', 'Juggling'),
      fate('added', 'pt', 'Prototyping and testing'),
      fate('added', 'mds', 'Modern development standards'),
      fate('added', 'new', 'Quantum'),
    ]);
    expect(pairs.map((p) => [p.from.id, p.to.id])).toEqual([
      ['msa', 'mds'],
      ['proto', 'pt'],
    ]);
  });

  it('offers one removed and one added whatever their names, and nothing where no name is shared', () => {
    expect(renameCandidates([fate('removed', 'a', 'Alpha'), fate('added', 'b', 'Beta')])).toHaveLength(1);
    expect(
      renameCandidates([
        fate('removed', 'a', 'Alpha'),
        fate('removed', 'c', 'Gamma'),
        fate('added', 'b', 'Beta'),
      ]),
    ).toEqual([]);
  });
});
