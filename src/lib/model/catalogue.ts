import type { Framework } from './types';

/** What the role picker needs to list a framework's roles before the framework itself is loaded. */
export interface CatalogueEntry {
  id: string;
  name: string;
  /** The framework file, relative to the app's data folder. */
  file: string;
  /**
   * The roles as groupByFamily orders them (family by family, each in alphabetical order), so the
   * role picker lists them without sorting: the first sort by `localeCompare` loads the collation
   * data (about 10 ms), which would otherwise fall before the page is live. Each role's skills are
   * listed by name, so the role picker can search them before the framework loads.
   */
  roles: { id: string; name: string; family?: string; levels: number; skills?: string[] }[];
  /** Always true: the roles are in groupByFamily's order (a test holds the committed file to it). */
  inFamilyOrder: true;
}

export function catalogueEntry(framework: Framework, file: string): CatalogueEntry {
  return {
    id: framework.id,
    name: framework.name,
    file,
    inFamilyOrder: true,
    roles: groupByFamily(framework.roles)
      .flatMap((group) => group.roles)
      .map((role) => ({
        id: role.id,
        name: role.name,
        family: role.family,
        levels: role.levels.length,
        skills: role.skills.map((skill) => skill.name),
      })),
  };
}

export function buildCatalogue(items: { framework: Framework; file: string }[]): CatalogueEntry[] {
  return items.map(({ framework, file }) => catalogueEntry(framework, file));
}

/** Roles grouped by family, families and roles in alphabetical order; roles with no family last. */
export function groupByFamily<T extends { name: string; family?: string }>(
  roles: T[],
): { family: string; roles: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const role of roles) {
    const family = role.family ?? 'Other roles';
    groups.set(family, [...(groups.get(family) ?? []), role]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === 'Other roles' ? 1 : b === 'Other roles' ? -1 : a.localeCompare(b)))
    .map(([family, list]) => ({ family, roles: [...list].sort((a, b) => a.name.localeCompare(b.name)) }));
}

/** Roles already in groupByFamily's order, grouped by family without sorting. */
export function groupsInOrder<T extends { family?: string }>(roles: T[]): { family: string; roles: T[] }[] {
  const groups: { family: string; roles: T[] }[] = [];
  for (const role of roles) {
    const family = role.family ?? 'Other roles';
    if (groups.at(-1)?.family === family) groups.at(-1)!.roles.push(role);
    else groups.push({ family, roles: [role] });
  }
  return groups;
}

/** The framework's role families, as groupByFamily orders them ("Other roles" for roles with none). */
export const familyNames = (framework: { roles: { name: string; family?: string }[] }): string[] =>
  groupByFamily(framework.roles).map((group) => group.family);

/** The career map's choice of the roles within reach of its start (`roles=reach` in a link). */
export const MAP_REACH = 'reach';
