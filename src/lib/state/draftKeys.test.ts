/**
 * The editor's keys: undo and redo anywhere but in a box of text, Escape from the panel; in the
 * grid, a rank or a first letter sets a cell, Shift+arrows step it, arrows move.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFramework } from '../model/schema';
import { draftOfRole } from '../model/draft';
import { cellSelector, draftKey, editorKey, type KeyPress } from './draftKeys';

const press = (key: string, keys: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...keys,
});
const nowhere = { inPanel: false, inField: false };

describe('the editor keys', () => {
  it.each([
    [press('z', { ctrlKey: true }), nowhere, 'undo'],
    [press('Z', { ctrlKey: true, shiftKey: true }), nowhere, 'redo'],
    [press('y', { metaKey: true }), nowhere, 'redo'],
    // A box of text has its own undo.
    [press('z', { ctrlKey: true }), { inPanel: true, inField: true }, null],
    [press('z', { ctrlKey: true, altKey: true }), nowhere, null],
    [press('z'), nowhere, null],
    [press('Escape'), { inPanel: true, inField: true }, 'back'],
    [press('Escape'), nowhere, null],
  ] as const)('%o in %o: %s', (key, where, action) => {
    expect(editorKey(key, where)).toBe(action);
  });

  it('names a grid position for its element', () => {
    expect(cellSelector({ row: 2, col: 0 })).toBe('[data-at="2:0"]');
  });
});

describe('the grid keys', () => {
  const devops = validateFramework(
    JSON.parse(
      readFileSync(new URL('../../../static/data/devops-engineer-2020.json', import.meta.url), 'utf8'),
    ),
  );
  const draft = draftOfRole(devops, devops.roles[0].id, 'draft-x', 'now').framework;

  it('moves with arrows, sets a cell with a rank or a letter, steps it with Shift, opens with Enter', () => {
    expect(draftKey(press('ArrowRight'), { row: 1, col: 1 }, draft)).toEqual({ move: { row: 1, col: 2 } });
    expect(draftKey(press('4'), { row: 1, col: 1 }, draft)).toMatchObject({
      edit: { kind: 'requirement', value: { proficiency: 'expert' } },
    });
    expect(draftKey(press('ArrowUp', { shiftKey: true }), { row: 1, col: 1 }, draft)).toMatchObject({
      edit: { kind: 'requirement', value: { proficiency: 'working' } },
    });
    expect(draftKey(press('Enter'), { row: 0, col: 2 }, draft)).toEqual({ open: true });
    // On a header, a letter sets nothing.
    expect(draftKey(press('p'), { row: 0, col: 2 }, draft)).toBeNull();
  });
});
