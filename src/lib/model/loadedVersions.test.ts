/**
 * Guards loaded frameworks joining the lineage they name: by the lineage's name (after its latest
 * version), by a framework's id, or as a chain of loaded versions; their skill changes carried with
 * them; and every contradiction refused with a sentence that says which and why, the framework kept
 * on its own: a predecessor nobody has, a circle of versions, a version dated before the one it
 * follows, two skills renamed to one without a merge, a skill changed twice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { devopsFramework } from '../../../tests/unit/fixtures';
import type { Framework, FrameworkFollows } from './types';
import {
  BUILT_IN_LINEAGES,
  followLineages,
  lineageOf,
  renamedSkill,
  skillMappings,
  versionOf,
} from './lineage';
import { dateWords, datedBefore, lineagesFollowing, lineagesWith } from './loadedVersions';
import { validateFramework } from './schema';

const base = devopsFramework();
const loaded = (id: string, name: string, follows?: FrameworkFollows): Framework => ({
  ...base,
  id,
  name,
  ...(follows ? { follows } : {}),
});
const versionIds = (set: ReturnType<typeof lineagesWith>, id: string) =>
  set.lineages.find((l) => l.versions.some((v) => v.frameworkId === id))?.versions.map((v) => v.frameworkId);

describe('joining a lineage', () => {
  it('a loaded DDaT of a later release, naming the lineage, becomes its newest version', () => {
    const next = loaded('user-roles', 'roles', {
      framework: 'DDaT Capability Framework',
      date: '2026-12-07',
    });
    const set = lineagesWith([next]);
    expect(set.problems).toEqual(new Map());
    expect(versionIds(set, 'user-roles')).toEqual(['ddat-devops-engineer-2020', 'ddat-2025', 'user-roles']);
    expect(set.lineages[0].versions.at(-1)!.label).toBe('7 December 2026 (roles, loaded)');
  });

  it('by a framework id, in date order, with its skill changes', () => {
    const next = loaded('mine', 'Mine', {
      framework: 'ddat-devops-engineer-2020',
      date: '2021-06',
      skills: [{ role: 'development-operations-devops-engineer', from: ['prototyping'], to: ['user-focus'] }],
    });
    const set = lineagesWith([next]);
    expect(versionIds(set, 'mine')).toEqual(['ddat-devops-engineer-2020', 'mine', 'ddat-2025']);
    expect(
      skillMappings(
        'development-operations-devops-engineer',
        'ddat-devops-engineer-2020',
        'mine',
        set.changes,
      ),
    ).toEqual([{ from: ['prototyping'], to: ['user-focus'] }]);
  });

  it('a chain of loaded versions, in any order, starts a lineage of its own', () => {
    const first = { ...loaded('v1', 'Ladder'), source: { ...base.source, published: '2024' } };
    const third = loaded('v3', 'Ladder 3', { framework: 'v2', date: '2026' });
    const second = loaded('v2', 'Ladder 2', { framework: 'Ladder', date: '2025' });
    const set = lineagesWith([third, first, second]);
    expect(set.problems).toEqual(new Map());
    expect(versionIds(set, 'v3')).toEqual(['v1', 'v2', 'v3']);
  });

  it('is what the lookups see once the app follows the loaded frameworks', () => {
    const next = loaded('mine', 'Mine', {
      framework: 'ddat-2025',
      date: '2026',
      skills: [
        {
          role: 'development-operations-devops-engineer',
          from: ['modern-development-standards'],
          to: ['prototyping'],
        },
      ],
    });
    const list = [next];
    followLineages(lineagesFollowing(() => list));
    expect(versionOf('mine')?.label).toBe('2026 (Mine, loaded)');
    expect(lineageOf('mine')?.at).toBe(2);
    const role = next.roles[0];
    expect(
      renamedSkill(role, 'mine', 'ddat-2025', {
        id: 'modern-development-standards',
        name: 'Modern development standards',
      })?.id,
    ).toBe('prototyping');
  });
  afterEach(() => followLineages(() => BUILT_IN_LINEAGES));
});

describe('a contradictory chain is refused, said, and the framework kept on its own', () => {
  const cases: { name: string; frameworks: Framework[]; id: string; problem: string }[] = [
    {
      name: 'a predecessor nobody has',
      frameworks: [loaded('a', 'A', { framework: 'Nowhere', date: '2026' })],
      id: 'a',
      problem:
        '"A" follows "Nowhere", which is neither built in nor loaded: it is shown as a framework of its own.',
    },
    {
      name: 'a circle of versions',
      frameworks: [
        loaded('a', 'A', { framework: 'b', date: '2026' }),
        loaded('b', 'B', { framework: 'a', date: '2027' }),
      ],
      id: 'a',
      problem:
        '"A" is in a circle of versions ("A" follows "B" follows "A"): it is shown as a framework of its own.',
    },
    {
      name: 'a later version dated earlier than the one it follows',
      frameworks: [loaded('a', 'A', { framework: 'ddat-2025', date: '2019-05-01' })],
      id: 'a',
      problem:
        '"A" is dated 1 May 2019, before 2025 (CSV download), the version it follows: it is shown as a framework of its own.',
    },
    {
      name: 'two skills renamed to one without a merge',
      frameworks: [
        loaded('a', 'A', {
          framework: 'ddat-2025',
          date: '2026',
          skills: [
            { role: 'r', from: ['x'], to: ['z'] },
            { role: 'r', from: ['y'], to: ['z'] },
          ],
        }),
      ],
      id: 'a',
      problem:
        '"A" cannot be a version of another: it renames two skills of the role "r" to one, "z" (follows.skills 0 and 1): two skills become one only by a merge, one entry from both. It is shown as a framework of its own.',
    },
    {
      name: 'a skill changed twice',
      frameworks: [
        loaded('a', 'A', {
          framework: 'ddat-2025',
          date: '2026',
          skills: [
            { role: 'r', from: ['x'], to: ['z'] },
            { role: 'r', from: ['x', 'w'], to: ['q'] },
          ],
        }),
      ],
      id: 'a',
      problem:
        '"A" cannot be a version of another: it says twice what became of the skill "x" of the role "r" (follows.skills 0 and 1). It is shown as a framework of its own.',
    },
  ];
  it.each(cases)('$name', ({ frameworks, id, problem }) => {
    const set = lineagesWith(frameworks);
    expect(set.problems.get(id)).toBe(problem);
    expect(versionIds(set, id)).toBeUndefined();
    // The built-in lineage is as it was.
    expect(set.lineages[0].versions).toEqual(BUILT_IN_LINEAGES.lineages[0].versions);
  });
});

describe('the file format', () => {
  it('takes follows, and refuses a skill change naming a skill its role does not have', () => {
    const file = (skills: FrameworkFollows['skills']) =>
      JSON.parse(
        JSON.stringify({
          ...base,
          follows: { framework: 'DDaT Capability Framework', date: '2026', skills },
        }),
      );
    expect(validateFramework(file([])).follows?.date).toBe('2026');
    expect(() =>
      validateFramework(file([{ role: base.roles[0].id, from: ['a'], to: ['juggling'] }])),
    ).toThrow(
      'follows.skills.0.to.0: the role "development-operations-devops-engineer" has no skill "juggling"',
    );
    expect(() => validateFramework({ ...file([]), follows: { framework: 'x', date: 'next year' } })).toThrow(
      'follows.date',
    );
  });
});

it('says dates as people read them, and compares them as far as both say', () => {
  expect(dateWords('2026-12-07')).toBe('7 December 2026');
  expect(dateWords('2025')).toBe('2025');
  expect(datedBefore('2019', '2020-01-07')).toBe(true);
  expect(datedBefore('2025', '2025-03-01')).toBe(false);
  expect(datedBefore('2025-03-01', '2025')).toBe(false);
});
