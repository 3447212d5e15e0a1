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

/**
 * Which way a move goes on the ladder, by the seniority the two levels' requirements imply
 * (`levelWeight`): about the same (within `SIDEWAYS_BAND`), up, or down.
 */
export type MoveDirection = 'sideways' | 'up' | 'down';

export interface MoveCost {
  from: RoleLevel;
  to: RoleLevel;
  steps: number;
  direction: MoveDirection;
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

/**
 * The seniority a level's requirements imply, on the proficiency scale's ranks: the mean rank of the
 * skills it asks for (0 when it asks for none). Ladders of different roles are numbered each from
 * their own entry level, so their positions cannot be compared; what the levels ask for can. A
 * person's ratings weigh the same way (the mean rank of what they rated).
 */
export function levelWeight(ranks: ReadonlyMap<string, number>): number {
  let sum = 0;
  let count = 0;
  for (const rank of ranks.values())
    if (rank > 0) {
      sum += rank;
      count++;
    }
  return count === 0 ? 0 : sum / count;
}

/** Two levels whose weights differ by less than this (a quarter of a proficiency step) are about as senior. */
export const SIDEWAYS_BAND = 0.25;

/** The direction of a move from a level of one weight to a level of another (see `MoveDirection`). */
export function moveDirection(fromWeight: number, toWeight: number): MoveDirection {
  const apart = toWeight - fromWeight;
  if (Math.abs(apart) < SIDEWAYS_BAND - 1e-9) return 'sideways';
  return apart > 0 ? 'up' : 'down';
}

/** Sideways first, then up, then down: the order the moves are listed in. */
export const DIRECTIONS: readonly MoveDirection[] = ['sideways', 'up', 'down'];

/** Role levels' requirements as arrays: each skill a number, each level its skills and ranks. */
interface Packed {
  index: Map<string, number>;
  skills: Uint16Array[];
  wanted: Uint8Array[];
  weight: Float64Array;
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
    weight: Float64Array.from(all, (level) => levelWeight(level.ranks)),
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
    direction: moveDirection(levelWeight(from.ranks), levelWeight(to.ranks)),
    skills,
  };
}

/**
 * Where a person at `from` could move in every other role by growing at most `budget` steps, as
 * moves grouped by direction (`MoveDirection`). For each role: its cheapest level about as senior as
 * the start (sideways; the more senior of two as cheap), and its most senior level above the start
 * within the budget (up; the cheaper of two as senior); a role with neither gives its most senior
 * level within reach, which is below the start (down). Listed sideways, then up, then down, each by
 * the steps to grow, then by role name. A junior level of another role is nearly free to reach from
 * anywhere, so "nearest" alone would list other ladders' entry levels first: a step down is the
 * cheapest move, but not the next role someone is looking for.
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

type Found<T> = { target: T; steps: number };

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
  const { index, skills, wanted, weight } = packed(all);
  const have = new Uint8Array(index.size);
  for (const [skillId, rank] of start.ranks) {
    const i = index.get(skillId);
    if (i !== undefined) have[i] = rank;
  }
  const from = levelWeight(start.ranks);
  type Target = (typeof all)[number];
  const best = new Map<string, Partial<Record<MoveDirection, Found<Target>>>>();
  for (const [t, target] of all.entries()) {
    if (target.role.id === start.role.id || target.ranks.size === 0) continue;
    const [asked, ranks] = [skills[t], wanted[t]];
    let steps = 0;
    for (let k = 0; k < asked.length && steps <= budget; k++) {
      const short = ranks[k] - have[asked[k]];
      if (short > 0) steps += short;
    }
    if (steps > budget) continue;
    const direction = moveDirection(from, weight[t]);
    let role = best.get(target.role.id);
    if (!role) best.set(target.role.id, (role = {}));
    const current = role[direction];
    const seniorer = current ? target.level.seniority - current.target.level.seniority : 0;
    const better =
      !current ||
      (direction === 'sideways'
        ? steps < current.steps || (steps === current.steps && seniorer > 0)
        : seniorer > 0 || (seniorer === 0 && steps < current.steps));
    if (better) role[direction] = { target, steps };
  }
  // The skills to grow are listed for the moves kept only.
  const kept = [...best.values()].flatMap((role) =>
    role.sideways || role.up ? [role.sideways, role.up].filter((m) => m !== undefined) : [role.down!],
  );
  return kept.map(({ target }) => moveCost(start, target)).sort(byDirectionThenSteps);
}

/** Sideways, then up, then down; in each, by the steps to grow, then by role name and seniority. */
export function byDirectionThenSteps(a: MoveCost, b: MoveCost): number {
  return (
    DIRECTIONS.indexOf(a.direction) - DIRECTIONS.indexOf(b.direction) ||
    a.steps - b.steps ||
    a.to.role.name.localeCompare(b.to.role.name) ||
    a.to.level.seniority - b.to.level.seniority
  );
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
 * Each role level's cheapest move to another role within the budget, sideways or up (another role's
 * entry levels are nearly free to reach from anywhere and would draw every line to them), for an
 * overview of the short moves across the whole framework; none where nothing is within reach.
 */
export function nearestMoves(framework: Framework, budget: number): MoveCost[] {
  const all = roleLevels(framework);
  return all.flatMap((from) => {
    const moves = movesFrom(framework, from, budget, all).filter((move) => move.direction !== 'down');
    if (moves.length === 0) return [];
    return [moves.reduce((cheapest, move) => (move.steps < cheapest.steps ? move : cheapest))];
  });
}

/**
 * The column of the career map a level stands in: its place on its own role's ladder; for a role of
 * one level, the place its requirements imply (its weight's place between the lightest and the
 * heaviest level of the framework, spread over the columns); for a role of one level that asks for
 * nothing, the most senior column where the source marks the role as above the ladders (the DDaT's
 * "Senior Civil Service"), else the first. Worked out once per framework.
 */
export function mapColumns(framework: Framework): (role: Role, level: Level) => number {
  let columns = columnsOf.get(framework);
  if (!columns) columnsOf.set(framework, (columns = placeColumns(framework)));
  const placed = columns;
  return (role, level) => placed.get(role.id) ?? level.seniority;
}
const columnsOf = new WeakMap<Framework, Map<string, number>>();

/** Above every ladder: the DDaT's role type for its chief roles. */
const ABOVE_LADDERS = /senior civil service/i;

function placeColumns(framework: Framework): Map<string, number> {
  const weights = roleLevels(framework)
    .filter((rl) => rl.ranks.size > 0)
    .map((rl) => levelWeight(rl.ranks));
  const [lightest, heaviest] = [Math.min(...weights), Math.max(...weights)];
  const most = Math.max(0, ...framework.roles.flatMap((role) => role.levels.map((l) => l.seniority)));
  const placed = new Map<string, number>();
  for (const { role, ranks } of roleLevels(framework)) {
    if (role.levels.length !== 1) continue;
    if (ranks.size === 0) placed.set(role.id, role.type && ABOVE_LADDERS.test(role.type) ? most : 0);
    else if (heaviest > lightest)
      placed.set(role.id, Math.round(((levelWeight(ranks) - lightest) / (heaviest - lightest)) * most));
    else placed.set(role.id, 0);
  }
  return placed;
}
