/**
 * "What changed since …" laid out: a row per skill of the later version (a removed skill last), a
 * column per level (an added or removed level marked so), and in each cell the proficiency the later
 * version asks for, in its colour, with a mark that reads without colour: ▲1 raised, ▼1 lowered, ✎
 * reworded, NEW newly asked for, DROPPED no longer asked for, = unchanged (drawn pale). Pure.
 */
import type { Framework, Level } from '../../lib/model/types';
import { NOT_REQUIRED, proficiencySwatches, type Swatch } from '../../lib/layout/colour';
import { wrapText } from '../../lib/layout/wrap';
import { levelLabel } from '../../lib/model/framework';
import { count } from '../../lib/model/count';
import { changeBadge } from '../../lib/model/changes';
import type { LevelPair, RequirementChange, SkillFate, VersionChanges } from '../../lib/model/versionDiff';

export const CHANGES_SIZES = {
  labelWidth: 290,
  cellWidth: 100,
  rowHeight: 46,
  rowGap: 4,
  headerHeight: 74,
  skillChars: 30,
  headerChars: 14,
};

/** A skill's name and its note in this chart: line heights and the most lines of each (rows grow to hold them). */
export const CHANGES_TEXT = {
  nameLine: 16,
  noteLine: 14,
  /** From the name's last baseline to its note's first. */
  noteGap: 18,
  /** A line's capitals above its baseline (13-unit text): the text's block is centred on its row. */
  capHeight: 9.5,
  nameLines: 4,
  noteLines: 3,
  /** In the small size (11.5 units), about 6.6 units a character, in the names' column. */
  noteChars: 40,
};

/** The marks' key, for the legend on the page and in every export. */
export const VERSION_MARKS: { mark: string; meaning: string }[] = [
  { mark: 'NEW', meaning: 'asked for in the later version, not the earlier' },
  { mark: '▲1', meaning: 'raised by 1 step (▲2: 2 steps …)' },
  { mark: '✎', meaning: 'same proficiency, reworded' },
  { mark: '▼1', meaning: 'lowered by 1 step' },
  { mark: 'DROPPED', meaning: 'no longer asked for' },
  { mark: '=', meaning: 'unchanged (same proficiency and words), drawn pale' },
];

/** What became of a skill, in a few words: "renamed from Modern standards approach". */
export function fateWords(fate: SkillFate): string {
  const names = (skills: { name: string }[]) => skills.map((s) => s.name).join(' and ');
  switch (fate.kind) {
    case 'same':
      return 'kept';
    case 'renamed':
      return `renamed from ${names(fate.from)}`;
    case 'merged':
      return `merged from ${names(fate.from)}`;
    case 'split':
      return `split from ${names(fate.from)}`;
    case 'added':
      return 'new skill';
    case 'removed':
      return 'removed';
  }
}

/** A level's column name, with its track, and whether only one version has it. */
export function columnName(framework: Framework, pair: LevelPair): string {
  const level = (pair.after ?? pair.before)!;
  const name = levelLabel(framework, level);
  return pair.before && pair.after ? name : pair.after ? `${name} (new level)` : `${name} (removed level)`;
}

/** A cell in words: "Working, reworded", "Practitioner, raised 1 step from working". */
export function cellWords(cell: RequirementChange, proficiencyName: (id: string) => string): string {
  const after = cell.after && proficiencyName(cell.after.proficiency);
  const before = cell.before[0] && proficiencyName(cell.before[0].proficiency);
  switch (cell.kind) {
    case 'raised':
    case 'lowered':
      return `${after}, ${cell.kind} ${count(Math.abs(cell.steps), 'step')} from ${before!.toLowerCase()}`;
    case 'new':
      return `${after}, newly asked for`;
    case 'removed':
      return `no longer asked for (was ${before!.toLowerCase()})`;
    case 'reworded':
      return `${after}, reworded`;
    case 'unchanged':
      return `${after}, unchanged`;
    case 'absent':
      return 'not asked for in either version';
  }
}

export interface ChangesCell {
  x: number;
  change: RequirementChange;
  swatch: Swatch;
  /** The proficiency asked for (the later version's; a dropped one's earlier, struck). */
  text: string;
  mark: string;
  dashed: boolean;
  pale: boolean;
}

export interface ChangesRow {
  fate: SkillFate;
  skillId: string;
  name: string;
  lines: string[];
  /** What became of the skill, when not simply kept: the words, and as lines. */
  note: string;
  noteLines: string[];
  y: number;
  /** The row's height: the usual, or taller for a name or note on more lines. */
  height: number;
  /** The first baselines of the name and of its note: the two centred on the row together. */
  nameY: number;
  noteY: number;
  cells: ChangesCell[];
  ariaLabel: string;
}

export interface ChangesLayout {
  width: number;
  height: number;
  cellWidth: number;
  headerHeight: number;
  columns: { x: number; lines: string[]; pair: LevelPair; level: Level }[];
  rows: ChangesRow[];
}

export function layoutChanges(changes: VersionChanges, sizes = CHANGES_SIZES): ChangesLayout {
  const { after, before, diff } = changes;
  const swatches = proficiencySwatches(after.framework.proficiencies);
  const beforeSwatches = proficiencySwatches(before.framework.proficiencies);
  const name = (id: string) =>
    after.framework.proficiencies.find((p) => p.id === id)?.name ??
    before.framework.proficiencies.find((p) => p.id === id)?.name ??
    id;
  const columns = diff.levels.map((pair, i) => ({
    x: sizes.labelWidth + i * sizes.cellWidth,
    lines: wrapText(columnName(pair.after ? after.framework : before.framework, pair), sizes.headerChars, 4),
    pair,
    level: (pair.after ?? pair.before)!,
  }));
  let y = sizes.headerHeight;
  const rows = diff.rows.map((row): ChangesRow => {
    const note = row.fate.kind === 'same' ? '' : fateWords(row.fate);
    // The name and its note whole (rows grow to hold them; "renamed from …" had one line, cut).
    const t = CHANGES_TEXT;
    const lines = wrapText(row.skill.name, sizes.skillChars, t.nameLines);
    const noteLines = note ? wrapText(note, t.noteChars, t.noteLines) : [];
    const block =
      t.capHeight +
      (lines.length - 1) * t.nameLine +
      (noteLines.length > 0 ? t.noteGap + (noteLines.length - 1) * t.noteLine : 0);
    const height = Math.max(sizes.rowHeight, Math.ceil(block + 18.5));
    const nameY = y + height / 2 - block / 2 + t.capHeight;
    const cells = row.cells.map((change, c): ChangesCell => {
      const shown = change.after ?? change.before[0];
      const swatch = change.after ? (swatches.get(change.after.proficiency) ?? NOT_REQUIRED) : NOT_REQUIRED;
      return {
        x: columns[c].x,
        change,
        swatch:
          change.kind === 'removed'
            ? {
                ...NOT_REQUIRED,
                stroke: beforeSwatches.get(shown!.proficiency)?.stroke ?? NOT_REQUIRED.stroke,
              }
            : swatch,
        text: shown ? name(shown.proficiency) : '',
        mark: changeBadge(change),
        dashed: !change.after,
        pale: change.kind === 'unchanged',
      };
    });
    const said = row.cells
      .map((cell, c) => `${columnName(after.framework, columns[c].pair)}: ${cellWords(cell, name)}`)
      .join('; ');
    const laid = {
      fate: row.fate,
      skillId: row.skill.id,
      name: row.skill.name,
      lines,
      note,
      noteLines,
      y,
      height,
      nameY,
      noteY: nameY + (lines.length - 1) * t.nameLine + t.noteGap,
      cells,
      ariaLabel: `${row.skill.name}${note ? ` (${note})` : ''}. ${said}`,
    };
    y += height + sizes.rowGap;
    return laid;
  });
  return {
    width: sizes.labelWidth + columns.length * sizes.cellWidth + 8,
    height: y + 4,
    cellWidth: sizes.cellWidth,
    headerHeight: sizes.headerHeight,
    columns,
    rows,
  };
}
