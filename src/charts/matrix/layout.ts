import type { Level, Skill } from '../../lib/model/types';
import type { RoleIndex } from '../../lib/model/framework';
import { absentRequirement, levelGroups, levelLabel, trackName } from '../../lib/model/framework';
import type { Change } from '../../lib/model/changes';
import type { Box } from '../../lib/layout/box';
import {
  changeBadge,
  changeSummaryParts,
  changesFromPrevious,
  describeChange,
  summariseChanges,
} from '../../lib/model/changes';
import { NOT_REQUIRED, proficiencySwatches } from '../../lib/layout/colour';
import { levelGap, skillGap, type LevelGap, type Rating, type SkillGap } from '../../lib/model/gap';
import { YOU_LABEL, youLevel } from '../../lib/model/you';
import { widthToWrap, wrapBreaking, wrapText } from '../../lib/layout/wrap';
import { count } from '../../lib/model/count';

/**
 * Sizes in SVG user units (pixels at 1×). The DevOps role's matrix (9 columns) is 1,076 wide: on a
 * 1440-pixel-wide window it fits beside the detail panel at 1×, so its text is drawn at the sizes
 * set, crisp, and laid out once (a scaled SVG's text is laid out again at the new scale).
 */
export const MATRIX_SIZES = {
  rowHeaderWidth: 210,
  columnWidth: 88,
  columnGap: 3,
  groupGap: 10,
  rowHeight: 44,
  rowGap: 3,
  groupLineHeight: 16,
  trackRowHeight: 22,
  summaryLineHeight: 14,
  /** Characters per line, estimated for the app's sans-serif at the sizes used. */
  charsPerPixel: 1 / 8.4,
  /** The same for a header's summary lines, in the small size ("88 steps down" is 84 pixels). */
  summaryCharsPerPixel: 1 / 6.2,
  skillCharsPerPixel: 1 / 7.4,
};

export interface MatrixColumn {
  level: Level;
  x: number;
  width: number;
  /** The track's name, shown under the level's name; undefined for a level with no track. */
  trackLabel?: string;
  label: string;
  /** The change summary, one part per line ("8 raised", "1 new"); empty when changes are off. */
  summaryLines: string[];
  summary: string;
  previous?: Level;
  /** Each skill's change from the previous level on this level's path. */
  changes?: Map<string, Change>;
  ariaLabel: string;
  /** The header's box under the level's name (its track and summary): its ring and click target. */
  headerBox: Box;
  /**
   * The level's name, where the header draws it itself: a level with no track has a column of its
   * own, and a header with no text of its own would be an empty table header to assistive technology.
   */
  nameLines?: string[];
  /** With ratings: how far the person is from this level (undefined on the "You" column itself). */
  gap?: LevelGap;
  /** The "You" column: the person's own ratings. */
  you?: boolean;
}

export interface MatrixGroup {
  key: string;
  x: number;
  width: number;
  lines: string[];
  /** Its name is drawn by its one column's header (MatrixColumn.nameLines), not over the columns. */
  inHeader: boolean;
}

/**
 * How a cell is drawn, in SVG (MatrixCell: exports, print, smaller matrices) and on a canvas (a large
 * matrix's page, `dom/matrixCanvas.ts`) alike: its corner, edges, words and change mark.
 */
export const MATRIX_CELL = {
  radius: 4,
  /** A quiet cell's box (nothing changed there), faded. */
  quietOpacity: 0.25,
  /** A changed cell's edge, in the ink. */
  changedEdge: 2,
  edge: 1,
  /** The edge of a cell not asked for. */
  dash: [4, 3],
  /** The proficiency's baseline, below the cell's middle: with a change mark, and without. */
  textDrop: 5,
  textDropUnderBadge: 9,
  /** The change mark's pill: its top, height, corner and baseline, from the cell's top. */
  badgeTop: 4,
  badgeHeight: 16,
  badgeRadius: 8,
  badgeBaseline: 16,
  /** Its colours, black on white in every theme (it sits on the cells' own colours). */
  badgeFill: '#ffffff',
  badgeInk: '#111111',
  /** A quiet cell's change mark: its edge dotted. */
  quietBadgeDash: [2, 2],
} as const;

/** The change mark's pill: as wide as its text, never narrower than a circle. */
export const badgeWidth = (badge: string) => Math.max(26, badge.length * 8 + 12);

export interface MatrixRow {
  skill: Skill;
  y: number;
  height: number;
  lines: string[];
}

export interface MatrixCell extends Box {
  key: string;
  level: Level;
  skill: Skill;
  fill: string;
  stroke: string;
  dashed: boolean;
  textColour: string;
  /** The proficiency's name, or "not required". */
  text: string;
  required: boolean;
  change?: Change;
  /** The change mark shown when changes are on ("▲2", "NEW", …); empty otherwise. */
  badge: string;
  /** True when changes are on and nothing changed here: drawn quieter so changes stand out. */
  quiet: boolean;
  /** With ratings: the person's gap to this requirement. */
  gap?: SkillGap;
  ariaLabel: string;
}

export interface MatrixLayout {
  width: number;
  height: number;
  /** The skill names' column: MATRIX_SIZES.rowHeaderWidth, or wider for long names (rowHeaderWidthFor). */
  rowHeaderWidth: number;
  headerHeight: number;
  groupLinesHeight: number;
  hasTracks: boolean;
  groups: MatrixGroup[];
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /**
   * Row r's cells, left to right: made when first asked for, then kept (the same objects each
   * time). A page draws the rows in view only, so a track switch on a role of 10,000 skills makes
   * the cells of the rows in view, not of every row (53 ms of its frame, before).
   */
  rowCells: (r: number) => MatrixCell[];
}

export interface MatrixOptions {
  levels: Level[];
  showChanges: boolean;
  /**
   * A person's ratings: a "You" column comes first, and each level's cells and header say the gap
   * (met, or short by n steps) in place of the changes, which would need the same marks.
   */
  you?: Rating[];
}

/** A cell's gap mark, as text that reads without its colour. */
export function gapBadge(gap: SkillGap): string {
  if (gap.kind === 'short') return `short ${gap.steps}`;
  return gap.kind === 'met' ? 'met' : '';
}

/** A column header's gap lines: "meets 7 of 10", "5 steps short". */
function gapLines(gap: LevelGap): string[] {
  return [
    `meets ${gap.met} of ${gap.asked}`,
    gap.steps === 0 ? 'none short' : `${count(gap.steps, 'step')} short`,
  ];
}

/** A column header's summary as lines that fit its column: a part too long for one goes on two. */
export const headerLines = (parts: string[], width = MATRIX_SIZES.columnWidth) =>
  parts.flatMap((part) => wrapText(part, Math.floor(width * MATRIX_SIZES.summaryCharsPerPixel)));

/** The widest a column grows for a long word of a level's name. */
export const MAX_COLUMN_WIDTH = 160;

/**
 * The columns' width for these level groups: the usual width, or wider where a word of a level's
 * name would not fit over its columns ("infrastructure" in the 2025 roles' level names ran into the
 * next column's). Never wider than MAX_COLUMN_WIDTH: a longer word is broken with a hyphen there.
 */
export function columnWidthFor(groups: { name: string; levels: unknown[] }[]): number {
  const s = MATRIX_SIZES;
  let width = s.columnWidth;
  for (const { name, levels } of groups) {
    const longest = Math.max(0, ...name.split(/\s+/).map((word) => [...word].length));
    const span = Math.ceil(longest / s.charsPerPixel);
    width = Math.max(width, Math.ceil((span - (levels.length - 1) * s.columnGap) / levels.length));
  }
  return Math.min(width, MAX_COLUMN_WIDTH);
}

/** The widest the skill names' column grows, so that a long name keeps to two lines. */
export const MAX_ROW_HEADER_WIDTH = 360;

/** A skill's name on the row headers' lines, for a column of this width (two lines at most). */
export function skillLines(name: string, width: number): string[] {
  return wrapText(name, skillChars(width), 2);
}
const skillChars = (width: number) => Math.floor((width - 16) * MATRIX_SIZES.skillCharsPerPixel);

/**
 * The skill names' column width: the usual width, or wider (in steps of 10, to MAX_ROW_HEADER_WIDTH)
 * where a name would take more than two lines, so that no name is cut short ("Communicating between
 * the technical and non-technical" lost its last word in six 2025 roles). Past the widest, a name
 * is cut with an ellipsis.
 */
export function rowHeaderWidthFor(names: Iterable<string>): number {
  return widthToWrap(names, 2, skillChars, MATRIX_SIZES.rowHeaderWidth, MAX_ROW_HEADER_WIDTH);
}

/** rowHeaderWidthFor a role's skills, worked out once per role (not per track or setting). */
const rowHeaderWidths = new WeakMap<RoleIndex['role'], number>();
function rowHeaderWidthOf(role: RoleIndex['role']): number {
  let width = rowHeaderWidths.get(role);
  if (width === undefined) {
    width = rowHeaderWidthFor(role.skills.map((skill) => skill.name));
    rowHeaderWidths.set(role, width);
  }
  return width;
}

function gapWords(gap: SkillGap, name: (id: string) => string): string {
  const have = gap.have === null ? 'not yet' : name(gap.have).toLowerCase();
  if (gap.kind === 'not-asked') return `; you: ${have}`;
  if (gap.kind === 'short') return `; you: ${have}, short by ${count(gap.steps, 'step')}`;
  return `; you: ${have}, met${gap.above > 0 ? ` (${gap.above} above)` : ''}`;
}

/**
 * Positions, colours, texts and accessible names of every part of the skills × levels matrix.
 * Laid out once per role, levels and settings (a frame); a person's ratings are then set in it row
 * by row, each row worked out once per rating, so that changing one rating makes one row anew.
 */
export function layoutMatrix(index: RoleIndex, options: MatrixOptions): MatrixLayout {
  const frame = frameOf(index, options.levels, options.showChanges, options.you !== undefined);
  if (!options.you) return frame.layout;
  const yours = new Map(options.you.map((r) => [r.skillId, r.proficiency]));
  const { layout } = frame;
  const columns = layout.columns.map((column) => {
    if (column.you) return column;
    const gap = levelGap(index, options.you!, column.level);
    const summary = `you meet ${gap.met} of ${gap.asked}, ${gapLines(gap)[1]}`;
    return {
      ...column,
      gap,
      summaryLines: headerLines(gapLines(gap), column.width),
      summary,
      ariaLabel: `${column.label}: ${summary}`,
    };
  });
  const rowCells = (r: number) => frame.cellsOf(r, yours.get(layout.rows[r].skill.id) ?? null);
  return { ...layout, columns, rowCells };
}

interface MatrixFrame {
  /** The matrix with no ratings set (with the "You" column: every rating "not yet"). */
  layout: MatrixLayout;
  /** Row r's cells with the person's rating of its skill (undefined: no ratings shown). */
  cellsOf: (r: number, have: string | null | undefined) => MatrixCell[];
}

const frames = new WeakMap<RoleIndex, Map<Level[], Map<string, MatrixFrame>>>();

/** The frame for a role, its levels shown (a list never changed in place) and its settings: made once. */
function frameOf(index: RoleIndex, levels: Level[], showChanges: boolean, withYou: boolean): MatrixFrame {
  let byLevels = frames.get(index);
  if (!byLevels) frames.set(index, (byLevels = new Map()));
  let bySettings = byLevels.get(levels);
  if (!bySettings) {
    // Only the latest few level lists are kept: a track switch makes a new one each time.
    if (byLevels.size > 8) byLevels.delete(byLevels.keys().next().value!);
    byLevels.set(levels, (bySettings = new Map()));
  }
  const key = `${showChanges}|${withYou}`;
  let frame = bySettings.get(key);
  if (!frame) bySettings.set(key, (frame = buildFrame(index, levels, showChanges, withYou)));
  return frame;
}

function buildFrame(index: RoleIndex, levels: Level[], showChanges: boolean, withYou: boolean): MatrixFrame {
  const options = { levels, showChanges };
  const s = MATRIX_SIZES;
  const { framework, role } = index;
  const swatches = proficiencySwatches(framework.proficiencies);
  const proficiencyName = (id: string) => index.proficiency(id)?.name ?? id;
  const absent = absentRequirement(role);
  const groups = levelGroups(options.levels);
  const hasTracks = options.levels.some((level) => level.track !== null);
  if (withYou) groups.unshift({ seniority: -1, name: YOU_LABEL, levels: [youLevel] });
  // With "You", every header's gap lines are worked out with no ratings: the same two lines.
  const none: Rating[] = [];

  const columnWidth = columnWidthFor(groups);
  const rowHeaderWidth = rowHeaderWidthOf(role);
  const drafts: Omit<MatrixColumn, 'headerBox'>[] = [];
  const groupBoxes: MatrixGroup[] = [];
  let x = rowHeaderWidth + s.groupGap;
  for (const group of groups) {
    const groupX = x;
    for (const level of group.levels) {
      if (level === youLevel) {
        drafts.push({
          level,
          x,
          width: columnWidth,
          label: YOU_LABEL,
          summaryLines: [],
          summary: 'your own ratings',
          ariaLabel: 'You: your own ratings',
          you: true,
        });
        x += columnWidth + s.columnGap;
        continue;
      }
      const gap = withYou ? levelGap(index, none, level) : undefined;
      const transition = changesFromPrevious(index, level);
      const summaryLines = headerLines(
        gap
          ? // Room for the longest lines any ratings give (layoutMatrix sets the ratings' own).
            gapLines({ ...gap, met: gap.asked })
          : !options.showChanges
            ? []
            : transition
              ? changeSummaryParts(transition.changes.values())
              : ['first level'],
        columnWidth,
      );
      const label = levelLabel(framework, level);
      const summary = gap
        ? `you meet ${gap.met} of ${gap.asked}, ${gapLines(gap)[1]}`
        : transition
          ? `${summariseChanges(transition.changes.values())} from ${levelLabel(framework, transition.previous)}`
          : 'first level';
      drafts.push({
        gap,
        level,
        x,
        width: columnWidth,
        trackLabel: trackName(framework, level),
        label,
        summaryLines,
        summary,
        previous: transition?.previous,
        changes: transition?.changes,
        ariaLabel: options.showChanges || gap ? `${label}: ${summary}` : label,
      });
      x += columnWidth + s.columnGap;
    }
    const width = x - s.columnGap - groupX;
    // Five lines hold every 2025 level name whole ("Associate quality assurance test analyst").
    const lines = wrapBreaking(group.name, Math.floor(width * s.charsPerPixel), 5);
    const only = group.levels.length === 1 ? drafts[drafts.length - 1] : undefined;
    const inHeader = only !== undefined && only.trackLabel === undefined;
    if (inHeader) only.nameLines = lines;
    groupBoxes.push({
      key: group.levels.map((level) => level.id).join('+'),
      x: groupX,
      width,
      lines,
      inHeader,
    });
    x += s.groupGap - s.columnGap;
  }
  const width = x - s.groupGap + s.columnGap + 2;

  const groupLines = Math.max(1, ...groupBoxes.map((group) => group.lines.length));
  const groupLinesHeight = groupLines * s.groupLineHeight + 6;
  const summaryLines = Math.max(0, ...drafts.map((column) => column.summaryLines.length));
  const headerHeight =
    groupLinesHeight +
    (hasTracks ? s.trackRowHeight : 0) +
    (summaryLines > 0 ? summaryLines * s.summaryLineHeight + 6 : 0) +
    6;
  // Under the level's name where the level has a track; the whole height where it has none.
  const columns: MatrixColumn[] = drafts.map((column) => {
    const top = column.trackLabel ? groupLinesHeight : 2;
    return {
      ...column,
      headerBox: { x: column.x - 1, y: top, width: column.width + 2, height: headerHeight - top - 4 },
    };
  });

  // The rows as d3's scaleBand would place them (its inner padding, no outer padding), worked out
  // here: d3-scale is not part of the first page load (the later charts' linear scales share its
  // module, and d3-format with it).
  const padding = s.rowGap / (s.rowHeight + s.rowGap);
  const skillCount = role.skills.length;
  const span = skillCount * (s.rowHeight + s.rowGap);
  const step = span / Math.max(1, skillCount - padding);
  // (Centred, as d3 aligns a band of one.)
  const top = headerHeight + (span - step * (skillCount - padding)) / 2;
  const rows: MatrixRow[] = role.skills.map((skill, i) => ({
    skill,
    y: top + step * i,
    height: step * (1 - padding),
    lines: skillLines(skill.name, rowHeaderWidth),
  }));

  /** Where a cell is, and what it is of: its row's skill and its column's level. */
  const place = (row: MatrixRow, column: MatrixColumn) => ({
    key: `${column.level.id}|${row.skill.id}`,
    level: column.level,
    skill: row.skill,
    x: column.x,
    y: row.y,
    width: column.width,
    height: row.height,
  });
  /** A cell's colours for a proficiency (asked for, or rated), or as one not asked for (dashed). */
  const painted = (proficiency: string | undefined) => {
    const swatch = proficiency ? (swatches.get(proficiency) ?? NOT_REQUIRED) : NOT_REQUIRED;
    return {
      fill: swatch.fill,
      stroke: swatch.stroke,
      dashed: !proficiency,
      textColour: swatch.text,
      required: Boolean(proficiency),
    };
  };
  /** Row r's cells, with the person's rating of its skill (undefined: without "You"). */
  const makeRow = (r: number, have: string | null | undefined): MatrixCell[] => {
    const row = rows[r];
    return columns.map((column): MatrixCell => {
      if (column.you) {
        const rated = have ?? null;
        const text = rated ? proficiencyName(rated) : 'not yet';
        return {
          ...place(row, column),
          ...painted(rated ?? undefined),
          text,
          badge: '',
          quiet: false,
          ariaLabel: `${row.skill.name}, ${YOU_LABEL}: ${text.toLowerCase()}`,
        };
      }
      const requirement = index.requirement(column.level.id, row.skill.id);
      const gap =
        have === undefined ? undefined : skillGap(index, row.skill.id, requirement?.proficiency, have);
      const text = requirement ? proficiencyName(requirement.proficiency) : absent;
      const change = options.showChanges && !gap ? column.changes?.get(row.skill.id) : undefined;
      const changeText = gap
        ? gapWords(gap, proficiencyName)
        : change
          ? `; ${describeChange(change, proficiencyName)}`
          : '';
      return {
        ...place(row, column),
        ...painted(requirement?.proficiency),
        text,
        change,
        gap,
        badge: gap ? gapBadge(gap) : change ? changeBadge(change) : '',
        // The first level has nothing before it: drawn in full, not quiet (quiet reads "unchanged").
        // With a gap, what is met steps back, so that what is short stands out.
        quiet: gap
          ? gap.kind !== 'short'
          : options.showChanges && (change?.kind === 'unchanged' || change?.kind === 'absent'),
        ariaLabel: `${row.skill.name}, ${column.label}: ${requirement ? text.toLowerCase() : absent}${changeText}`,
      };
    });
  };
  // Each row's cells for each rating of its skill, made once: a rating changed makes one row anew.
  const made = new Map<string, MatrixCell[]>();
  const cellsOf = (r: number, have: string | null | undefined) => {
    const key = `${r}|${have === undefined ? '' : (have ?? '-')}`;
    let cells = made.get(key);
    if (!cells) made.set(key, (cells = makeRow(r, have)));
    return cells;
  };

  const layout: MatrixLayout = {
    width,
    rowHeaderWidth,
    height: headerHeight + role.skills.length * (s.rowHeight + s.rowGap),
    headerHeight,
    groupLinesHeight,
    hasTracks,
    groups: groupBoxes,
    columns,
    rows,
    rowCells: (r) => cellsOf(r, withYou ? null : undefined),
  };
  return { layout, cellsOf };
}
