/**
 * A team against the framework: who is in it (a person who appears twice keeps their latest
 * assessment, and the notes say so), grouped by role (a heatmap is of one role, never of mixed
 * roles), and for one role the grid a capability lead reads: each person's rating of each skill
 * against their target level (their own, or one chosen for everyone), met / short by n / above by
 * n; per skill how many meet the target, the team's median and whether only one person reaches
 * practitioner (a single point of failure); per person the steps short of target. Gaps to discuss,
 * not scores: nobody is ranked by a single number unless the lead sorts by steps short. Pure.
 */
import { median } from 'd3-array';
import type { Assessment } from './assessment';
import { matchRatings } from './assessment';
import { levelLabel, type RoleIndex } from './framework';
import { ratingRank, skillGap, type SkillGap } from './gap';
import type { Level, Proficiency } from './types';
import { shownName } from './teamWords';

/** One assessment of one person, as read from a file. */
export interface TeamEntry {
  assessment: Assessment;
  file: string;
}

/** A person of the team: their assessments, oldest first (one per date). */
export interface TeamPerson {
  /** Who, as the files name them (the first spelling met). */
  name: string;
  /** Their role, as `frameworkId|roleId`: people are grouped by it. */
  group: string;
  history: TeamEntry[];
}

/** How a person is told apart: their name in any case and spacing, within a framework and role. */
const personKey = (a: Assessment) =>
  `${a.framework.id}|${a.role.id}|${a.person.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()}`;

/**
 * The people in the entries, by role. An assessment of the same person on the same date as one
 * read before replaces it (the later file wins), and `notes` says so; assessments on other dates
 * are kept as the person's history (the latest is the one shown).
 */
export function gatherTeam(entries: TeamEntry[]): { people: TeamPerson[]; notes: string[] } {
  const people = new Map<string, TeamPerson>();
  const notes: string[] = [];
  for (const entry of entries) {
    const key = personKey(entry.assessment);
    const group = `${entry.assessment.framework.id}|${entry.assessment.role.id}`;
    const person = people.get(key) ?? { name: entry.assessment.person, group, history: [] };
    people.set(key, person);
    const same = person.history.findIndex((e) => e.assessment.date === entry.assessment.date);
    if (same >= 0) {
      notes.push(
        `${person.name} appears twice for ${entry.assessment.date} (${person.history[same].file} and ${entry.file}): the one in ${entry.file}, read last, is kept.`,
      );
      person.history[same] = entry;
    } else person.history.push(entry);
  }
  for (const person of people.values()) {
    person.history.sort((a, b) => a.assessment.date.localeCompare(b.assessment.date));
    if (person.history.length > 1)
      notes.push(
        `${person.name} has ${person.history.length} assessments (${person.history.map((e) => e.assessment.date).join(', ')}): the latest is shown.`,
      );
  }
  return { people: [...people.values()], notes };
}

/** The team's role groups, largest first: `{ group: 'frameworkId|roleId', people }`. */
export function teamGroups(people: TeamPerson[]): { group: string; people: TeamPerson[] }[] {
  const groups = new Map<string, TeamPerson[]>();
  for (const person of people) {
    const list = groups.get(person.group);
    if (list) list.push(person);
    else groups.set(person.group, [person]);
  }
  return [...groups]
    .map(([group, list]) => ({ group, people: list }))
    .sort((a, b) => b.people.length - a.people.length || a.group.localeCompare(b.group));
}

/** Every date any of the people was assessed on, oldest first. */
export const teamDates = (people: TeamPerson[]): string[] =>
  [...new Set(people.flatMap((p) => p.history.map((e) => e.assessment.date)))].sort();

/** A person's assessment as it stood on a date: their latest on or before it (undefined: none yet). */
export function entryAt(person: TeamPerson, date?: string): TeamEntry | undefined {
  const upTo = date ? person.history.filter((e) => e.assessment.date <= date) : person.history;
  return upTo.at(-1);
}

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
  return { skills: index.role.skills, strongAt: strongProficiency(index), asks: levelAsks(index) };
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
  const rated = new Map(ratings.map((r) => [r.skillId, r.proficiency]));
  const targetId = options.target ?? entry.assessment.target;
  const target = targetId ? index.level(targetId) : undefined;
  const cells = setting.skills.map((skill): TeamCell => {
    const have = rated.get(skill.id);
    const asked = target ? index.requirement(target.id, skill.id)?.proficiency : undefined;
    return {
      skillId: skill.id,
      have,
      rank: ratingRank(index, have ?? null),
      ...(asked ? { asked } : {}),
      ...(target ? { gap: skillGap(index, skill.id, asked, have ?? null) } : {}),
    };
  });
  const gaps = cells.flatMap((c) => (c.gap && c.gap.kind !== 'not-asked' ? [c.gap] : []));
  return {
    number,
    name: person.name,
    entry,
    target,
    reached: reachedLevel(setting.asks, new Map(cells.map((c) => [c.skillId, c.rank]))),
    cells,
    met: gaps.filter((g) => g.kind === 'met').length,
    asked: gaps.length,
    steps: gaps.reduce((sum, g) => sum + (g.kind === 'short' ? g.steps : 0), 0),
  };
}

/** The team's own row per skill: meeting the target, the median, and how many are strong in it. */
function skillSummaries(
  index: RoleIndex,
  setting: ReturnType<typeof gridSetting>,
  rows: TeamRow[],
): TeamSkill[] {
  const scale = [...index.framework.proficiencies].sort((a, b) => a.rank - b.rank);
  const { strongAt } = setting;
  return setting.skills.map((skill, s): TeamSkill => {
    const cells = rows.map((row) => row.cells[s]);
    const asked = cells.filter((c) => c.gap && c.gap.kind !== 'not-asked');
    const ranks = cells.filter((c) => c.have !== undefined).map((c) => c.rank);
    const middle = median(ranks);
    const under = middle === undefined ? undefined : scale.filter((p) => p.rank <= middle).at(-1);
    return {
      skillId: skill.id,
      name: skill.name,
      meeting: asked.filter((c) => c.gap!.kind === 'met').length,
      asking: asked.length,
      median: middle,
      medianName:
        middle === undefined
          ? 'not rated'
          : Number.isInteger(middle) || !under
            ? (under?.name ?? 'not yet')
            : `between ${under.name} and ${scale.find((p) => p.rank > middle)?.name ?? under.name}`,
      strong: strongAt ? cells.filter((c) => c.rank >= strongAt.rank).length : 0,
    };
  });
}

/**
 * The grid for one role: a row per person (as they stood on `date`, else their latest), each
 * against `target` (a level id for everyone) or else their own target; skills in the role's order.
 */
export function teamGrid(index: RoleIndex, people: TeamPerson[], options: GridOptions = {}): TeamGrid {
  const setting = gridSetting(index);
  const rows = people.flatMap((person, i) => personRow(index, setting, person, i + 1, options) ?? []);
  return { rows, skills: skillSummaries(index, setting, rows), strongAt: setting.strongAt };
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
  const rows: TeamRow[] = [];
  for (let from = 0; from < people.length; from += step) {
    if (from > 0) await pause();
    if (stale()) return undefined;
    people.slice(from, from + step).forEach((person, i) => {
      const row = personRow(index, setting, person, from + i + 1, options);
      if (row) rows.push(row);
    });
  }
  await pause();
  if (stale()) return undefined;
  return { rows, skills: skillSummaries(index, setting, rows), strongAt: setting.strongAt };
}

/**
 * The most senior level every requirement of which the ratings meet (of two tracks, the first):
 * `levels` is each level with what it asks, as ranks (`levelAsks`), worked out once per grid.
 */
function reachedLevel(levels: LevelAsks[], rank: Map<string, number>): Level | undefined {
  let best: Level | undefined;
  for (const { level, asks } of levels) {
    if (asks.length === 0 || (best && level.seniority <= best.seniority)) continue;
    if (asks.every(([skillId, wanted]) => (rank.get(skillId) ?? 0) >= wanted)) best = level;
  }
  return best;
}

type LevelAsks = { level: Level; asks: [string, number][] };

/** Each level of the role with what it asks of each skill, as ranks. */
function levelAsks(index: RoleIndex): LevelAsks[] {
  return index.role.levels.map((level) => ({
    level,
    asks: index.role.requirements
      .filter((r) => r.levelId === level.id)
      .map((r): [string, number] => [r.skillId, ratingRank(index, r.proficiency)]),
  }));
}

/** Skills only one person reaches practitioner (or above) in: the team's single points of failure. */
export const singlePoints = (grid: TeamGrid): TeamSkill[] => grid.skills.filter((s) => s.strong === 1);

export type TeamSort = 'name' | 'steps' | 'target' | `skill:${string}`;
export type TeamGroupBy = 'none' | 'target' | 'reached';

/**
 * The rows to draw, in order: filtered by a name (or, anonymised, "Person n") and to those short of
 * their target if asked, grouped (by target or by the level reached, in seniority order; no group
 * first), and sorted within each group: by name, by steps short (most first), by target, or by a
 * skill (highest rating first). Returns each row with its group's label.
 */
export function arrangeRows(
  index: RoleIndex,
  grid: TeamGrid,
  options: { sort: TeamSort; group: TeamGroupBy; filter: string; shortOnly: boolean; anonymise: boolean },
): { row: TeamRow; group: string }[] {
  const needle = options.filter.trim().toLowerCase();
  const kept = grid.rows.filter(
    (row) =>
      (!needle || shownName(row, options.anonymise).toLowerCase().includes(needle)) &&
      (!options.shortOnly || row.steps > 0),
  );
  const name = (row: TeamRow) => shownName(row, options.anonymise);
  const skillAt = options.sort.startsWith('skill:')
    ? index.role.skills.findIndex((s) => `skill:${s.id}` === options.sort)
    : -1;
  const compare = (a: TeamRow, b: TeamRow) => {
    const byName = options.anonymise ? a.number - b.number : name(a).localeCompare(name(b));
    if (options.sort === 'steps') return b.steps - a.steps || byName;
    if (options.sort === 'target') return (a.target?.seniority ?? -1) - (b.target?.seniority ?? -1) || byName;
    if (skillAt >= 0) return b.cells[skillAt].rank - a.cells[skillAt].rank || byName;
    return byName;
  };
  const groupOf = (row: TeamRow): Level | undefined =>
    options.group === 'target' ? row.target : options.group === 'reached' ? row.reached : undefined;
  const label = (level: Level | undefined) =>
    options.group === 'none'
      ? ''
      : level
        ? `${options.group === 'target' ? 'Target' : 'Meets'} ${levelLabel(index.framework, level)}`
        : options.group === 'target'
          ? 'No target'
          : 'Meets no level yet';
  return [...kept]
    .sort(
      (a, b) =>
        (groupOf(a)?.seniority ?? -1) - (groupOf(b)?.seniority ?? -1) ||
        (groupOf(a)?.id ?? '').localeCompare(groupOf(b)?.id ?? '') ||
        compare(a, b),
    )
    .map((row) => ({ row, group: label(groupOf(row)) }));
}

/** What moved between two dates: per skill, people meeting the target then and now; per person, the skills that changed. */
export interface TeamMoves {
  skills: { skillId: string; name: string; before: number; after: number; asking: number }[];
  people: { number: number; name: string; changes: { skillId: string; from: number; to: number }[] }[];
}

export function compareDates(
  index: RoleIndex,
  people: TeamPerson[],
  from: string,
  to: string,
  target?: string | null,
): TeamMoves {
  const before = teamGrid(index, people, { date: from, target });
  const after = teamGrid(index, people, { date: to, target });
  const then = new Map(before.rows.map((row) => [row.number, row]));
  return {
    skills: after.skills.map((skill, s) => ({
      skillId: skill.skillId,
      name: skill.name,
      before: before.skills[s].meeting,
      after: skill.meeting,
      asking: skill.asking,
    })),
    people: after.rows.flatMap((row) => {
      const old = then.get(row.number);
      if (!old) return [];
      const changes = row.cells.flatMap((cell, s) =>
        cell.rank !== old.cells[s].rank
          ? [{ skillId: cell.skillId, from: old.cells[s].rank, to: cell.rank }]
          : [],
      );
      return changes.length > 0 ? [{ number: row.number, name: row.name, changes }] : [];
    }),
  };
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
