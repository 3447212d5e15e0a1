/**
 * Guards the versions of the DDaT and the renames between them: the table is what the two sources
 * say (every skill of a role in both versions that matches by neither id nor name is decided by an
 * entry, and every entry names skills that exist), and a rating follows its skill across versions,
 * both ways, the renamed one included, said and not dropped.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Framework, Role } from './types';
import { validateFramework } from './schema';
import { indexRole } from './framework';
import { assessmentOf, findSkill, matchRatings, unmatched } from './assessment';
import {
  DDAT_LINEAGE,
  SKILL_RENAMES,
  lineageOf,
  renamedSkill,
  sameLineage,
  sameRoleElsewhere,
  versionOf,
} from './lineage';

const load = (file: string) =>
  validateFramework(
    JSON.parse(readFileSync(new URL(`../../../static/data/${file}`, import.meta.url), 'utf8')),
  );
const v2020 = load('devops-engineer-2020.json');
const v2025 = load('ddat-2025.json');
const byId = new Map<string, Framework>([
  [v2020.id, v2020],
  [v2025.id, v2025],
]);

describe('the DDaT lineage', () => {
  it('holds the 2020 page and the 2025 CSV as two versions, oldest first, each by its date', () => {
    expect(DDAT_LINEAGE.versions.map((v) => byId.get(v.frameworkId)?.source.published)).toEqual([
      '2020-01-07',
      '2025',
    ]);
    expect(DDAT_LINEAGE.versions.map((v) => v.date)).toEqual(['2020-01-07', '2025']);
    expect(lineageOf('ddat-2025')).toEqual({ lineage: DDAT_LINEAGE, at: 1 });
    expect(sameLineage('ddat-devops-engineer-2020', 'ddat-2025')).toBe(true);
    expect(sameLineage('ddat-2025', 'user-my-ladder')).toBe(false);
    expect(lineageOf('user-my-ladder')).toBeUndefined();
    expect(versionOf('ddat-2025')?.label).toBe('2025 (CSV download)');
    expect(versionOf('user-my-ladder')).toBeUndefined();
  });

  /** The skills of `a`'s role that `b`'s same role has by neither id nor name. */
  const unmatchedSkills = (a: Role, b: Role) =>
    a.skills.filter((s) => !b.skills.some((t) => t.id === s.id) && !findSkill(b, s.name)).map((s) => s.id);

  it('decides, with a rename, every skill the two versions do not match by id or name', () => {
    const candidates: string[] = [];
    for (const older of v2020.roles) {
      const newer = v2025.roles.find((r) => r.id === older.id);
      if (!newer) continue;
      for (const skill of unmatchedSkills(older, newer)) candidates.push(`${older.id}: ${skill} (2020)`);
      for (const skill of unmatchedSkills(newer, older)) candidates.push(`${older.id}: ${skill} (2025)`);
    }
    // Derived from the sources, checked by hand: the one 2020 skill without a match, and the one
    // 2025 skill without one, of the one role both versions hold.
    expect(candidates).toEqual([
      'development-operations-devops-engineer: modern-standards-approach (2020)',
      'development-operations-devops-engineer: modern-development-standards (2025)',
    ]);
    const decided = SKILL_RENAMES.flatMap((r) => [
      `${r.role}: ${r.from.skill} (2020)`,
      `${r.role}: ${r.to.skill} (2025)`,
    ]);
    expect(decided.sort()).toEqual([...candidates].sort());
  });

  it('names, in every rename, skills that its versions have', () => {
    for (const rename of SKILL_RENAMES)
      for (const side of [rename.from, rename.to]) {
        const role = byId.get(side.framework)?.roles.find((r) => r.id === rename.role);
        expect(
          role?.skills.map((s) => s.id),
          `${side.framework} ${rename.role}`,
        ).toContain(side.skill);
      }
  });
});

describe('a rating across versions', () => {
  const role2020 = v2020.roles[0];
  const role2025 = v2025.roles.find((r) => r.id === role2020.id)!;

  it.each([
    ['2020 → 2025', v2020, role2020, v2025, role2025],
    ['2025 → 2020', v2025, role2025, v2020, role2020],
  ] as const)(
    'follows its skill %s, the renamed one included, none dropped',
    (_, from, fromRole, to, toRole) => {
      const mine = assessmentOf(
        indexRole(from, fromRole),
        fromRole.skills.map((s) => ({ skillId: s.id, proficiency: 'working', note: `about ${s.name}` })),
        { date: '2026-12-01' },
      );
      const { ratings, mismatches } = matchRatings(indexRole(to, toRole), mine);
      expect(ratings.map((r) => r.skillId).sort()).toEqual(toRole.skills.map((s) => s.id).sort());
      expect(ratings.every((r) => r.proficiency === 'working')).toBe(true);
      expect(mismatches.filter(unmatched)).toEqual([]);
      const [from2020, to2025] = ['Modern standards approach', 'Modern development standards'];
      const [was, now] = from === v2020 ? [from2020, to2025] : [to2025, from2020];
      expect(mismatches.map((m) => m.why)).toEqual([`"${was}" is now named "${now}"`]);
      // The note written for the old name stays with the rating under the new one.
      const carried = ratings.find((r) => toRole.skills.find((s) => s.id === r.skillId)?.name === now);
      expect(carried?.note).toBe(`about ${was}`);
    },
  );

  it('finds a renamed skill written by its name, as a team file writes it, and only between versions', () => {
    const written = { id: 'Modern standards approach', name: 'Modern standards approach' };
    expect(renamedSkill(role2025, v2025.id, v2020.id, written)?.id).toBe('modern-development-standards');
    expect(renamedSkill(role2025, v2025.id, 'user-other', written)).toBeUndefined();
    expect(renamedSkill(role2025, v2025.id, v2025.id, written)).toBeUndefined();
  });
});

describe('a team of the role shown in another version', () => {
  const ROLE = 'development-operations-devops-engineer';
  const group = (framework: string, role: string, people: number) => ({
    group: `${framework}|${role}`,
    people: Array.from({ length: people }),
  });

  it.each([
    [
      'the same role in the other version',
      [group('ddat-2025', ROLE, 3)],
      { frameworkId: 'ddat-2025', roleId: ROLE },
    ],
    [
      'nothing, when someone has the role shown',
      [group('ddat-devops-engineer-2020', ROLE, 1), group('ddat-2025', ROLE, 3)],
      undefined,
    ],
    ['nothing, for another role', [group('ddat-2025', 'data-scientist', 3)], undefined],
    ['nothing, for a framework of another lineage', [group('user-ladder', ROLE, 3)], undefined],
  ])('gives %s', (_, groups, expected) => {
    expect(sameRoleElsewhere(groups, 'ddat-devops-engineer-2020', ROLE)).toEqual(expected);
  });
});
