import { count } from './count';
import { totalStepsApart } from './steps';
import type { Framework, Level, Proficiency, Requirement, Skill } from './types';
import type { ResolvedColumn, RoleIndex } from './framework';
import { indexRole, levelLabel } from './framework';
import type { Rating } from './gap';
import { YOU_ID, youColumn } from './you';

/** One column of a framework: a level of a role (levels carry their track). */
export interface ColumnRef {
  roleId: string;
  levelId: string;
}

export type { ResolvedColumn };

/** How two columns differ on one skill. */
export interface SkillComparison {
  skill: Skill;
  a?: Requirement;
  b?: Requirement;
  aProficiency?: Proficiency;
  bProficiency?: Proficiency;
  /**
   * more-a / more-b: that side asks for a higher proficiency (by `steps`);
   * only-a / only-b: only that side asks for the skill; same: same proficiency (`reworded` when
   * the descriptions differ); neither: asked for by neither.
   */
  kind: 'more-a' | 'more-b' | 'only-a' | 'only-b' | 'same' | 'neither';
  steps: number;
  reworded: boolean;
}

export interface Comparison {
  a: ResolvedColumn;
  b: ResolvedColumn;
  skills: SkillComparison[];
  summary: string;
}

export function resolveColumn(
  framework: Framework,
  ref: ColumnRef,
  withRole: boolean,
): ResolvedColumn | undefined {
  const role = framework.roles.find((r) => r.id === ref.roleId);
  const level = role?.levels.find((l) => l.id === ref.levelId);
  if (!role || !level) return undefined;
  const label = levelLabel(framework, level);
  return { index: indexRole(framework, role), level, label: withRole ? `${label}, ${role.name}` : label };
}

/** The union of two roles' skills, matched by id: a's order first, then b's extra skills. */
function unionSkills(a: RoleIndex, b: RoleIndex): Skill[] {
  const ids = new Set(a.role.skills.map((s) => s.id));
  return [...a.role.skills, ...b.role.skills.filter((s) => !ids.has(s.id))];
}

export function compareSkill(a: ResolvedColumn, b: ResolvedColumn, skill: Skill): SkillComparison {
  const ra = a.index.requirement(a.level.id, skill.id);
  const rb = b.index.requirement(b.level.id, skill.id);
  const pa = ra ? a.index.proficiency(ra.proficiency) : undefined;
  const pb = rb ? b.index.proficiency(rb.proficiency) : undefined;
  const base = { skill, a: ra, b: rb, aProficiency: pa, bProficiency: pb };
  if (!ra && !rb) return { ...base, kind: 'neither', steps: 0, reworded: false };
  if (!rb) return { ...base, kind: 'only-a', steps: 0, reworded: false };
  if (!ra) return { ...base, kind: 'only-b', steps: 0, reworded: false };
  const steps = (pa?.rank ?? 0) - (pb?.rank ?? 0);
  const reworded = ra.description !== rb.description;
  if (steps > 0) return { ...base, kind: 'more-a', steps, reworded };
  if (steps < 0) return { ...base, kind: 'more-b', steps: -steps, reworded };
  return { ...base, kind: 'same', steps: 0, reworded };
}

const name = (p?: Proficiency) => p?.name.toLowerCase() ?? 'not required';

/** "In all, X asks for 1 step more than Y.", with "you" where a side is the person. */
function inAll(apart: number, a: ResolvedColumn, b: ResolvedColumn): string {
  if (apart === 0) return 'In all, both come to the same number of steps.';
  const [more, less] = apart > 0 ? [a, b] : [b, a];
  const steps = count(Math.abs(apart), 'step');
  if (more.level.id === YOU_ID) return `In all, you have ${steps} more than ${less.label} asks for.`;
  if (less.level.id === YOU_ID) return `In all, ${more.label} asks for ${steps} more than you have.`;
  return `In all, ${more.label} asks for ${steps} more than ${less.label}.`;
}

/**
 * The comparison in words, e.g. "Senior DevOps engineer (technical) asks for more in 1 skill
 * (expert vs practitioner: Service support); Senior DevOps engineer (management) asks for more in
 * 2 skills (practitioner vs working: Availability and capacity management, Development process
 * optimisation). 6 skills are asked at the same proficiency, 4 of them worded differently. In
 * all, …(management) asks for 2 steps more than …(technical)." Counts go with their steps; skills
 * that differ the same way are named together, and when every skill does, "in all 13 skills, 13
 * steps (practitioner vs working in each)".
 */
export function summariseComparison(a: ResolvedColumn, b: ResolvedColumn, skills: SkillComparison[]): string {
  const parts: string[] = [];
  const more = (kind: 'more-a' | 'more-b', who: ResolvedColumn) => {
    const list = skills.filter((s) => s.kind === kind);
    if (list.length === 0) return;
    // Skills that differ the same way are said together: "practitioner vs working: A, B".
    const pairs = new Map<string, string[]>();
    for (const s of list) {
      const pair =
        kind === 'more-a'
          ? `${name(s.aProficiency)} vs ${name(s.bProficiency)}`
          : `${name(s.bProficiency)} vs ${name(s.aProficiency)}`;
      const names = pairs.get(pair);
      if (names) names.push(s.skill.name);
      else pairs.set(pair, [s.skill.name]);
    }
    // Every skill, the same way: the names would be the whole role's list.
    const every = list.length > 1 && list.length === skills.length && pairs.size === 1;
    const details = every
      ? `${[...pairs.keys()][0]} in each`
      : [...pairs].map(([pair, names]) => `${pair}: ${names.join(', ')}`).join('; ');
    // "You" have a proficiency; a level asks for one.
    const verb = who.level.id === YOU_ID ? 'have more' : 'asks for more';
    const steps = list.reduce((sum, s) => sum + s.steps, 0);
    const many = every ? `all ${count(list.length, 'skill')}` : count(list.length, 'skill');
    parts.push(`${who.label} ${verb} in ${many}, ${count(steps, 'step')} (${details})`);
  };
  const only = (kind: 'only-a' | 'only-b', who: ResolvedColumn) => {
    const list = skills.filter((s) => s.kind === kind);
    if (list.length === 0) return;
    const names = list.map((s) => s.skill.name).join(', ');
    const other = who === a ? b : a;
    parts.push(
      who.level.id === YOU_ID
        ? `you have ${names}, which ${other.label} does not ask for`
        : `only ${who.label} asks for ${names}`,
    );
  };
  more('more-a', a);
  more('more-b', b);
  only('only-a', a);
  only('only-b', b);
  const same = skills.filter((s) => s.kind === 'same');
  const reworded = same.filter((s) => s.reworded).length;
  let sentence =
    parts.length === 0 ? `${a.label} and ${b.label} ask for the same proficiencies` : parts.join('; ');
  sentence = `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
  // Which side asks for more in all, in steps (a skill not asked for is step 0).
  const apart = totalStepsApart(
    skills.map((s) => ({ aRank: s.aProficiency?.rank ?? 0, bRank: s.bProficiency?.rank ?? 0 })),
  );

  if (same.length > 0 && parts.length > 0) {
    const asked = a.level.id === YOU_ID || b.level.id === YOU_ID ? 'at' : 'asked at';
    sentence += ` ${count(same.length, 'skill is', 'skills are')} ${asked} the same proficiency`;
    sentence += reworded > 0 ? `, ${reworded} of them worded differently.` : '.';
  } else if (same.length > 0 && reworded > 0) {
    sentence += ` ${reworded} of ${count(same.length, 'skill')} are worded differently.`;
  }
  if (parts.length > 0) sentence += ` ${inAll(apart, a, b)}`;
  return sentence;
}

/** The person's ratings of a role, which a column `{ roleId, levelId: YOU_ID }` stands for. */
export interface YouRatings {
  index: RoleIndex;
  ratings: Rating[];
}

/**
 * Everything the compare view shows for two columns, possibly of different roles; either may be
 * "You" (YOU_ID) when `you` holds ratings of that column's role.
 */
export function compareColumns(
  framework: Framework,
  refA: ColumnRef,
  refB: ColumnRef,
  you?: YouRatings,
): Comparison | undefined {
  const acrossRoles = refA.roleId !== refB.roleId;
  const resolve = (ref: ColumnRef) =>
    ref.levelId === YOU_ID
      ? you && you.index.role.id === ref.roleId
        ? youColumn(you.index, you.ratings)
        : undefined
      : resolveColumn(framework, ref, acrossRoles);
  const a = resolve(refA);
  const b = resolve(refB);
  if (!a || !b) return undefined;
  const skills = unionSkills(a.index, b.index)
    .map((skill) => compareSkill(a, b, skill))
    .filter((s) => s.kind !== 'neither');
  return { a, b, skills, summary: summariseComparison(a, b, skills) };
}

export interface ComparePreset {
  label: string;
  a: ColumnRef;
  b: ColumnRef;
}

/**
 * Ready-made pairs for a role: its tracks side by side at each level where they split, then each
 * level against each of its next levels.
 */
export function comparePresets(framework: Framework, roleId: string): ComparePreset[] {
  const role = framework.roles.find((r) => r.id === roleId);
  if (!role) return [];
  const ref = (level: Level) => ({ roleId, levelId: level.id });
  const presets: ComparePreset[] = [];
  for (const seniority of [...new Set(role.levels.map((l) => l.seniority))]) {
    const tracked = role.levels.filter((l) => l.seniority === seniority && l.track !== null);
    for (let i = 1; i < tracked.length; i++) {
      const [first, other] = [tracked[0], tracked[i]];
      const tracks = [first, other].map(
        (l) => framework.tracks.find((t) => t.id === l.track)?.name ?? l.track,
      );
      presets.push({ label: `${first.name}: ${tracks[0]} vs ${tracks[1]}`, a: ref(first), b: ref(other) });
    }
  }
  for (const level of role.levels) {
    for (const nextId of level.next) {
      const next = role.levels.find((l) => l.id === nextId)!;
      presets.push({
        label: `${levelLabel(framework, level)} → ${levelLabel(framework, next)}`,
        a: ref(level),
        b: ref(next),
      });
    }
  }
  return presets;
}

/** The default pair: the first level where the tracks split, its first two tracks; else the first step. */
export function defaultComparePair(framework: Framework, roleId: string): { a: ColumnRef; b: ColumnRef } {
  const role = framework.roles.find((r) => r.id === roleId) ?? framework.roles[0];
  const [preset] = comparePresets(framework, role.id);
  if (preset) return { a: preset.a, b: preset.b };
  const first = role.levels[0];
  return { a: { roleId: role.id, levelId: first.id }, b: { roleId: role.id, levelId: first.id } };
}
