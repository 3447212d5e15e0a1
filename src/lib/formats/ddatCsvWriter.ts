/**
 * A framework in the layout of the DDaT's official CSV downloads: the roles file (a row per role ×
 * level × skill asked for) and, where skills say what each proficiency means for them, the skills
 * file. Read back by `read/ddatCsv.ts`; `ddatCsvRoundTrip` reads it back and says what of the
 * framework the layout could not carry (a track's own name for a skill, a scale that is not the
 * DDaT's, a level order its titles do not say), so that nobody takes the file for all of it.
 */
import { convertDdatCsv, ROLE_COLUMNS, SKILL_COLUMNS } from './read/ddatCsv';
import { toCsv } from './csv';
import type { Framework, LevelSummary, Proficiency, Role, Track } from '../model/types';

const MANAGEMENT = 'management';

/** A level's summary as one cell: the paragraphs, a blank line apart, then "- " responsibilities. */
export function summaryCell(summary: LevelSummary): string {
  const bullets = summary.responsibilities.map((item) => `- ${item}`).join('\n');
  return [...summary.paragraphs, ...(bullets ? [bullets] : [])].join('\n\n');
}

function roleRows(framework: Framework, role: Role): string[][] {
  const levels = new Map(role.levels.map((level) => [level.id, level]));
  const skills = new Map(role.skills.map((skill) => [skill.id, skill]));
  const names = new Map(framework.proficiencies.map((p) => [p.id, p.name]));
  return role.requirements.map((requirement) => {
    const level = levels.get(requirement.levelId)!;
    const skill = skills.get(requirement.skillId)!;
    return [
      role.family ?? '',
      role.name,
      role.introduction.join('\n\n'),
      level.track === MANAGEMENT ? `${level.name} - management` : level.name,
      summaryCell(level.summary),
      skill.name,
      skill.description ?? '',
      names.get(requirement.proficiency) ?? requirement.proficiency,
      requirement.description,
      role.type ?? '',
    ];
  });
}

/** The roles file. */
export function ddatRolesCsv(framework: Framework): string {
  return toCsv(
    [...ROLE_COLUMNS],
    framework.roles.flatMap((role) => roleRows(framework, role)),
  );
}

/** The skills file, or undefined where no skill says what a proficiency means for it. */
export function ddatSkillsCsv(framework: Framework): string | undefined {
  const skills = framework.roles.flatMap((role) => role.skills).filter((skill) => skill.levelDescriptions);
  if (skills.length === 0) return undefined;
  const byName = new Map(skills.map((skill) => [skill.name.toLowerCase(), skill]));
  const scale = [...framework.proficiencies].sort((a, b) => a.rank - b.rank);
  return toCsv(
    [...SKILL_COLUMNS],
    [...byName.values()].map((skill) => [
      skill.name,
      skill.description ?? '',
      ...scale.map((p) => skill.levelDescriptions?.[p.id] ?? ''),
    ]),
  );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The files, and what of the framework's roles they do not carry, in words (empty when the files
 * read back as the same roles). `ddat`: the DDaT's scale and tracks, which the layout assumes.
 */
export function ddatCsvRoundTrip(
  framework: Framework,
  ddat: { proficiencies: Proficiency[]; tracks: Track[] },
): { roles: string; skills?: string; losses: string[] } {
  const roles = ddatRolesCsv(framework);
  const skills = ddatSkillsCsv(framework);
  const losses: string[] = [];
  const scale = (ps: Proficiency[]) => ps.map((p) => [p.id, p.name.toLowerCase()]).sort();
  if (!same(scale(framework.proficiencies), scale(ddat.proficiencies))) {
    losses.push("a proficiency scale other than the DDaT's (the layout names the DDaT's four)");
    return { roles, skills, losses };
  }
  const back = convertDdatCsv(roles, skills, {
    rolesFile: 'roles.csv',
    skillsFile: 'skills.csv',
    id: framework.id,
    name: framework.name,
    source: framework.source,
    proficiencies: ddat.proficiencies,
    tracks: ddat.tracks,
  }).framework;
  framework.roles.forEach((role, i) => {
    const read = back.roles.find((r) => r.name === role.name) ?? back.roles[i];
    const parts: [string, boolean][] = [
      [
        'its name, family, type or introduction',
        !read ||
          !same(
            [role.name, role.family, role.type, role.introduction],
            [read.name, read.family, read.type, read.introduction],
          ),
      ],
      [
        'its levels (their order, tracks, names, summaries or pathway)',
        !read || !same(role.levels, read.levels),
      ],
      [
        "its skills (their names, descriptions or the tracks' own names for them)",
        !read || !same(role.skills, read.skills),
      ],
      [
        'what its levels ask (a level that asks for nothing has no row)',
        !read || !same(role.requirements, read.requirements),
      ],
    ];
    const lost = parts.filter(([, differs]) => differs).map(([what]) => what);
    if (lost.length > 0) losses.push(`${role.name}: ${lost.join('; ')}`);
  });
  return { roles, skills, losses };
}
