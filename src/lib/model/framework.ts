import { count } from './count';
import type { Framework, Level, Proficiency, Requirement, Role, Skill, Track } from './types';

/** Fast look-ups over one role of a framework, built once per role. */
export interface RoleIndex {
  framework: Framework;
  role: Role;
  level: (id: string) => Level | undefined;
  skill: (id: string) => Skill | undefined;
  requirement: (levelId: string, skillId: string) => Requirement | undefined;
  proficiency: (id: string) => Proficiency | undefined;
}

export function indexRole(framework: Framework, role: Role): RoleIndex {
  const levels = new Map(role.levels.map((level) => [level.id, level]));
  const skills = new Map(role.skills.map((skill) => [skill.id, skill]));
  const requirements = new Map(role.requirements.map((r) => [`${r.levelId}|${r.skillId}`, r]));
  const proficiencies = new Map(framework.proficiencies.map((p) => [p.id, p]));
  return {
    framework,
    role,
    level: (id) => levels.get(id),
    skill: (id) => skills.get(id),
    requirement: (levelId, skillId) => requirements.get(`${levelId}|${skillId}`),
    proficiency: (id) => proficiencies.get(id),
  };
}

/** The track's name, or undefined for a level with no track. */
export function trackName(framework: Framework, level: Level): string | undefined {
  if (level.track === null) return undefined;
  return framework.tracks.find((track) => track.id === level.track)?.name ?? level.track;
}

/**
 * A track named in running text: "technical track" for the DDaT's "Technical"; a name that already
 * says "track" ("Track 3") is not doubled.
 */
export function trackPhrase(name: string): string {
  const lower = name.toLowerCase();
  return /(^|\s)track(\s|$)/.test(lower) ? lower : `${lower} track`;
}

/** A level's full name: "Senior DevOps engineer (technical)", or just the name when it has no track. */
export function levelLabel(framework: Framework, level: Level): string {
  const track = trackName(framework, level);
  return track === undefined ? level.name : `${level.name} (${track.toLowerCase()})`;
}

/**
 * A record's own value for a key from data, never one inherited from Object.prototype: an id such
 * as "constructor" must not find `Object` (ownValue({}, 'constructor') → undefined).
 */
export function ownValue<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The skill's name as the source writes it at this level (a track may use a variant name). */
export function skillNameAt(skill: Skill, level: Level): string {
  return (level.track !== null && ownValue(skill.trackNames, level.track)) || skill.name;
}

/** The levels to show for a track filter: every level with no track, plus the chosen track's (all when null). */
export function visibleLevels(role: Role, track: string | null): Level[] {
  return role.levels.filter((level) => track === null || level.track === null || level.track === track);
}

/** The levels grouped by seniority, in order: one group per level name, its tracks inside. */
export function levelGroups(levels: Level[]): { seniority: number; name: string; levels: Level[] }[] {
  const groups: { seniority: number; name: string; levels: Level[] }[] = [];
  for (const level of levels) {
    const last = groups.at(-1);
    if (last && last.seniority === level.seniority && last.name === level.name) last.levels.push(level);
    else groups.push({ seniority: level.seniority, name: level.name, levels: [level] });
  }
  return groups;
}

/**
 * The levels where the tracks split: for each seniority that two or more tracks have a level at,
 * the first level of each of those tracks (in the role's order). Empty for a role whose tracks
 * never run side by side.
 */
export function trackSplits(role: Role): Level[][] {
  return [...new Set(role.levels.map((l) => l.seniority))]
    .map((seniority) => {
      const tracks = new Set<string>();
      return role.levels.filter(
        (l) =>
          l.seniority === seniority &&
          l.track !== null &&
          !tracks.has(l.track) &&
          Boolean(tracks.add(l.track)),
      );
    })
    .filter((levels) => levels.length >= 2);
}

/** The framework's tracks that this role has levels on, in the framework's order. */
export function roleTracks(index: RoleIndex): Track[] {
  return index.framework.tracks.filter((t) => index.role.levels.some((l) => l.track === t.id));
}

/**
 * What a cell with no requirement says: "not required", or "not given" in a role that gives no
 * proficiency at all (the DDaT CSV's placeholders, marked NOT IN USE).
 */
export function absentRequirement(role: Role): string {
  return role.requirements.length === 0 ? 'not given' : 'not required';
}

/**
 * A role's size in words, counting a level split into tracks once: "6 levels (9 with their
 * tracks) · 10 skills" for the DevOps engineer, "4 levels · 1 skill" for a ladder with no tracks.
 */
export function roleSize(role: Role): string {
  const steps = new Set(role.levels.map((l) => l.seniority)).size;
  const levels =
    steps === role.levels.length
      ? count(steps, 'level')
      : `${count(steps, 'level')} (${role.levels.length} with their tracks)`;
  return `${levels} · ${count(role.skills.length, 'skill')}`;
}

/** One column of a comparison or the matrix: a level of a role, or you (model/you.ts), and its label. */
export interface ResolvedColumn {
  index: RoleIndex;
  level: Level;
  /** "Senior DevOps engineer (technical)", with the role's name added when comparing across roles. */
  label: string;
}
