/**
 * The editor's grid as rows to draw: each skill's cells with the words, colours and problem each
 * shows. An edit changes one row or a few: a row whose cells show the same as before is the same
 * object as before (`previous`), so that the grid redraws only the rows that changed.
 */
import type { Framework, Level, Requirement, Skill } from '../model/types';
import { trackName } from '../model/framework';
import { placeKey } from '../model/draftChecks';
import { changeBadge, compareRequirements } from '../model/changes';
import { count } from '../model/count';
import { NOT_REQUIRED, proficiencySwatches, type Swatch } from './colour';
import type { RowSlice } from './rowWindow';

export interface DraftCell {
  levelId: string;
  requirement?: Requirement;
  /** The proficiency's name, or "not required". */
  label: string;
  swatch: Swatch;
  /** What is wrong with the cell, in words. */
  fault?: string;
  /** How it differs from the draft's start: a mark that reads without colour, and in words. */
  change?: { badge: string; words: string };
}

export interface DraftRow {
  skill: Skill;
  fault?: string;
  cells: DraftCell[];
}

/** A level as its column's header shows it: its track's name, and what is wrong with it. */
export interface DraftColumn {
  level: Level;
  track?: string;
  fault?: string;
}

export function draftColumns(framework: Framework, faults: ReadonlyMap<string, string>): DraftColumn[] {
  return framework.roles[0].levels.map((level) => ({
    level,
    track: trackName(framework, level),
    fault: faults.get(placeKey({ kind: 'level', levelId: level.id })),
  }));
}

/** A framework's requirements by "level|skill": the start's are looked up on every edit, and made once. */
const byCell = new WeakMap<Framework, Map<string, Requirement>>();
function requirementsOf(framework: Framework): Map<string, Requirement> {
  let found = byCell.get(framework);
  if (!found) {
    found = new Map(framework.roles[0].requirements.map((r) => [`${r.levelId}|${r.skillId}`, r]));
    byCell.set(framework, found);
  }
  return found;
}

/** How a cell differs from what the draft started as, or undefined where it does not. */
function changeSince(
  then: Requirement | undefined,
  now: Requirement | undefined,
  rank: (id: string) => number,
  name: (id: string) => string,
): DraftCell['change'] {
  // Most cells are the very requirement they started as.
  if (then === now) return undefined;
  const change = compareRequirements(then, now, rank);
  if (change.kind === 'unchanged' || change.kind === 'absent') return undefined;
  const words =
    change.kind === 'new'
      ? 'newly asked for since the start'
      : change.kind === 'removed'
        ? `asked for at the start (${name(then!.proficiency).toLowerCase()}), no longer`
        : change.kind === 'reworded'
          ? 'reworded since the start'
          : `${change.kind} ${count(Math.abs(change.steps), 'step')} since the start, from ${name(then!.proficiency).toLowerCase()}`;
  return { badge: changeBadge(change), words };
}

const sameCell = (a: DraftCell, b: DraftCell) =>
  a.change?.words === b.change?.words &&
  a.levelId === b.levelId &&
  a.requirement === b.requirement &&
  a.label === b.label &&
  a.swatch === b.swatch &&
  a.fault === b.fault;

/**
 * The rows, each cell marked with how it differs from `start` (the draft as it began), if given; a
 * row of `previous` that shows the same is given back as it was. With `window`, only the rows of
 * that run of skills (the grid draws a window of a large role's rows: an edit at 10,000 skills made
 * 90,000 cells).
 */
export function draftRows(
  framework: Framework,
  faults: ReadonlyMap<string, string>,
  previous: ReadonlyMap<string, DraftRow> = new Map(),
  start?: Framework,
  window?: RowSlice,
): DraftRow[] {
  const role = framework.roles[0];
  const skills = window ? role.skills.slice(window.from, window.to) : role.skills;
  const swatches = proficiencySwatches(framework.proficiencies);
  const names = new Map(framework.proficiencies.map((p) => [p.id, p.name]));
  const ranks = new Map(framework.proficiencies.map((p) => [p.id, p.rank]));
  const shown = window ? new Set(skills.map((skill) => skill.id)) : undefined;
  const asked = new Map<string, Requirement>();
  for (const r of role.requirements)
    if (!shown || shown.has(r.skillId)) asked.set(`${r.levelId}|${r.skillId}`, r);
  const askedThen = start ? requirementsOf(start) : new Map<string, Requirement>();
  const rank = (id: string) => ranks.get(id) ?? 0;
  const name = (id: string) => names.get(id) ?? id;
  return skills.map((skill) => {
    const cells = role.levels.map((level): DraftCell => {
      const requirement = asked.get(`${level.id}|${skill.id}`);
      return {
        levelId: level.id,
        requirement,
        label: requirement ? (names.get(requirement.proficiency) ?? requirement.proficiency) : 'not required',
        swatch: (requirement && swatches.get(requirement.proficiency)) || NOT_REQUIRED,
        fault: faults.get(placeKey({ kind: 'cell', levelId: level.id, skillId: skill.id })),
        change: start
          ? changeSince(askedThen.get(`${level.id}|${skill.id}`), requirement, rank, name)
          : undefined,
      };
    });
    const fault = faults.get(placeKey({ kind: 'skill', skillId: skill.id }));
    const old = previous.get(skill.id);
    const same =
      old !== undefined &&
      old.skill === skill &&
      old.fault === fault &&
      old.cells.length === cells.length &&
      old.cells.every((cell, i) => sameCell(cell, cells[i]));
    return same ? old : { skill, fault, cells };
  });
}
