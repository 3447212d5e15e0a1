/**
 * For one role, the grid a capability lead reads: each person's rating of each skill against their
 * target level (their own, or one chosen for everyone), met / short by n / above by n; per skill how
 * many meet the target, the team's median and whether only one person reaches practitioner (a
 * single point of failure); per person the steps short of target. Gaps to discuss, not scores:
 * nobody is ranked by a single number unless the lead sorts by steps short. Pure.
 */
import { matchRatings } from './assessment';
import { type RoleIndex } from './framework';
import { ratingRank, skillGap, type SkillGap } from './gap';
import type { Level, Proficiency } from './types';
import { coverageOf, type Coverage } from './coverage';
import { entryAt, type TeamEntry, type TeamPerson } from './teamRoster';

/** One cell: a person's rating of a skill against their target's requirement. */
export interface TeamCell {
  skillId: string;
  /** The rating: a proficiency id, null for "not yet", undefined when the skill was not rated. */
  have: string | null | undefined;
  rank: number;
  /** The target's requirement (undefined: the target does not ask for the skill, or no target). */
  asked?: string;
  gap?: SkillGap;
}

export interface TeamRow {
  /** The person's place in the team as loaded (1, 2, …): "Person 3" when anonymised. */
  number: number;
  name: string;
  entry: TeamEntry;
  target?: Level;
  /** The most senior level whose every requirement they meet (undefined: none). */
  reached?: Level;
  cells: TeamCell[];
  /** Of the skills the target asks for, how many they meet; and the steps short over the rest. */
  met: number;
  asked: number;
  steps: number;
}

export interface TeamSkill {
  skillId: string;
  name: string;
  /** Of the people whose target asks for it, how many meet it. */
  meeting: number;
  asking: number;
  /** The team's median rank (people who rated it), in words: "Working", "between Working and Practitioner". */
  median?: number;
  medianName: string;
  /** How many reach practitioner or above (the framework's second-highest proficiency or more). */
  strong: number;
}

export interface TeamGrid {
  rows: TeamRow[];
  skills: TeamSkill[];
  /** The proficiency a "single point of failure" is counted at (Practitioner in the DDaT scale). */
  strongAt: Proficiency | undefined;
}

/** Practitioner where the scale has it, else its second-highest proficiency. */
function strongProficiency(index: RoleIndex): Proficiency | undefined {
  const scale = [...index.framework.proficiencies].sort((a, b) => a.rank - b.rank);
  return scale.find((p) => p.name.toLowerCase() === 'practitioner') ?? scale.at(-2) ?? scale.at(-1);
}

type GridOptions = { target?: string | null; date?: string };

/** What every row of a grid needs, worked out once per grid. */
function gridSetting(index: RoleIndex) {
  const skills = index.role.skills;
  const byTarget = new Map<string, (string | undefined)[]>();
  // A cell says nothing of whose it is: one per skill, rating and requirement, shared by every row
  // that has them (a whole profession's grid is 400,000 cells of a few hundred kinds).
  const made = skills.map(
    () => new Map<string | null | undefined, Map<string | undefined | false, TeamCell>>(),
  );
  return {
    skills,
    strongAt: strongProficiency(index),
    asks: levelAsks(index),
    /** What a level asks of each skill, in the role's order (undefined: nothing). */
    askedBy(levelId: string) {
      let asked = byTarget.get(levelId);
      if (!asked)
        byTarget.set(
          levelId,
          (asked = skills.map((skill) => index.requirement(levelId, skill.id)?.proficiency)),
        );
      return asked;
    },
    /** The cell of skill `s` rated `have` against a target asking `wanted` (false: no target). */
    cell(s: number, have: string | null | undefined, wanted: string | undefined | false): TeamCell {
      let byWanted = made[s].get(have);
      if (!byWanted) made[s].set(have, (byWanted = new Map()));
      let cell = byWanted.get(wanted);
      if (!cell) {
        const skillId = skills[s].id;
        const rank = ratingRank(index, have ?? null);
        cell =
          wanted === false
            ? { skillId, have, rank }
            : {
                skillId,
                have,
                rank,
                ...(wanted ? { asked: wanted } : {}),
                gap: skillGap(index, skillId, wanted, have ?? null),
              };
        byWanted.set(wanted, cell);
      }
      return cell;
    },
  };
}

/** One person's row (undefined: not yet assessed on the date); `number` is their place in the team. */
function personRow(
  index: RoleIndex,
  setting: ReturnType<typeof gridSetting>,
  person: TeamPerson,
  number: number,
  options: GridOptions,
): TeamRow | undefined {
  const entry = entryAt(person, options.date);
  if (!entry) return undefined;
  const { ratings } = matchRatings(index, entry.assessment);
  const rated = new Map<string, string | null>();
  for (const r of ratings) rated.set(r.skillId, r.proficiency);
  const targetId = options.target ?? entry.assessment.target;
  const target = targetId ? index.level(targetId) : undefined;
  const asks = target ? setting.askedBy(target.id) : undefined;
  const ranks: number[] = [];
  let met = 0;
  let asked = 0;
  let steps = 0;
  const cells = setting.skills.map((skill, s): TeamCell => {
    const cell = setting.cell(s, rated.get(skill.id), asks ? asks[s] : false);
    ranks.push(cell.rank);
    const { gap } = cell;
    if (gap && gap.kind !== 'not-asked') asked += 1;
    if (gap?.kind === 'met') met += 1;
    if (gap?.kind === 'short') steps += gap.steps;
    return cell;
  });
  return {
    number,
    name: person.name,
    entry,
    target,
    reached: reachedLevel(setting.asks, ranks),
    cells,
    met,
    asked,
    steps,
  };
}

/**
 * The median of numbers given as how many times each occurs, as d3's `median` has it of the numbers
 * themselves (of an even count, the mean of the two in the middle); undefined for none.
 */
export function medianOfCounts(counts: ReadonlyMap<number, number>): number | undefined {
  const values = [...counts.keys()].sort((a, b) => a - b);
  const n = values.reduce((sum, value) => sum + counts.get(value)!, 0);
  if (n === 0) return undefined;
  // The k-th smallest (from 0).
  const kth = (k: number) => {
    let seen = 0;
    for (const value of values) {
      seen += counts.get(value)!;
      if (k < seen) return value;
    }
    return values[values.length - 1];
  };
  const i = (n - 1) / 2;
  const low = kth(Math.floor(i));
  return i === Math.floor(i) ? low : low + (kth(Math.floor(i) + 1) - low) / 2;
}

/**
 * The team's own row per skill (meeting the target, the median, how many are strong in it),
 * counted a row at a time: a whole profession's rows are counted a few hundred a frame.
 */
function skillTally(index: RoleIndex, setting: ReturnType<typeof gridSetting>) {
  const scale = [...index.framework.proficiencies].sort((a, b) => a.rank - b.rank);
  const { strongAt } = setting;
  const tallies = setting.skills.map(() => ({
    meeting: 0,
    asking: 0,
    strong: 0,
    ranks: new Map<number, number>(),
  }));
  return {
    add(row: TeamRow) {
      row.cells.forEach((cell, s) => {
        const tally = tallies[s];
        if (cell.gap && cell.gap.kind !== 'not-asked') {
          tally.asking += 1;
          if (cell.gap.kind === 'met') tally.meeting += 1;
        }
        if (cell.have !== undefined) tally.ranks.set(cell.rank, (tally.ranks.get(cell.rank) ?? 0) + 1);
        if (strongAt && cell.rank >= strongAt.rank) tally.strong += 1;
      });
    },
    skills: (): TeamSkill[] =>
      setting.skills.map((skill, s): TeamSkill => {
        const { meeting, asking, strong, ranks } = tallies[s];
        const middle = medianOfCounts(ranks);
        const under = middle === undefined ? undefined : scale.filter((p) => p.rank <= middle).at(-1);
        return {
          skillId: skill.id,
          name: skill.name,
          meeting,
          asking,
          median: middle,
          medianName:
            middle === undefined
              ? 'not rated'
              : Number.isInteger(middle) || !under
                ? (under?.name ?? 'not yet')
                : `between ${under.name} and ${scale.find((p) => p.rank > middle)?.name ?? under.name}`,
          strong,
        };
      }),
  };
}

/**
 * The grid for one role: a row per person (as they stood on `date`, else their latest), each
 * against `target` (a level id for everyone) or else their own target; skills in the role's order.
 */
export function teamGrid(index: RoleIndex, people: TeamPerson[], options: GridOptions = {}): TeamGrid {
  const setting = gridSetting(index);
  const tally = skillTally(index, setting);
  const rows = people.flatMap((person, i) => personRow(index, setting, person, i + 1, options) ?? []);
  rows.forEach(tally.add);
  return { rows, skills: tally.skills(), strongAt: setting.strongAt };
}

/**
 * The same grid, worked out a few hundred people at a time, waiting for `pause()` between (the
 * next frame): a whole profession's grid without blocking the page. Gives up (undefined) as soon
 * as `stale()` says its inputs have changed.
 */
export async function teamGridInSteps(
  index: RoleIndex,
  people: TeamPerson[],
  options: GridOptions,
  pause: () => Promise<void>,
  stale: () => boolean,
  step = 500,
): Promise<TeamGrid | undefined> {
  const setting = gridSetting(index);
  const tally = skillTally(index, setting);
  const rows: TeamRow[] = [];
  for (let from = 0; from < people.length; from += step) {
    if (from > 0) await pause();
    if (stale()) return undefined;
    people.slice(from, from + step).forEach((person, i) => {
      const row = personRow(index, setting, person, from + i + 1, options);
      if (row) {
        rows.push(row);
        tally.add(row);
      }
    });
  }
  const grid = { rows, skills: tally.skills(), strongAt: setting.strongAt };
  // Given from the next frame on: drawing it is a frame's work of its own.
  await pause();
  return stale() ? undefined : grid;
}

/**
 * The most senior level every requirement of which the ratings meet (of two tracks, the first):
 * `levels` is each level with what it asks, as ranks (`levelAsks`), worked out once per grid.
 */
function reachedLevel(levels: LevelAsks[], ranks: number[]): Level | undefined {
  let best: Level | undefined;
  for (const { level, asks } of levels) {
    if (asks.length === 0 || (best && level.seniority <= best.seniority)) continue;
    if (asks.every(([s, wanted]) => (ranks[s] ?? 0) >= wanted)) best = level;
  }
  return best;
}

/** A level and what it asks, as [the skill's place in the role, the rank asked]. */
type LevelAsks = { level: Level; asks: [number, number][] };

/** Each level of the role with what it asks of each skill, as ranks. */
function levelAsks(index: RoleIndex): LevelAsks[] {
  const place = new Map(index.role.skills.map((skill, s) => [skill.id, s]));
  return index.role.levels.map((level) => ({
    level,
    asks: index.role.requirements
      .filter((r) => r.levelId === level.id)
      .map((r): [number, number] => [place.get(r.skillId) ?? -1, ratingRank(index, r.proficiency)]),
  }));
}

/** The skills the team does not cover twice over: nobody first, then those held by one person. */
export function coverageGaps(grid: TeamGrid): { skill: TeamSkill; coverage: Exclude<Coverage, 'covered'> }[] {
  const of = (coverage: Coverage) =>
    grid.skills.filter((skill) => coverageOf(skill) === coverage).map((skill) => ({ skill, coverage }));
  return [...of('none'), ...of('one')] as { skill: TeamSkill; coverage: 'none' | 'one' }[];
}

/** The team as a chart shows it: the grid of the role shown, its rows arranged, and how names read. */
export interface TeamShown {
  grid: TeamGrid;
  rows: { row: TeamRow; group: string }[];
  /** Everyone against this level (undefined: each against their own target). */
  against?: Level;
  /** The date the team is shown at (null: each person's latest). */
  date: string | null;
  anonymise: boolean;
  /** On paper and picture slides, which of the people this page shows. */
  page?: { from: number; to: number; of: number };
}
