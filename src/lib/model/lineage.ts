/**
 * One framework, many versions: the releases of a framework as a lineage, oldest first, each with
 * its date and source; and the skills a later release renamed, as a table the app ships. The
 * built-in DDaT holds the 2020 GOV.UK DevOps page and the 2025 CSV as two versions of one framework.
 *
 * Skills are matched across versions by id, then by name (nameKey), then by this table. Every entry
 * is derived from the two sources (`lineage.test.ts` derives the candidates again from the data and
 * fails on any that is not decided here) and checked by hand against both; docs/data.md says how.
 * Pure.
 */
import { slugify } from './slug';
import type { Role, Skill } from './types';

export interface FrameworkVersion {
  /** The framework's id in the library (each version is a framework of its own). */
  frameworkId: string;
  /** When it was published, as YYYY-MM-DD or YYYY. */
  date: string;
  /** The release in words: its date and where it was published. */
  label: string;
}

export interface Lineage {
  id: string;
  name: string;
  /** Oldest first. */
  versions: FrameworkVersion[];
}

/** Skills of one role that a later version renamed, merged or split: `from` ids of the earlier version, `to` ids of the later. */
export interface SkillMapping {
  from: string[];
  to: string[];
}

/** A skill a later version renamed: in `role`, `from` of the earlier version is `to` of the later. */
export interface SkillRename {
  role: string;
  from: { framework: string; skill: string };
  to: { framework: string; skill: string };
  /** Why the two are one skill, as checked by hand. */
  why: string;
}

export const DDAT_LINEAGE: Lineage = {
  id: 'ddat',
  name: 'DDaT Capability Framework',
  versions: [
    {
      frameworkId: 'ddat-devops-engineer-2020',
      date: '2020-01-07',
      label: '7 January 2020 (GOV.UK role page)',
    },
    { frameworkId: 'ddat-2025', date: '2025', label: '2025 (CSV download)' },
  ],
};

export const LINEAGES: Lineage[] = [DDAT_LINEAGE];

/**
 * The renames between the built-in versions. Of the 10 skills of the DevOps role, 9 keep their id
 * and name from 2020 to 2025; "Modern standards approach" (2020: "You use a modern standards
 * approach throughout automation and testing") is "Modern development standards" in 2025 ("using
 * the latest technologies and best practices to improve the quality of the software development
 * process"), asked for at the same place in the role.
 */
export const SKILL_RENAMES: SkillRename[] = [
  {
    role: 'development-operations-devops-engineer',
    from: { framework: 'ddat-devops-engineer-2020', skill: 'modern-standards-approach' },
    to: { framework: 'ddat-2025', skill: 'modern-development-standards' },
    why: 'the only skill of the 2020 role without a 2025 match by id or name, and the only 2025 skill without a 2020 one; both describe applying modern standards to development',
  },
];

/**
 * What a later version did to some skills of one role, between two frameworks: a rename (one to
 * one), a merge (many to one) or a split (one to many); `from` ids of the earlier framework's skills,
 * `to` ids of the later's.
 */
export interface SkillChange {
  role: string;
  from: { framework: string; skills: string[] };
  to: { framework: string; skills: string[] };
}

/** The lineages in force: the built-in ones and those loaded frameworks join, with their skill changes. */
export interface LineageSet {
  lineages: Lineage[];
  changes: SkillChange[];
  /** Why a loaded framework that names an earlier version could not join it, by its id. */
  problems: Map<string, string>;
}

const asChange = (rename: SkillRename): SkillChange => ({
  role: rename.role,
  from: { framework: rename.from.framework, skills: [rename.from.skill] },
  to: { framework: rename.to.framework, skills: [rename.to.skill] },
});

/** The built-in lineages and renames alone. */
export const BUILT_IN_LINEAGES: LineageSet = {
  lineages: LINEAGES,
  changes: SKILL_RENAMES.map(asChange),
  problems: new Map(),
};

let source: () => LineageSet = () => BUILT_IN_LINEAGES;

/**
 * Where the lineages in force come from: the built-in ones until the app says otherwise, with the
 * frameworks a person loaded (loadedVersions.ts, given by the state that holds them). The one piece
 * of module state here, set by the app's state once, so that every lookup below (a rating's skill, a
 * team's role, the version picker) sees the loaded versions without each caller passing them.
 */
export function followLineages(from: () => LineageSet): void {
  source = from;
}

/** The lineages in force now. */
export const currentLineages = (): LineageSet => source();

/** The lineage a framework is a version of, and its place in it; undefined for one on its own. */
export function lineageOf(frameworkId: string): { lineage: Lineage; at: number } | undefined {
  for (const lineage of currentLineages().lineages) {
    const at = lineage.versions.findIndex((v) => v.frameworkId === frameworkId);
    if (at >= 0) return { lineage, at };
  }
  return undefined;
}

/** The version a framework is, in its lineage; undefined for one on its own. */
export function versionOf(frameworkId: string): FrameworkVersion | undefined {
  const place = lineageOf(frameworkId);
  return place?.lineage.versions[place.at];
}

/** Whether two frameworks are versions of one lineage (a framework is a version of itself). */
export const sameLineage = (a: string, b: string) =>
  a === b || (lineageOf(a) !== undefined && lineageOf(a)?.lineage === lineageOf(b)?.lineage);

/**
 * The skill changes declared for `role` from framework `from` to framework `to`, either way round:
 * ids of `from`'s skills to ids of `to`'s.
 */
export function skillMappings(
  role: string,
  from: string,
  to: string,
  changes: SkillChange[] = currentLineages().changes,
): SkillMapping[] {
  return changes.flatMap((change) =>
    change.role !== role
      ? []
      : change.from.framework === from && change.to.framework === to
        ? [{ from: change.from.skills, to: change.to.skills }]
        : change.to.framework === from && change.from.framework === to
          ? [{ from: change.to.skills, to: change.from.skills }]
          : [],
  );
}

/**
 * The skill of `role` (in framework `to`) that a rating written in framework `from` (its skill's id
 * or name) is of by a rename between the two versions, in either direction; undefined when none.
 * (A match by id or name comes first: see matchRatings. Merges and splits are carried by
 * migration.ts, which has all of a person's ratings at once.)
 */
export function renamedSkill(
  role: Role,
  to: string,
  from: string,
  written: { id: string; name: string },
  changes?: SkillChange[],
): Skill | undefined {
  if (from === to || !sameLineage(from, to)) return undefined;
  const writes = (skill: string) => written.id === skill || slugify(written.name) === skill;
  for (const mapping of skillMappings(role.id, from, to, changes)) {
    if (mapping.from.length !== 1 || mapping.to.length !== 1 || !writes(mapping.from[0])) continue;
    const skill = role.skills.find((s) => s.id === mapping.to[0]);
    if (skill) return skill;
  }
  return undefined;
}

/**
 * The skill of `role` (in framework `frameworkId`) that another version of its framework names
 * `written` (an id or a name, as a file writes it), and that version; undefined when none does.
 */
export function renamedInLineage(
  role: Role,
  frameworkId: string,
  written: string,
  changes?: SkillChange[],
): { skill: Skill; version: FrameworkVersion } | undefined {
  const place = lineageOf(frameworkId);
  if (!place) return undefined;
  for (const version of place.lineage.versions) {
    const skill = renamedSkill(
      role,
      frameworkId,
      version.frameworkId,
      { id: written, name: written },
      changes,
    );
    if (skill) return { skill, version };
  }
  return undefined;
}

/**
 * Of a team's roles (`framework|role` keys), the one that is the role shown in another version of
 * its framework, when the team has nobody in the role shown itself: the heatmap shows that one at
 * once, rather than a page that says nobody has the role. The version with most people, then the
 * latest.
 */
export function sameRoleElsewhere(
  groups: { group: string; people: unknown[] }[],
  frameworkId: string,
  roleId: string,
): { frameworkId: string; roleId: string } | undefined {
  if (groups.some((g) => g.group === `${frameworkId}|${roleId}`)) return undefined;
  const order = (id: string) => lineageOf(id)?.at ?? -1;
  const found = groups
    .map((g) => {
      const [framework, role] = g.group.split('|');
      return { frameworkId: framework, roleId: role, people: g.people.length };
    })
    .filter(
      (g) => g.roleId === roleId && g.frameworkId !== frameworkId && sameLineage(g.frameworkId, frameworkId),
    )
    .sort((a, b) => b.people - a.people || order(b.frameworkId) - order(a.frameworkId));
  return found[0] && { frameworkId: found[0].frameworkId, roleId: found[0].roleId };
}

/** The other versions of a framework's lineage, oldest first (none for a framework on its own). */
export function otherVersions(frameworkId: string): FrameworkVersion[] {
  return lineageOf(frameworkId)?.lineage.versions.filter((v) => v.frameworkId !== frameworkId) ?? [];
}

/** The latest version of a framework's lineage, when it is not that framework itself. */
export function newerVersion(frameworkId: string): FrameworkVersion | undefined {
  const place = lineageOf(frameworkId);
  return place && place.at < place.lineage.versions.length - 1 ? place.lineage.versions.at(-1) : undefined;
}
