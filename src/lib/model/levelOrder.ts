import type { Role } from './types';
import { linkPathway } from './pathway';

/** The role's level names in seniority order, one per seniority step (tracks share a name). */
export function seniorityNames(role: Role): string[] {
  const names: string[] = [];
  for (const level of [...role.levels].sort((a, b) => a.seniority - b.seniority)) {
    if (!names.includes(level.name)) names.push(level.name);
  }
  return names;
}

/**
 * The role with its levels put in the given order of names (a person's correction of an inferred
 * order): seniority and next steps are recomputed. Names not in `order` keep their relative place
 * after the named ones; unknown names are ignored.
 */
export function reorderRole(role: Role, order: string[]): Role {
  const current = seniorityNames(role);
  const known = order.filter((name) => current.includes(name));
  const names = [...new Set([...known, ...current])];
  const trackIndex = (track: string | null) =>
    track === null ? -1 : role.levels.findIndex((l) => l.track === track);
  const levels = role.levels
    .map(({ next: _next, ...level }) => ({ ...level, seniority: names.indexOf(level.name) }))
    .sort((a, b) => a.seniority - b.seniority || trackIndex(a.track) - trackIndex(b.track));
  return { ...role, levels: linkPathway(levels) };
}
