/**
 * What a key does in the editor's grid (an ARIA grid whose row 0 is the levels and column 0 the
 * skills): arrows, Home, End, PageUp and PageDown move; on a cell, a digit (a rank, 0 for none) or a
 * proficiency's first letter sets what the level asks, Shift with Up or Down (or + and -) raises or
 * lowers it a step, Delete or Backspace asks for none; Enter or F2 edits the cell's words (or the
 * header's name) beside the grid. Pure: the component acts on the answer.
 */
import { navInGrid, type GridPosition } from '../layout/gridNav';
import { proficiencyForKey, setProficiency, stepProficiency } from '../model/draftActions';
import type { Edit } from '../model/edits';
import type { Framework } from '../model/types';

export type KeyAction = { move: GridPosition } | { edit: Edit | null } | { open: true } | null;

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The level and skill of a grid position, where it is a cell. */
export function cellAt(draft: Framework, at: GridPosition): { levelId: string; skillId: string } | undefined {
  const role = draft.roles[0];
  const level = role.levels[at.col - 1];
  const skill = role.skills[at.row - 1];
  return at.row > 0 && at.col > 0 && level && skill ? { levelId: level.id, skillId: skill.id } : undefined;
}

/** The grid cell or header element of a position (its `data-at`). */
export const cellSelector = (at: GridPosition) => `[data-at="${at.row}:${at.col}"]`;

/**
 * What a key does anywhere in the editor: Ctrl+Z undoes and Ctrl+Y or Ctrl+Shift+Z redoes, except in
 * a box of text (which has its own); Escape in the panel goes back to the grid, where Enter left it.
 */
export function editorKey(
  press: KeyPress,
  where: { inPanel: boolean; inField: boolean },
): 'undo' | 'redo' | 'back' | null {
  if (press.key === 'Escape' && where.inPanel) return 'back';
  if (where.inField || !(press.ctrlKey || press.metaKey) || press.altKey) return null;
  const key = press.key.toLowerCase();
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
  return key === 'y' ? 'redo' : null;
}

export function draftKey(press: KeyPress, at: GridPosition, draft: Framework): KeyAction {
  const role = draft.roles[0];
  const rows = role.skills.length + 1;
  const cols = role.levels.length + 1;
  const cell = cellAt(draft, at);
  if (press.key === 'Enter' || press.key === 'F2') return { open: true };
  if (cell && !press.ctrlKey && !press.metaKey && !press.altKey) {
    if (press.shiftKey && (press.key === 'ArrowUp' || press.key === 'ArrowDown'))
      return { edit: stepProficiency(draft, cell.levelId, cell.skillId, press.key === 'ArrowUp' ? 1 : -1) };
    if (press.key === '+' || press.key === '-')
      return { edit: stepProficiency(draft, cell.levelId, cell.skillId, press.key === '+' ? 1 : -1) };
    if (press.key === 'Delete' || press.key === 'Backspace')
      return { edit: setProficiency(draft, cell.levelId, cell.skillId, null) };
    const proficiency = proficiencyForKey(draft, press.key);
    if (proficiency !== undefined)
      return { edit: setProficiency(draft, cell.levelId, cell.skillId, proficiency) };
  }
  if (press.shiftKey || press.altKey) return null;
  const move = navInGrid(at, press.key, press.ctrlKey || press.metaKey, rows, cols);
  return move ? { move } : null;
}
