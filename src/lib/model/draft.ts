/**
 * A draft: a framework of one role being written in the editor, what it started from (to show
 * what changed), its undo history and its revision (each save is one more; two tabs tell each
 * other's saves apart by it). How a draft starts: a copy of a role, a blank ladder, a pasted grid.
 */
import { tsvParseRows, csvParseRows } from 'd3-dsv';
import { applyEdit, type Edit } from './edits';
import type { Framework, Proficiency, Role, Skill } from './types';
import { FORMAT_VERSION } from './types';
import { freshId, freshName, proficiencyForKey } from './draftActions';

/** Undo holds the inverses of what was done, newest last; redo what undoing undid. */
export interface EditHistory {
  undo: Edit[];
  redo: Edit[];
}

export const NO_HISTORY: EditHistory = { undo: [], redo: [] };

/** How far back undo goes. */
export const UNDO_LIMIT = 500;

export interface DraftOrigin {
  frameworkId: string;
  frameworkName: string;
  roleId: string;
  roleName: string;
}

export interface Draft {
  id: string;
  /** What it started from; undefined for a blank ladder or a pasted grid. */
  origin?: DraftOrigin;
  /** The framework as it started. */
  start: Framework;
  framework: Framework;
  history: EditHistory;
  /** Counts the saves: a save over a newer revision (another tab's) is refused. */
  revision: number;
  /** When it was last saved (ISO). */
  saved: string;
}

/** The draft's name: its role's. */
export const draftName = (draft: Draft) => draft.framework.roles[0]?.name ?? 'Untitled';

/** Does an edit, keeping its inverse for undo and forgetting what could be redone. */
export function doEdit(framework: Framework, history: EditHistory, edit: Edit) {
  const applied = applyEdit(framework, edit);
  return {
    framework: applied.framework,
    history: { undo: [...history.undo, applied.inverse].slice(-UNDO_LIMIT), redo: [] },
  };
}

/** Undoes the last edit; null when there is none. */
export function undoEdit(framework: Framework, history: EditHistory) {
  const last = history.undo.at(-1);
  if (!last) return null;
  const applied = applyEdit(framework, last);
  return {
    framework: applied.framework,
    history: { undo: history.undo.slice(0, -1), redo: [...history.redo, applied.inverse] },
  };
}

/** Does again the last edit undone; null when there is none. */
export function redoEdit(framework: Framework, history: EditHistory) {
  const last = history.redo.at(-1);
  if (!last) return null;
  const applied = applyEdit(framework, last);
  return {
    framework: applied.framework,
    history: { undo: [...history.undo, applied.inverse], redo: history.redo.slice(0, -1) },
  };
}

/** The framework of a draft: one role, with the scale and the tracks its levels use. */
function draftFramework(source: Framework, role: Role, id: string): Framework {
  const tracks = source.tracks.filter((t) => role.levels.some((l) => l.track === t.id));
  return {
    formatVersion: FORMAT_VERSION,
    id,
    name: role.name,
    source: {
      title: `${role.name}, a draft`,
      publisher: 'You',
      published: '',
      url: '',
      licence: source.source.licence,
      licenceUrl: source.source.licenceUrl,
      attribution: source.source.attribution,
    },
    proficiencies: source.proficiencies,
    tracks,
    roles: [role],
  };
}

/** A copy of one role of a framework, to edit. */
export function draftOfRole(source: Framework, roleId: string, id: string, now: string): Draft {
  const role = source.roles.find((r) => r.id === roleId);
  if (!role) throw new Error(`The framework "${source.name}" has no role "${roleId}".`);
  const framework = draftFramework(source, role, id);
  return {
    id,
    origin: { frameworkId: source.id, frameworkName: source.name, roleId, roleName: role.name },
    start: framework,
    framework,
    history: NO_HISTORY,
    revision: 0,
    saved: now,
  };
}

const blankRole = (levels: string[], skills: string[]): Role => {
  const levelIds: string[] = [];
  const ids = levels.map((name) => {
    const id = freshId(name, levelIds, 'level');
    levelIds.push(id);
    return id;
  });
  const skillIds: string[] = [];
  return {
    id: 'new-role',
    name: 'New role',
    introduction: [],
    levels: levels.map((name, i) => ({
      id: ids[i],
      name,
      seniority: i,
      track: null,
      summary: { paragraphs: [], responsibilities: [] },
      next: ids[i + 1] ? [ids[i + 1]] : [],
    })),
    skills: skills.map((name): Skill => {
      const id = freshId(name, skillIds, 'skill');
      skillIds.push(id);
      return { id, name };
    }),
    requirements: [],
  };
};

/** A blank ladder on a framework's scale: three levels and three skills, asking for nothing yet. */
export function blankDraft(scaleFrom: Framework, id: string, now: string): Draft {
  const role = blankRole(['Level 1', 'Level 2', 'Level 3'], ['Skill 1', 'Skill 2', 'Skill 3']);
  const framework = draftFramework({ ...scaleFrom, tracks: [] }, role, id);
  return { id, start: framework, framework, history: NO_HISTORY, revision: 0, saved: now };
}

/** A cell of a pasted grid that names no proficiency, where and what it said. */
export interface GridProblem {
  line: number;
  column: number;
  text: string;
}

/**
 * A draft from a spreadsheet grid pasted as text (tab- or comma-separated): the first row names the
 * levels (after a corner cell), each row after it a skill and then, under each level, its
 * proficiency: a name, its first letter or its rank; empty or "0" for none. Cells that name no
 * proficiency are left empty and listed.
 */
export function draftOfGrid(
  text: string,
  scaleFrom: Framework,
  id: string,
  now: string,
): { draft: Draft; problems: GridProblem[] } {
  const rows = (text.includes('\t') ? tsvParseRows(text) : csvParseRows(text)).filter((row) =>
    row.some((cell) => cell.trim() !== ''),
  );
  if (rows.length < 2 || rows[0].length < 2)
    throw new Error(
      'The grid needs a first row of level names (after one corner cell) and a row per skill, its name first.',
    );
  const levelNames = rows[0].slice(1).map((name, i) => name.trim() || `Level ${i + 1}`);
  const skillNames: string[] = [];
  for (const row of rows.slice(1)) skillNames.push(freshName(row[0]?.trim() || 'Skill', skillNames));
  const role = blankRole(
    levelNames.map((name, i) => freshName(name, levelNames.slice(0, i))),
    skillNames,
  );
  const base = draftFramework({ ...scaleFrom, tracks: [] }, role, id);
  const byName = new Map(base.proficiencies.map((p: Proficiency) => [p.name.trim().toLowerCase(), p.id]));
  const problems: GridProblem[] = [];
  const requirements = rows.slice(1).flatMap((row, r) =>
    role.levels.flatMap((level, c) => {
      const cell = (row[c + 1] ?? '').trim();
      if (cell === '' || cell === '0' || cell === '-') return [];
      const proficiency = byName.get(cell.toLowerCase()) ?? proficiencyForKey(base, cell);
      if (!proficiency) {
        problems.push({ line: r + 2, column: c + 2, text: cell });
        return [];
      }
      const skill = role.skills[r];
      return [{ levelId: level.id, skillId: skill.id, proficiency, description: '', skillName: skill.name }];
    }),
  );
  const framework = { ...base, roles: [{ ...role, requirements }] };
  return {
    draft: { id, start: framework, framework, history: NO_HISTORY, revision: 0, saved: now },
    problems,
  };
}

/**
 * The framework a draft is published as: named and dated, under an id no framework here has, and,
 * where the draft started from a role, a later version of the framework it came from (so that "What
 * changed" compares the two).
 */
export function publishedFramework(
  draft: Draft,
  name: string,
  date: string,
  taken: Iterable<string>,
): Framework {
  const { framework } = draft;
  return {
    ...framework,
    id: freshId(name, taken, 'framework'),
    name,
    source: { ...framework.source, title: name, published: date },
    ...(draft.origin ? { follows: { framework: draft.origin.frameworkId, date } } : {}),
  };
}
