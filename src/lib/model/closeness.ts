/**
 * How close role levels are to each other across a whole framework (#19: listed, not drawn yet). A role
 * level is what it asks of each skill (skills are shared by id across roles). The cost of a move
 * from one level to another is the proficiency steps a person who meets the first must grow to
 * meet the second: only shortfalls count; what the person already exceeds costs nothing, and a
 * skill the first level does not ask for starts from nothing. Pure.
 */
import type { Framework, Level, Role } from './types';
import { YOU_ID, youLevel } from './you';

export interface RoleLevel {
  role: Role;
  level: Level;
}

export interface MoveCost {
  from: RoleLevel;
  to: RoleLevel;
  steps: number;
  /** The skills to grow, most steps first: their id, and the ranks from and to. */
  skills: { skillId: string; from: number; to: number; steps: number }[];
}

const levelsOf = new WeakMap<Framework, (RoleLevel & { ranks: Map<string, number> })[]>();

/**
 * Each level of each role, with what it asks of each skill as a proficiency rank. Worked out once
 * per framework (frameworks are not changed once loaded): the map and its lists all ask for it.
 */
export function roleLevels(framework: Framework): readonly (RoleLevel & { ranks: Map<string, number> })[] {
  let levels = levelsOf.get(framework);
  if (!levels) levelsOf.set(framework, (levels = rankLevels(framework)));
  return levels;
}

/** Role levels' requirements as arrays: each skill a number, each level its skills and ranks. */
interface Packed {
  index: Map<string, number>;
  skills: Uint16Array[];
  wanted: Uint8Array[];
}
const packedOf = new WeakMap<readonly { ranks: Map<string, number> }[], Packed>();

function packed(all: readonly { ranks: Map<string, number> }[]): Packed {
  let done = packedOf.get(all);
  if (done) return done;
  const index = new Map<string, number>();
  for (const level of all)
    for (const skillId of level.ranks.keys()) if (!index.has(skillId)) index.set(skillId, index.size);
  done = {
    index,
    skills: all.map((level) => Uint16Array.from(level.ranks.keys(), (id) => index.get(id)!)),
    wanted: all.map((level) => Uint8Array.from(level.ranks.values())),
  };
  packedOf.set(all, done);
  return done;
}

function rankLevels(framework: Framework): (RoleLevel & { ranks: Map<string, number> })[] {
  const rank = new Map(framework.proficiencies.map((p) => [p.id, p.rank]));
  return framework.roles.flatMap((role) =>
    role.levels.map((level) => ({
      role,
      level,
      ranks: new Map(
        role.requirements
          .filter((r) => r.levelId === level.id)
          .map((r) => [r.skillId, rank.get(r.proficiency) ?? 0] as [string, number]),
      ),
    })),
  );
}

/**
 * The steps alone of moving from one level to another (`moveCost(from, to).steps`), without listing
 * the skills: what ranking every pair of a framework's levels needs, done without allocating.
 */
export function stepsBetween(
  from: { ranks: Map<string, number> },
  to: { ranks: Map<string, number> },
): number {
  let steps = 0;
  for (const [skillId, wanted] of to.ranks) {
    const have = from.ranks.get(skillId) ?? 0;
    if (wanted > have) steps += wanted - have;
  }
  return steps;
}

/** The cost of moving from one role level to another (see the module's comment). */
export function moveCost(
  from: RoleLevel & { ranks: Map<string, number> },
  to: RoleLevel & { ranks: Map<string, number> },
): MoveCost {
  const skills: MoveCost['skills'] = [];
  for (const [skillId, wanted] of to.ranks) {
    const have = from.ranks.get(skillId) ?? 0;
    if (wanted > have) skills.push({ skillId, from: have, to: wanted, steps: wanted - have });
  }
  skills.sort((a, b) => b.steps - a.steps || a.skillId.localeCompare(b.skillId));
  return {
    from: { role: from.role, level: from.level },
    to: { role: to.role, level: to.level },
    steps: skills.reduce((sum, s) => sum + s.steps, 0),
    skills,
  };
}

/**
 * Where a person at `from` could move in every other role by growing at most `budget` steps: for
 * each role, its most senior level within the budget (the cheaper of two at the same seniority),
 * ranked by cost, then by role name. A junior level of another role is nearly free to reach, so
 * "nearest" alone would list apprentice levels first; the most senior within reach is the move
 * that means something.
 */
export function movesWithin(
  framework: Framework,
  from: { roleId: string; levelId: string },
  budget: number,
): MoveCost[] {
  const start = roleLevels(framework).find(
    (rl) => rl.role.id === from.roleId && rl.level.id === from.levelId,
  );
  return start ? movesFrom(framework, start, budget) : [];
}

/**
 * The same from any starting point: a role level, or a person's own ratings in their role (their
 * self-assessment, as ranks per skill: `ranksOfRatings`).
 */
export function movesFrom(
  framework: Framework,
  start: RoleLevel & { ranks: Map<string, number> },
  budget: number,
  /** The framework's role levels, when the caller has them already. */
  all = roleLevels(framework),
): MoveCost[] {
  // Priced as stepsBetween does, over arrays (a framework four times the 2025 one has 670,000 pairs
  // for its overview), and given up on as soon as a move is over the budget.
  const { index, skills, wanted } = packed(all);
  const have = new Uint8Array(index.size);
  for (const [skillId, rank] of start.ranks) {
    const i = index.get(skillId);
    if (i !== undefined) have[i] = rank;
  }
  const best = new Map<string, { target: (typeof all)[number]; steps: number }>();
  for (const [t, target] of all.entries()) {
    if (target.role.id === start.role.id || target.ranks.size === 0) continue;
    const [asked, ranks] = [skills[t], wanted[t]];
    let steps = 0;
    for (let k = 0; k < asked.length && steps <= budget; k++) {
      const short = ranks[k] - have[asked[k]];
      if (short > 0) steps += short;
    }
    if (steps > budget) continue;
    const current = best.get(target.role.id);
    const better =
      !current ||
      target.level.seniority > current.target.level.seniority ||
      (target.level.seniority === current.target.level.seniority && steps < current.steps);
    if (better) best.set(target.role.id, { target, steps });
  }
  // The skills to grow are listed for the moves kept only.
  return [...best.values()]
    .map(({ target }) => moveCost(start, target))
    .sort((a, b) => a.steps - b.steps || a.to.role.name.localeCompare(b.to.role.name));
}

/** A person's ratings as ranks per skill, as a role level's requirements are ("not yet" is none). */
export function ranksOfRatings(
  framework: Framework,
  ratings: { skillId: string; proficiency: string | null }[],
): Map<string, number> {
  const rank = new Map(framework.proficiencies.map((p) => [p.id, p.rank]));
  return new Map(
    ratings
      .filter((r) => r.proficiency !== null && rank.has(r.proficiency))
      .map((r) => [r.skillId, rank.get(r.proficiency!)!] as [string, number]),
  );
}

/** Every role and level that asks for a skill, and at what proficiency, most proficient first. */
export function skillToRoles(
  framework: Framework,
  skillId: string,
): { role: Role; level: Level; proficiency: string; rank: number }[] {
  const rank = new Map(framework.proficiencies.map((p) => [p.id, p.rank]));
  return framework.roles
    .flatMap((role) =>
      role.requirements
        .filter((r) => r.skillId === skillId)
        .map((r) => ({
          role,
          level: role.levels.find((l) => l.id === r.levelId)!,
          proficiency: r.proficiency,
          rank: rank.get(r.proficiency) ?? 0,
        })),
    )
    .filter((entry) => entry.level !== undefined)
    .sort(
      (a, b) =>
        b.rank - a.rank || a.role.name.localeCompare(b.role.name) || a.level.seniority - b.level.seniority,
    );
}

/** A skill's name anywhere in the framework (skills are shared by id across roles). */
export function skillName(framework: Framework, skillId: string): string {
  for (const role of framework.roles) {
    const skill = role.skills.find((s) => s.id === skillId);
    if (skill) return skill.name;
  }
  return skillId;
}

/** Every skill of the framework, once each, by name: the choices of "which roles ask for a skill". */
export function frameworkSkills(framework: Framework): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const role of framework.roles)
    for (const skill of role.skills) if (!seen.has(skill.id)) seen.set(skill.id, skill.name);
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Where moves are counted from: `fromId` (a level of `role`, or YOU_ID for the person's ratings),
 * else the ratings when there are some, else `levelId` (the level selected), else the role's third
 * level (the first past its entry levels, where people start to look around).
 */
export function moveStart(
  framework: Framework,
  role: Role,
  choice: {
    fromId: string | null;
    levelId: string | null;
    ratings?: { skillId: string; proficiency: string | null }[];
  },
): { fromId: string; start: (RoleLevel & { ranks: Map<string, number> }) | undefined } {
  const fallback = choice.levelId ?? role.levels[Math.min(2, role.levels.length - 1)]?.id ?? '';
  const fromId =
    choice.fromId === YOU_ID
      ? choice.ratings
        ? YOU_ID
        : fallback
      : (choice.fromId ?? (choice.ratings ? YOU_ID : fallback));
  if (fromId === YOU_ID && choice.ratings)
    return { fromId, start: { role, level: youLevel, ranks: ranksOfRatings(framework, choice.ratings) } };
  return {
    fromId,
    start: roleLevels(framework).find((rl) => rl.role.id === role.id && rl.level.id === fromId),
  };
}

/**
 * Each role level's cheapest move to another role within the budget, to a level at least as senior
 * on its ladder (a step sideways or up: another role's entry levels are nearly free to reach from
 * anywhere and would draw every line to them), for an overview of the short moves across the whole
 * framework; none where nothing is within reach.
 */
export function nearestMoves(framework: Framework, budget: number): MoveCost[] {
  const all = roleLevels(framework);
  return all.flatMap((from) => {
    const moves = movesFrom(framework, from, budget, all).filter(
      (move) => move.to.level.seniority >= from.level.seniority,
    );
    return moves.length > 0 ? [moves[0]] : [];
  });
}
