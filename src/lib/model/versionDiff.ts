/**
 * What changed between two versions of a role (and of a whole framework): which skills were kept,
 * renamed, merged, split, removed or added; which levels were added or removed; and, for every level
 * and skill, whether the requirement was raised, lowered, reworded, newly asked for or no longer
 * asked for. Skills and levels are matched by id, then by name (`nameKey`), then by the skill
 * changes a lineage declares (`SkillMapping`: a rename is one to one, a merge many to one, a split
 * one to many). The counts every sentence about a new version is worded from. Pure.
 */
import { nameKey } from './assessment';
import type { ChangeKind } from './changes';
import { count } from './count';
import type { Framework, Level, Requirement, Role, Skill } from './types';
import type { FrameworkVersion, SkillMapping } from './lineage';

export type { SkillMapping };

export type SkillFateKind = 'same' | 'renamed' | 'merged' | 'split' | 'removed' | 'added';

/** What became of a skill (or skills) from one version to the next. */
export interface SkillFate {
  kind: SkillFateKind;
  /** The skills of the earlier version (none when added). */
  from: Skill[];
  /** The skills of the later version (none when removed). */
  to: Skill[];
}

/** A level of either version: both when it is in both. */
export interface LevelPair {
  before?: Level;
  after?: Level;
}

/** One skill's requirement at one level, from one version to the next. */
export interface RequirementChange {
  level: LevelPair;
  /** The skill's row: the later version's skill, else (removed) the earlier's. */
  skill: Skill;
  /** new: newly asked for; removed: no longer asked for; absent: asked for in neither. */
  kind: ChangeKind;
  steps: number;
  /** The earlier requirements (several for a merged skill, the highest first). */
  before: Requirement[];
  after?: Requirement;
}

export interface ChangeCounts {
  raised: number;
  lowered: number;
  reworded: number;
  new: number;
  removed: number;
  unchanged: number;
  /** Every requirement that differs in any way: all of the above but unchanged. */
  changed: number;
}

export interface RoleDiff {
  before: Role;
  after: Role;
  skills: SkillFate[];
  levels: LevelPair[];
  /** Row by row (in `skills` order, a split skill a row per part), then level by level. */
  rows: { fate: SkillFate; skill: Skill; cells: RequirementChange[] }[];
  counts: ChangeCounts;
  /**
   * Skills neither matched nor declared: an earlier one and a later one that may be one skill
   * renamed. Offered for a person to confirm, never taken as a rename by the diff itself.
   */
  maybeRenamed: { from: Skill; to: Skill }[];
}

const emptyCounts = (): ChangeCounts => ({
  raised: 0,
  lowered: 0,
  reworded: 0,
  new: 0,
  removed: 0,
  unchanged: 0,
  changed: 0,
});

/** Matches the skills of two versions of a role: by id, by name, then by the declared mappings. */
export function matchSkills(before: Role, after: Role, mappings: SkillMapping[] = []): SkillFate[] {
  const left = new Map(before.skills.map((s) => [s.id, s]));
  const right = new Map(after.skills.map((s) => [s.id, s]));
  const fates: SkillFate[] = [];
  const take = (kind: SkillFateKind, from: Skill[], to: Skill[]) => {
    from.forEach((s) => left.delete(s.id));
    to.forEach((s) => right.delete(s.id));
    fates.push({ kind, from, to });
  };
  for (const skill of before.skills) {
    const same = right.get(skill.id);
    if (same) take(nameKey(same.name) === nameKey(skill.name) ? 'same' : 'renamed', [skill], [same]);
  }
  for (const skill of [...left.values()]) {
    const same = [...right.values()].find((s) => nameKey(s.name) === nameKey(skill.name));
    if (same) take('same', [skill], [same]);
  }
  for (const mapping of mappings) {
    const from = mapping.from.map((id) => left.get(id));
    const to = mapping.to.map((id) => right.get(id));
    if (from.length === 0 || to.length === 0 || from.includes(undefined) || to.includes(undefined)) continue;
    const kind = from.length > 1 ? 'merged' : to.length > 1 ? 'split' : 'renamed';
    if (from.length > 1 && to.length > 1) continue;
    take(kind, from as Skill[], to as Skill[]);
  }
  const removed = [...left.values()];
  const added = [...right.values()];
  removed.forEach((s) => take('removed', [s], []));
  added.forEach((s) => take('added', [], [s]));
  // In the later version's order, removed skills last.
  const order = new Map(after.skills.map((s, i) => [s.id, i]));
  const at = (fate: SkillFate) => (fate.to[0] ? order.get(fate.to[0].id)! : after.skills.length);
  return fates
    .map((fate, i) => ({ fate, i }))
    .sort((a, b) => at(a.fate) - at(b.fate) || a.i - b.i)
    .map((x) => x.fate);
}

/** Matches the levels of two versions of a role: by id, then by name and track; the later's order, removed levels last. */
export function matchLevels(before: Role, after: Role): LevelPair[] {
  const left = new Map(before.levels.map((l) => [l.id, l]));
  const pairs: LevelPair[] = after.levels.map((level) => {
    const same =
      left.get(level.id) ??
      [...left.values()].find((l) => nameKey(l.name) === nameKey(level.name) && l.track === level.track);
    if (same) left.delete(same.id);
    return { before: same, after: level };
  });
  return [...pairs, ...[...left.values()].map((level) => ({ before: level }))];
}

/** A requirement from one version to the next, each ranked on its own version's scale. */
function compareAcross(
  from: Requirement | undefined,
  to: Requirement | undefined,
  rankBefore: (id: string) => number,
  rankAfter: (id: string) => number,
): { kind: ChangeKind; steps: number } {
  if (!from) return { kind: to ? 'new' : 'absent', steps: 0 };
  if (!to) return { kind: 'removed', steps: 0 };
  const steps = rankAfter(to.proficiency) - rankBefore(from.proficiency);
  if (steps !== 0) return { kind: steps > 0 ? 'raised' : 'lowered', steps };
  return { kind: from.description === to.description ? 'unchanged' : 'reworded', steps: 0 };
}

/** A name's words of four letters or more, as people write them ("Modern standards approach" → modern, standards, approach). */
const wordsOf = (name: string) =>
  new Set(
    nameKey(name)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 4),
  );

/**
 * Skills left unmatched on both sides that may be one skill renamed, for the person to confirm: one
 * removed and one added, or else each removed skill with the added one whose name shares most words
 * with its name (and at least one), each added skill offered once.
 */
export function renameCandidates(fates: SkillFate[]): { from: Skill; to: Skill }[] {
  const removed = fates.filter((f) => f.kind === 'removed').map((f) => f.from[0]);
  const added = fates.filter((f) => f.kind === 'added').map((f) => f.to[0]);
  if (removed.length === 1 && added.length === 1) return [{ from: removed[0], to: added[0] }];
  const offered = new Set<string>();
  const pairs: { from: Skill; to: Skill }[] = [];
  for (const from of removed) {
    const words = wordsOf(from.name);
    const shared = (to: Skill) => [...wordsOf(to.name)].filter((w) => words.has(w)).length;
    const best = added
      .filter((to) => !offered.has(to.id) && shared(to) > 0)
      .sort((x, y) => shared(y) - shared(x))[0];
    if (best) {
      offered.add(best.id);
      pairs.push({ from, to: best });
    }
  }
  return pairs;
}

/**
 * What changed in a role from one version (`beforeFramework`'s `before`) to another. Ranks are read
 * from each version's own scale, so a scale that changed is compared by rank.
 */
export function diffRole(
  beforeFramework: Framework,
  before: Role,
  afterFramework: Framework,
  after: Role,
  mappings: SkillMapping[] = [],
): RoleDiff {
  const skills = matchSkills(before, after, mappings);
  const levels = matchLevels(before, after);
  const rankIn = (framework: Framework) => {
    const ranks = new Map(framework.proficiencies.map((p) => [p.id, p.rank]));
    return (id: string) => ranks.get(id) ?? 0;
  };
  const rankBefore = rankIn(beforeFramework);
  const rankAfter = rankIn(afterFramework);
  // By level, then skill: a role can have 90,000 requirements, and a key made of both is a string each.
  const requirements = (role: Role) => {
    const byLevel = new Map<string, Map<string, Requirement>>();
    for (const r of role.requirements) {
      let bySkill = byLevel.get(r.levelId);
      if (!bySkill) byLevel.set(r.levelId, (bySkill = new Map()));
      bySkill.set(r.skillId, r);
    }
    return byLevel;
  };
  const beforeAt = requirements(before);
  const afterAt = requirements(after);
  const none = new Map<string, Requirement>();
  /** What a level asked of the skills a skill came from, the highest first (most come from one). */
  const askedOf = (asked: Map<string, Requirement>, from: Skill[]): Requirement[] => {
    if (from.length === 1) {
      const only = asked.get(from[0].id);
      return only ? [only] : [];
    }
    return from
      .map((s) => asked.get(s.id))
      .filter((r): r is Requirement => r !== undefined)
      .sort((a, b) => rankBefore(b.proficiency) - rankBefore(a.proficiency));
  };
  const counts = emptyCounts();
  const rows: RoleDiff['rows'] = [];
  for (const fate of skills) {
    for (const skill of fate.to.length > 0 ? fate.to : fate.from) {
      const cells = levels.map((level): RequirementChange => {
        const asked = (level.before && beforeAt.get(level.before.id)) || none;
        const earlier = askedOf(asked, fate.from);
        const later =
          level.after && fate.to.includes(skill) ? afterAt.get(level.after.id)?.get(skill.id) : undefined;
        const from = earlier[0];
        const change = compareAcross(from, later, rankBefore, rankAfter);
        return { level, skill, kind: change.kind, steps: change.steps, before: earlier, after: later };
      });
      for (const cell of cells)
        if (cell.kind !== 'absent') counts[cell.kind as Exclude<ChangeKind, 'absent'>]++;
      rows.push({ fate, skill, cells });
    }
  }
  counts.changed = counts.raised + counts.lowered + counts.reworded + counts.new + counts.removed;
  return { before, after, skills, levels, rows, counts, maybeRenamed: renameCandidates(skills) };
}

/** The skill changes of a role in words: "1 skill renamed (Modern standards approach → Modern development standards)". */
export function skillFateWords(fates: SkillFate[]): string[] {
  const names = (skills: Skill[]) => skills.map((s) => s.name).join(' and ');
  const of = (kind: SkillFateKind) => fates.filter((f) => f.kind === kind);
  const renamed = of('renamed');
  const merged = of('merged');
  const split = of('split');
  const added = of('added');
  const removed = of('removed');
  return [
    renamed.length > 0 &&
      `${count(renamed.length, 'skill')} renamed (${renamed.map((f) => `${names(f.from)} → ${names(f.to)}`).join('; ')})`,
    merged.length > 0 && `${merged.map((f) => `${names(f.from)} merged into ${names(f.to)}`).join('; ')}`,
    split.length > 0 && `${split.map((f) => `${names(f.from)} split into ${names(f.to)}`).join('; ')}`,
    added.length > 0 && `${count(added.length, 'skill')} added (${names(added.flatMap((f) => f.to))})`,
    removed.length > 0 &&
      `${count(removed.length, 'skill')} removed (${names(removed.flatMap((f) => f.from))})`,
  ].filter((x): x is string => typeof x === 'string');
}

/** The levels added and removed, in words. */
export function levelChangeWords(levels: LevelPair[]): string[] {
  const added = levels.filter((l) => !l.before).map((l) => l.after!.name);
  const removed = levels.filter((l) => !l.after).map((l) => l.before!.name);
  return [
    added.length > 0 && `${count(added.length, 'level')} added (${added.join(', ')})`,
    removed.length > 0 && `${count(removed.length, 'level')} removed (${removed.join(', ')})`,
  ].filter((x): x is string => typeof x === 'string');
}

/**
 * The requirement counts in words, each kind that happened: "85 requirements reworded · none raised
 * or lowered". Proficiency changes are always said, even when none, since that is what people ask first.
 */
export function requirementWords(counts: ChangeCounts): string {
  const moved =
    counts.raised + counts.lowered === 0
      ? 'no proficiency raised or lowered'
      : [
          counts.raised > 0 && `${count(counts.raised, 'requirement')} raised`,
          counts.lowered > 0 && `${count(counts.lowered, 'requirement')} lowered`,
        ]
          .filter(Boolean)
          .join(', ');
  return [
    moved,
    counts.new > 0 && `${count(counts.new, 'requirement')} newly asked for`,
    counts.removed > 0 && `${count(counts.removed, 'requirement')} no longer asked for`,
    counts.reworded > 0 && `${count(counts.reworded, 'description')} reworded`,
  ]
    .filter((x): x is string => typeof x === 'string')
    .join('; ');
}

/** The whole change to a role in one sentence, for notices and speaker notes. */
export function roleDiffWords(diff: RoleDiff): string {
  const total = diff.rows.reduce((sum, row) => sum + row.cells.filter((c) => c.kind !== 'absent').length, 0);
  const parts = [
    `${count(diff.counts.changed, 'requirement')} of ${total} changed: ${requirementWords(diff.counts)}`,
    ...skillFateWords(diff.skills),
    ...levelChangeWords(diff.levels),
  ];
  return `${parts.join('; ')}.`;
}

/** One side of a comparison of versions: the framework, the role in it, and which release it is. */
export interface VersionSide {
  framework: Framework;
  role: Role;
  version: FrameworkVersion;
}

/** Two versions of one role, older first, and what changed between them. */
export interface VersionChanges {
  before: VersionSide;
  after: VersionSide;
  diff: RoleDiff;
}

/** One family's changes across a whole framework. */
export interface FamilyChanges {
  family: string;
  rolesAdded: string[];
  rolesRemoved: string[];
  rolesRenamed: [string, string][];
  /** Roles in both versions, and how many of their requirements changed. */
  rolesCompared: number;
  requirementsChanged: number;
}

export interface FrameworkDiff {
  rolesAdded: Role[];
  rolesRemoved: Role[];
  rolesRenamed: { before: Role; after: Role }[];
  families: FamilyChanges[];
  counts: ChangeCounts;
}

/**
 * What changed across a whole framework: roles matched by id, then by name; per family (the later
 * version's, else the earlier's), the roles added, removed and renamed and the requirements changed.
 * `mappings`: the declared skill changes, by role id (of the later version).
 */
export function diffFrameworks(
  before: Framework,
  after: Framework,
  mappings: (roleId: string) => SkillMapping[] = () => [],
): FrameworkDiff {
  const left = new Map(before.roles.map((r) => [r.id, r]));
  const pairs: { before?: Role; after?: Role }[] = after.roles.map((role) => {
    const same = left.get(role.id) ?? [...left.values()].find((r) => nameKey(r.name) === nameKey(role.name));
    if (same) left.delete(same.id);
    return { before: same, after: role };
  });
  pairs.push(...[...left.values()].map((role) => ({ before: role })));
  const families = new Map<string, FamilyChanges>();
  const familyOf = (name = 'Other roles') => {
    let family = families.get(name);
    if (!family) {
      family = {
        family: name,
        rolesAdded: [],
        rolesRemoved: [],
        rolesRenamed: [],
        rolesCompared: 0,
        requirementsChanged: 0,
      };
      families.set(name, family);
    }
    return family;
  };
  const counts = emptyCounts();
  const result: FrameworkDiff = { rolesAdded: [], rolesRemoved: [], rolesRenamed: [], families: [], counts };
  for (const pair of pairs) {
    const family = familyOf((pair.after ?? pair.before)!.family);
    if (!pair.before) {
      result.rolesAdded.push(pair.after!);
      family.rolesAdded.push(pair.after!.name);
    } else if (!pair.after) {
      result.rolesRemoved.push(pair.before);
      family.rolesRemoved.push(pair.before.name);
    } else {
      if (nameKey(pair.before.name) !== nameKey(pair.after.name)) {
        result.rolesRenamed.push({ before: pair.before, after: pair.after });
        family.rolesRenamed.push([pair.before.name, pair.after.name]);
      }
      const diff = diffRole(before, pair.before, after, pair.after, mappings(pair.after.id));
      family.rolesCompared++;
      family.requirementsChanged += diff.counts.changed;
      for (const key of Object.keys(counts) as (keyof ChangeCounts)[]) counts[key] += diff.counts[key];
    }
  }
  result.families = [...families.values()].sort((a, b) => a.family.localeCompare(b.family));
  return result;
}

/** A whole framework's change in a sentence: "51 roles added, none removed or renamed; in the 1 role in both, 85 requirements changed." */
export function frameworkDiffWords(diff: FrameworkDiff): string {
  const inBoth = diff.families.reduce((n, f) => n + f.rolesCompared, 0);
  const said = (n: number, what: string) => (n === 0 ? `none ${what}` : `${count(n, 'role')} ${what}`);
  const roles = [
    said(diff.rolesAdded.length, 'added'),
    said(diff.rolesRemoved.length, 'removed'),
    said(diff.rolesRenamed.length, 'renamed'),
  ].join(', ');
  return `${roles}; in the ${count(inBoth, 'role')} in both, ${count(diff.counts.changed, 'requirement')} changed (${requirementWords(diff.counts)}).`;
}
