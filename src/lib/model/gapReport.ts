/**
 * The gap in words: for a target level, the skills to grow, most steps first,
 * each with what the person has, what the level asks and its own description of it, and what the
 * level changes from the one the person is nearest; and which path's next level is nearer. Gaps to
 * discuss, named skill by skill: no score.
 */
import type { Level, Skill } from './types';
import { levelLabel, type RoleIndex } from './framework';
import { describeChange, levelTransition } from './changes';
import {
  compareNext,
  levelGap,
  levelReached,
  skillsToGrow,
  type LevelGap,
  type NextComparison,
  type Rating,
} from './gap';
import { count } from './count';

export interface SkillToGrow {
  skill: Skill;
  have: string;
  asked: string;
  steps: number;
  /** The target's own words for this skill. */
  description: string;
  /** What the target asks differently from the level the person is nearest ("raised 1 step from working"). */
  fromNearest?: string;
}

export interface GapReport {
  target: Level;
  /** "Senior DevOps engineer (technical): meets 4 of 10; 6 steps short in 6 skills." */
  headline: string;
  grow: SkillToGrow[];
  /** How many skills the target asks for (0: none, as the 2025 framework's chief roles). */
  asked: number;
}

const steps = (n: number) => count(n, 'step');

export function gapReport(index: RoleIndex, ratings: Rating[], target: Level, nearest?: Level): GapReport {
  const nearestLabel = nearest && levelLabel(index.framework, nearest);
  const gap = levelGap(index, ratings, target);
  const name = (id: string | null) => (id === null ? 'not yet' : (index.proficiency(id)?.name ?? id));
  const changes = nearest && nearest.id !== target.id ? levelTransition(index, nearest, target) : undefined;
  const grow = skillsToGrow(gap).map((s): SkillToGrow => {
    const change = changes?.get(s.skillId);
    return {
      skill: index.skill(s.skillId)!,
      have: name(s.have),
      asked: name(s.asked),
      steps: s.steps,
      description: index.requirement(target.id, s.skillId)?.description ?? '',
      // Named with its level: "raised 2 steps from working at DevOps engineer".
      ...(change ? { fromNearest: `${describeChange(change, (id) => name(id))} at ${nearestLabel}` } : {}),
    };
  });
  const short = grow.length;
  const label = levelLabel(index.framework, target);
  return {
    target,
    // A level that asks for nothing (the 2025 framework's chief roles give no proficiencies) is
    // not "met in all 0 skills": it is said as it is.
    headline:
      gap.asked === 0
        ? `${label} asks for no proficiency in any skill: there is nothing to meet.`
        : short === 0
          ? `${label}: meets all ${gap.asked} skills it asks for.`
          : `${label}: meets ${gap.met} of ${gap.asked}; ${steps(gap.steps)} short in ${count(short, 'skill')}.`,
    grow,
    asked: gap.asked,
  };
}

/**
 * Where a person falls short of the level they hold, apart from the gap to the next: "Below your
 * level, DevOps engineer, in 1 skill: Prototyping, 1 step." or "You meet everything DevOps
 * engineer asks for."
 */
export function belowWords(index: RoleIndex, held: Level, below: LevelGap): string {
  const label = levelLabel(index.framework, held);
  if (below.asked === 0) return `${label} asks for no proficiency in any skill.`;
  const short = skillsToGrow(below);
  if (short.length === 0) return `You meet everything ${label} asks for.`;
  const list = short.map((s) => `${index.skill(s.skillId)?.name ?? s.skillId}, ${steps(s.steps)}`);
  return `Below your level, ${label}, in ${count(short.length, 'skill')}: ${list.join('; ')}.`;
}

/** Which path's next level is nearer, in one sentence. */
export function nearerInWords(index: RoleIndex, next: NextComparison): string {
  const label = (level: Level) => levelLabel(index.framework, level);
  if (next.gaps.length === 0) return 'There is no level after this one.';
  if (next.gaps.length === 1) {
    const [{ gap }] = next.gaps;
    return `The next level, ${label(gap.level)}, is ${steps(gap.steps)} away.`;
  }
  if (!next.nearer)
    return `The next levels are as near as each other: ${steps(next.gaps[0].gap.steps)} each.`;
  const nearest = next.gaps.find((g) => g.track === next.nearer!.track)!;
  const others = next.gaps
    .filter((g) => g !== nearest)
    .map((g) => `${steps(g.gap.steps)} for ${label(g.gap.level)}`);
  return `${label(nearest.gap.level)} is nearer, by ${steps(next.nearer.by)}: ${steps(nearest.gap.steps)} to grow, against ${others.join(' and ')}.`;
}

/** Where the ratings stand in the role: the level reached, the levels next, and the ones to show. */
export interface Standing {
  /** The most senior level whose every asked skill is met; undefined when none is. */
  reached?: Level;
  /** The level the person says they hold today, if they said. */
  held?: Level;
  /** Where they fall short of the level they hold (the level's own gap; none short: met). */
  below?: LevelGap;
  /** The level the gap is measured from: the one held, else the one reached. */
  from?: Level;
  /** The gap to each next level (from `from`; the first levels when there is none). */
  next: NextComparison;
  /** The levels to show the gap for: the one chosen, else every next level. */
  targets: Level[];
  /** The one the profile chart draws: the one chosen, else the nearer next level, else the first. */
  focus: Level;
}

/**
 * Where a person stands, for the gap in words and the profile chart; `chosen` is a level id or
 * null, `held` the level they hold today (a level id, or null: not said). From the level held,
 * whatever a single rating below it says, the gap is to the next level on each track; without one,
 * from the level the ratings reach.
 */
export function standing(
  index: RoleIndex,
  ratings: Rating[],
  chosen: string | null,
  heldId: string | null = null,
): Standing {
  const reached = levelReached(index, ratings);
  const held = heldId ? index.level(heldId) : undefined;
  const from = held ?? reached;
  let next: NextComparison;
  if (from) next = compareNext(index, ratings, from);
  else {
    const lowest = Math.min(...index.role.levels.map((l) => l.seniority));
    const first = index.role.levels.filter((l) => l.seniority === lowest);
    next = { gaps: first.map((level) => ({ track: level.track, gap: levelGap(index, ratings, level) })) };
  }
  const picked = chosen ? index.level(chosen) : undefined;
  const nextLevelsShown = next.gaps.map((g) => g.gap.level);
  const targets = picked ? [picked] : nextLevelsShown.length > 0 ? nextLevelsShown : reached ? [reached] : [];
  const nearer = next.nearer && next.gaps.find((g) => g.track === next.nearer!.track)?.gap.level;
  const focus = picked ?? nearer ?? targets[0] ?? index.role.levels[0];
  return {
    ...(reached ? { reached } : {}),
    ...(held ? { held, below: levelGap(index, ratings, held) } : {}),
    ...(from ? { from } : {}),
    next,
    targets,
    focus,
  };
}
