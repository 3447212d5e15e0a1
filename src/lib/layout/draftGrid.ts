/**
 * The editor's grid as rows to draw: each skill's cells with the words, colours and problem each
 * shows. An edit changes one row or a few: a row whose cells show the same as before is the same
 * object as before (`previous`), so that the grid redraws only the rows that changed.
 */
import type { DraftProblem, ProblemPlace } from '../model/draftChecks';
import type { Framework, Requirement, Skill } from '../model/types';
import { NOT_REQUIRED, proficiencySwatches, type Swatch } from './colour';

export interface DraftCell {
  levelId: string;
  requirement?: Requirement;
  /** The proficiency's name, or "not required". */
  label: string;
  swatch: Swatch;
  /** What is wrong with the cell, in words. */
  fault?: string;
}

export interface DraftRow {
  skill: Skill;
  fault?: string;
  cells: DraftCell[];
}

/** The key of a place in the grid: "cell:level|skill", "level:id", "skill:id"; '' elsewhere. */
export function placeKey(place: ProblemPlace): string {
  if (place.kind === 'cell') return `cell:${place.levelId}|${place.skillId}`;
  if (place.kind === 'level') return `level:${place.levelId}`;
  if (place.kind === 'skill') return `skill:${place.skillId}`;
  return '';
}

/** What is wrong at each place of the grid, the messages of one place in one string. */
export function gridFaults(problems: DraftProblem[]): Map<string, string> {
  const faults = new Map<string, string>();
  for (const { place, message } of problems) {
    const key = placeKey(place);
    const before = faults.get(key);
    faults.set(key, before === undefined ? message : `${before} ${message}`);
  }
  return faults;
}

const sameCell = (a: DraftCell, b: DraftCell) =>
  a.levelId === b.levelId &&
  a.requirement === b.requirement &&
  a.label === b.label &&
  a.swatch === b.swatch &&
  a.fault === b.fault;

export function draftRows(
  framework: Framework,
  faults: ReadonlyMap<string, string>,
  previous: ReadonlyMap<string, DraftRow> = new Map(),
): DraftRow[] {
  const role = framework.roles[0];
  const swatches = proficiencySwatches(framework.proficiencies);
  const names = new Map(framework.proficiencies.map((p) => [p.id, p.name]));
  const asked = new Map(role.requirements.map((r) => [`${r.levelId}|${r.skillId}`, r]));
  return role.skills.map((skill) => {
    const cells = role.levels.map((level): DraftCell => {
      const requirement = asked.get(`${level.id}|${skill.id}`);
      return {
        levelId: level.id,
        requirement,
        label: requirement ? (names.get(requirement.proficiency) ?? requirement.proficiency) : 'not required',
        swatch: (requirement && swatches.get(requirement.proficiency)) || NOT_REQUIRED,
        fault: faults.get(`cell:${level.id}|${skill.id}`),
      };
    });
    const fault = faults.get(`skill:${skill.id}`);
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
