/**
 * Where a person stands against a role: their own rating of each skill on the framework's scale
 * (or "not yet"), and, for any level, which skills they meet, which they are short of and by how
 * many proficiency steps, and which the level does not ask for. Gaps to discuss, not a score: the
 * model counts steps and names skills; it never adds them up into one number to rank people by.
 * Pure, for any framework: any number of tracks, or none.
 */
import type { Level } from './types';
import type { RoleIndex } from './framework';
import { count } from './count';

/** A person's rating of one skill: a proficiency id, or null for "not yet". */
export interface Rating {
  skillId: string;
  proficiency: string | null;
  /** Their evidence or examples, in their own words. */
  note?: string;
}

export type SkillGap =
  /** The level asks for it and the rating reaches it (`above`: by how many steps beyond). */
  | { kind: 'met'; skillId: string; asked: string; have: string | null; above: number }
  /** The level asks for more than the rating, by `steps` proficiency steps. */
  | { kind: 'short'; skillId: string; asked: string; have: string | null; steps: number }
  /** The level does not ask for this skill. */
  | { kind: 'not-asked'; skillId: string; have: string | null };

export interface LevelGap {
  level: Level;
  skills: SkillGap[];
  /** How many of the skills it asks for are met, of how many it asks for. */
  met: number;
  asked: number;
  /** Steps short, summed over the skills short: how far this level is, in proficiency steps. */
  steps: number;
}

/** A rating's rank on the framework's scale: 0 for "not yet", or for a proficiency it lacks. */
export function ratingRank(index: RoleIndex, proficiency: string | null): number {
  return proficiency === null ? 0 : (index.proficiency(proficiency)?.rank ?? 0);
}

/** The gap on one skill: what a level asks (undefined: nothing) against the rating (null: not yet). */
export function skillGap(
  index: RoleIndex,
  skillId: string,
  asked: string | undefined,
  have: string | null,
): SkillGap {
  if (asked === undefined) return { kind: 'not-asked', skillId, have };
  const gap = ratingRank(index, asked) - ratingRank(index, have);
  return gap > 0
    ? { kind: 'short', skillId, asked, have, steps: gap }
    : { kind: 'met', skillId, asked, have, above: -gap };
}

/**
 * Gaps already worked out, by ratings list, role and level: every chart that shows a person asks
 * for the same gaps each time a rating changes, and a list of ratings is never changed in place (a
 * new rating is a new list), so each is worked out once per list.
 */
const worked = new WeakMap<Rating[], WeakMap<RoleIndex, Map<string, LevelGap>>>();

/** The gap between the ratings and one level, skill by skill (a skill not rated counts as not yet). */
export function levelGap(index: RoleIndex, ratings: Rating[], level: Level): LevelGap {
  let byRole = worked.get(ratings);
  if (!byRole) worked.set(ratings, (byRole = new WeakMap()));
  let byLevel = byRole.get(index);
  if (!byLevel) byRole.set(index, (byLevel = new Map()));
  const known = byLevel.get(level.id);
  if (known && known.level === level) return known;
  const gap = workOutGap(index, ratings, level);
  byLevel.set(level.id, gap);
  return gap;
}

function workOutGap(index: RoleIndex, ratings: Rating[], level: Level): LevelGap {
  const have = new Map(ratings.map((r) => [r.skillId, r.proficiency]));
  const skills = index.role.skills.map((skill) =>
    skillGap(index, skill.id, index.requirement(level.id, skill.id)?.proficiency, have.get(skill.id) ?? null),
  );
  const asked = skills.filter((s) => s.kind !== 'not-asked').length;
  const met = skills.filter((s) => s.kind === 'met').length;
  const steps = skills.reduce((sum, s) => sum + (s.kind === 'short' ? s.steps : 0), 0);
  return { level, skills, met, asked, steps };
}

/** The gap in words, for a column's header and a node's name: "meets 7 of 10; 5 steps short". */
export function gapSummary(gap: LevelGap): string {
  const short = gap.skills.filter((s) => s.kind === 'short').length;
  const steps = `${count(gap.steps, 'step')}`;
  const met = `meets ${gap.met} of ${gap.asked}`;
  return short === 0 ? `${met}` : `${met}; ${steps} short in ${count(short, 'skill')}`;
}

/**
 * The levels that come next after `from` on each path: for each track (and for the one path of a
 * role with no tracks), the first level that follows `from` on it. A shared level before a fork
 * has one next level per track; a level on a track has the next one on its own track, and one on
 * every other track at the seniority after it (a move across).
 */
export function nextLevels(index: RoleIndex, from: Level): { track: string | null; level: Level }[] {
  const levels = index.role.levels;
  const above = levels.filter((l) => l.seniority > from.seniority);
  if (above.length === 0) return [];
  const tracks = [...new Set(levels.map((l) => l.track))].filter((t) => t !== null);
  const paths = tracks.length === 0 ? [null] : tracks;
  const result: { track: string | null; level: Level }[] = [];
  for (const track of paths) {
    const onPath = above.filter((l) => l.track === track || l.track === null);
    const first = Math.min(...onPath.map((l) => l.seniority));
    // The normal next level on this path, if the pathway names one; else the first level up on it.
    const named = onPath.find((l) => l.seniority === first && from.next.includes(l.id));
    const level = named ?? onPath.find((l) => l.seniority === first);
    if (level && !result.some((r) => r.level.id === level.id)) result.push({ track, level });
  }
  return result;
}

export interface NextComparison {
  gaps: { track: string | null; gap: LevelGap }[];
  /** The path whose next level is fewest steps away, and by how many steps fewer than the next
   *  nearest; undefined with fewer than two paths, or when they are as far. */
  nearer?: { track: string | null; by: number };
}

/** The gap to every next level from `from`, and which path's is nearer. */
export function compareNext(index: RoleIndex, ratings: Rating[], from: Level): NextComparison {
  const gaps = nextLevels(index, from).map(({ track, level }) => ({
    track,
    gap: levelGap(index, ratings, level),
  }));
  if (gaps.length < 2) return { gaps };
  const sorted = [...gaps].sort((a, b) => a.gap.steps - b.gap.steps);
  const by = sorted[1].gap.steps - sorted[0].gap.steps;
  return by === 0 ? { gaps } : { gaps, nearer: { track: sorted[0].track, by } };
}

/**
 * The skills to grow for a level, most steps first (then in the role's order): what the level asks,
 * what the person has, and by how many steps they are short.
 */
export function skillsToGrow(gap: LevelGap): Extract<SkillGap, { kind: 'short' }>[] {
  const order = new Map(gap.skills.map((s, i) => [s.skillId, i]));
  return gap.skills
    .filter((s): s is Extract<SkillGap, { kind: 'short' }> => s.kind === 'short')
    .sort((a, b) => b.steps - a.steps || order.get(a.skillId)! - order.get(b.skillId)!);
}

/**
 * The most senior level whose every asked skill the ratings meet (the person's level, as the
 * ratings show it), or undefined when they meet none.
 */
export function levelReached(index: RoleIndex, ratings: Rating[]): Level | undefined {
  const reached = index.role.levels.filter((level) => {
    const gap = levelGap(index, ratings, level);
    return gap.asked > 0 && gap.met === gap.asked;
  });
  return reached.sort((a, b) => b.seniority - a.seniority)[0];
}

/** The ratings a level's requirements make: "I am a DevOps engineer today", to adjust from. */
export function ratingsFromLevel(index: RoleIndex, level: Level): Rating[] {
  return index.role.skills.map((skill) => ({
    skillId: skill.id,
    proficiency: index.requirement(level.id, skill.id)?.proficiency ?? null,
  }));
}

export interface RatingChange {
  skillId: string;
  from: string | null;
  to: string | null;
  /** Proficiency steps up (positive) or down (negative). */
  steps: number;
}

/** What changed between two snapshots of the ratings, skill by skill, in the role's order. */
export function diffRatings(index: RoleIndex, before: Rating[], after: Rating[]): RatingChange[] {
  const [a, b] = [before, after].map((list) => new Map(list.map((r) => [r.skillId, r.proficiency])));
  return index.role.skills
    .map((skill) => {
      const from = a.get(skill.id) ?? null;
      const to = b.get(skill.id) ?? null;
      return { skillId: skill.id, from, to, steps: ratingRank(index, to) - ratingRank(index, from) };
    })
    .filter((change) => change.from !== change.to);
}
