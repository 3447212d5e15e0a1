/**
 * A draft checked as the person types: every rule the loader holds a framework to
 * (schema.frameworkProblems), and the editor's own (a level that asks for no skill), each said in
 * words and placed at what it is about (a cell, a level, a skill, a proficiency, a track, the
 * role), so that the editor can show it there.
 */
import { frameworkProblems } from './schema';
import type { Framework } from './types';

export type ProblemPlace =
  | { kind: 'cell'; levelId: string; skillId: string }
  | { kind: 'level'; levelId: string }
  | { kind: 'skill'; skillId: string }
  | { kind: 'proficiency'; id: string }
  | { kind: 'track'; id: string }
  | { kind: 'role' };

export interface DraftProblem {
  place: ProblemPlace;
  /** A sentence: what is wrong and where. */
  message: string;
}

/** The value at a dotted path ("roles.0.levels.2.name"), or undefined. */
function valueAt(data: unknown, path: string): unknown {
  return path
    .split('.')
    .filter(Boolean)
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], data);
}

/** Where a problem's path points, and the words for that place. */
function placeOf(framework: Framework, path: string): { place: ProblemPlace; what: string } {
  const role = framework.roles[0];
  const [top, index, part, item] = path.split('.');
  const i = Number(index);
  const n = Number(item);
  if (top === 'proficiencies' && framework.proficiencies[i])
    return {
      place: { kind: 'proficiency', id: framework.proficiencies[i].id },
      what: `The proficiency "${framework.proficiencies[i].name}"`,
    };
  if (top === 'tracks' && framework.tracks[i])
    return {
      place: { kind: 'track', id: framework.tracks[i].id },
      what: `The track "${framework.tracks[i].name}"`,
    };
  if (top === 'roles' && role) {
    if (part === 'levels' && role.levels[n])
      return {
        place: { kind: 'level', levelId: role.levels[n].id },
        what: `The level in column ${n + 1}${role.levels[n].name.trim() ? ` ("${role.levels[n].name}")` : ''}`,
      };
    if (part === 'skills' && role.skills[n])
      return {
        place: { kind: 'skill', skillId: role.skills[n].id },
        what: `The skill in row ${n + 1}${role.skills[n].name.trim() ? ` ("${role.skills[n].name}")` : ''}`,
      };
    if (part === 'requirements' && role.requirements[n]) {
      const { levelId, skillId } = role.requirements[n];
      const level = role.levels.find((l) => l.id === levelId)?.name ?? levelId;
      const skill = role.skills.find((s) => s.id === skillId)?.name ?? skillId;
      return { place: { kind: 'cell', levelId, skillId }, what: `What "${level}" asks of "${skill}"` };
    }
  }
  return { place: { kind: 'role' }, what: 'The role' };
}

/** Every problem of a draft, in the order of the loader's checks, then the editor's. */
export function draftProblems(framework: Framework): DraftProblem[] {
  const found = frameworkProblems(framework).map((problem): DraftProblem => {
    const { place, what } = placeOf(framework, problem.path);
    const value = valueAt(framework, problem.path);
    const field = problem.path.split('.').at(-1);
    if (typeof value === 'string' && value.trim() === '' && (field === 'name' || field === 'skillName'))
      return { place, message: `${what} needs a name.` };
    // The loader's message names the field by its path, which the place says here in words.
    const words = problem.message.startsWith(`${problem.path}: `)
      ? problem.message.slice(problem.path.length + 2)
      : problem.message;
    return { place, message: `${what}: ${words}.` };
  });
  const role = framework.roles[0];
  for (const level of role?.levels ?? []) {
    if (!role.requirements.some((r) => r.levelId === level.id))
      found.push({
        place: { kind: 'level', levelId: level.id },
        message: `The level "${level.name}" asks for no skill: give it at least one proficiency.`,
      });
  }
  return found;
}

/** A place as a key: "cell:level|skill", "level:id", "skill:id", "proficiency:id", "track:id", "role". */
export function placeKey(place: ProblemPlace): string {
  switch (place.kind) {
    case 'cell':
      return `cell:${place.levelId}|${place.skillId}`;
    case 'level':
      return `level:${place.levelId}`;
    case 'skill':
      return `skill:${place.skillId}`;
    case 'proficiency':
    case 'track':
      return `${place.kind}:${place.id}`;
    case 'role':
      return 'role';
  }
}

/** What is wrong at each place, its messages in one string, by `placeKey`. */
export function faultsByPlace(problems: DraftProblem[]): Map<string, string> {
  const faults = new Map<string, string>();
  for (const { place, message } of problems) {
    const key = placeKey(place);
    const before = faults.get(key);
    faults.set(key, before === undefined ? message : `${before} ${message}`);
  }
  return faults;
}

/** The messages of the problems at one place, for the field that edits it. */
export function messagesAt(problems: DraftProblem[], place: ProblemPlace): string[] {
  const key = placeKey(place);
  return problems.filter((problem) => placeKey(problem.place) === key).map((problem) => problem.message);
}
