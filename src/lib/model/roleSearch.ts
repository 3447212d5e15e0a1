import { groupByFamily, groupsInOrder, type CatalogueEntry } from './catalogue';
import type { Framework } from './types';

/** A framework as the role picker lists it: built in (from the catalogue) or loaded. */
export interface PickerFramework {
  id: string;
  name: string;
  roles: { id: string; name: string; family?: string; skills?: string[] }[];
  /** The roles are listed as groupByFamily orders them (the catalogue's are), so need no sorting. */
  inFamilyOrder?: boolean;
}

/** The built-in frameworks (from the catalogue) and the loaded ones, as the picker lists them. */
export function pickerFrameworks(catalogue: CatalogueEntry[], loaded: Framework[]): PickerFramework[] {
  return [
    ...catalogue,
    ...loaded.map((f) => ({
      id: f.id,
      name: `${f.name} (loaded)`,
      roles: f.roles.map((r) => ({ ...r, skills: r.skills.map((skill) => skill.name) })),
    })),
  ];
}

export interface RoleOption {
  /** "frameworkId~roleId" */
  value: string;
  /** The option's text: the role's name, and the skill that matched when only a skill did. */
  label: string;
}

export interface RoleGroup {
  /** Unique: the framework's id and the family. */
  key: string;
  label: string;
  options: RoleOption[];
}

export interface RoleSearch {
  groups: RoleGroup[];
  /** How many roles match the query (the current role, always listed, counts only if it matches). */
  matches: number;
  /** The first matching role other than the current one: what Enter in the search box opens. */
  first?: RoleOption;
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The role picker's list for a query: every role whose name, family or one of whose skills
 * contains it (ignoring case and accents), grouped by framework and family; the current role is
 * always listed, so the picker can show it.
 * Example: roleSearch([ddat], 'kubernetes', current) lists the roles with a skill of that name.
 */
export function roleSearch(frameworks: PickerFramework[], query: string, current: string): RoleSearch {
  const needle = fold(query.trim());
  const groups: RoleGroup[] = [];
  let matches = 0;
  let first: RoleOption | undefined;
  // Two frameworks of one name (a file loaded twice) are told apart by their ids.
  const names = frameworks.map((f) => f.name);
  const frameworkLabel = (f: PickerFramework, i: number) =>
    names.indexOf(f.name) !== i || names.lastIndexOf(f.name) !== i ? `${f.name} [${f.id}]` : f.name;
  frameworks.forEach((framework, f) => {
    const label = frameworkLabel(framework, f);
    const options = framework.roles.map((role) => {
      const value = `${framework.id}~${role.id}`;
      const byName =
        needle === '' || fold(role.name).includes(needle) || fold(role.family ?? '').includes(needle);
      const skill = byName ? undefined : role.skills?.find((name) => fold(name).includes(needle));
      const matched = byName || skill !== undefined;
      return {
        name: role.name,
        family: role.family,
        matched,
        option: { value, label: skill ? `${role.name} (skill: ${skill})` : role.name },
      };
    });
    const kept = (list: typeof options) => list.filter((o) => o.matched || o.option.value === current);
    const push = (key: string, groupLabel: string, list: typeof options) => {
      const shown = kept(list);
      if (shown.length === 0) return;
      for (const o of shown)
        if (o.matched) {
          matches += 1;
          if (!first && o.option.value !== current) first = o.option;
        }
      groups.push({ key, label: groupLabel, options: shown.map((o) => o.option) });
    };
    if (options.length <= 3) push(framework.id, label, options);
    else
      for (const group of framework.inFamilyOrder ? groupsInOrder(options) : groupByFamily(options))
        push(`${framework.id}|${group.family}`, `${label}: ${group.family}`, group.roles);
  });
  return { groups, matches, first };
}
