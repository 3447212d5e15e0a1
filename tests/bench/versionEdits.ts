/**
 * A later version of a framework made by a seeded generator, for the benchmark of "what changed"
 * (and its unit test): `edits` changes spread over its roles, each one of raising or lowering a
 * requirement a step, rewording a description, renaming a skill (by id), or dropping a requirement.
 * The same edits every run.
 */
import type { Framework, Role } from '../../src/lib/model/types';
import { random } from './syntheticTeam';

export type Edit = 'raised' | 'lowered' | 'reworded' | 'renamed' | 'dropped';

export function editedFramework(
  framework: Framework,
  edits: number,
  seed = 11,
): { framework: Framework; made: Record<Edit, number> } {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const ranks = [...framework.proficiencies].sort((a, b) => a.rank - b.rank).map((p) => p.id);
  const roles: Role[] = framework.roles.map((role) => ({
    ...role,
    skills: role.skills.map((s) => ({ ...s })),
    requirements: role.requirements.map((r) => ({ ...r })),
  }));
  const made: Record<Edit, number> = { raised: 0, lowered: 0, reworded: 0, renamed: 0, dropped: 0 };
  const touched = new Set<object>();
  for (let tries = 0; tries < edits * 20 && Object.values(made).reduce((a, b) => a + b, 0) < edits; tries++) {
    const role = pick(roles.filter((r) => r.requirements.length > 0));
    const requirement = pick(role.requirements);
    if (touched.has(requirement)) continue;
    const kind = pick<Edit>(['raised', 'lowered', 'reworded', 'reworded', 'renamed', 'dropped']);
    const at = ranks.indexOf(requirement.proficiency);
    if (kind === 'raised' && at < ranks.length - 1) requirement.proficiency = ranks[at + 1];
    else if (kind === 'lowered' && at > 0) requirement.proficiency = ranks[at - 1];
    else if (kind === 'reworded') requirement.description = `${requirement.description} (revised)`;
    else if (kind === 'renamed') {
      const skill = role.skills.find((s) => s.id === requirement.skillId)!;
      if (skill.name.endsWith(' (renamed)')) continue;
      skill.name = `${skill.name} (renamed)`;
    } else if (kind === 'dropped') role.requirements = role.requirements.filter((r) => r !== requirement);
    else continue;
    touched.add(requirement);
    made[kind]++;
  }
  return { framework: { ...framework, id: `${framework.id}-edited`, roles }, made };
}
