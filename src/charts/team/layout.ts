/**
 * The team heatmap's layout: a row per person (in the order `arrangeRows` gives, a heading row
 * before each group), a column per skill of the role; above the people, the skills' names and
 * three summary rows (how many meet the target, the team's median, how many reach practitioner,
 * marked when only one does); each cell says the proficiency and the gap in words, so colour is
 * never the only signal. Pure, in SVG units.
 */
import type { RoleIndex } from '../../lib/model/framework';
import type { TeamRow, TeamShown, TeamSkill } from '../../lib/model/teamGrid';
import { gapWords, shownName, standingWords, teamSummaryRows } from '../../lib/model/teamWords';
import { proficiencySwatches, NOT_REQUIRED, type Swatch } from '../../lib/layout/colour';
import { fitText, wrapBreaking } from '../../lib/layout/wrap';
import { coverageOf, type Coverage } from '../../lib/model/coverage';

export const TEAM_SIZES = {
  nameWidth: 350,
  /** How many characters of a name fit beside its row (13 px bold), and in the narrower copy kept in view. */
  nameChars: 36,
  stickyChars: 17,
  cellWidth: 88,
  cellHeight: 38,
  groupHeight: 28,
  summaryHeight: 24,
  headerLineHeight: 13,
  /** A header line's characters (11 px bold): no wider than a cell, long words broken with a hyphen. */
  headerChars: 12,
  /**
   * The most lines a header takes: the header is as tall as its longest name needs. Ten hold every
   * 2025 skill's name whole (the longest, "Shaping the direction of …", takes nine; six cut it).
   */
  headerLines: 10,
  gap: 3,
};

/**
 * How a cell is drawn, in SVG (TeamCell: exports, print, small teams) and on a canvas (a large
 * team's page, `dom/teamCanvas.ts`) alike: its box, corner, edges and its two lines of words.
 */
export const TEAM_CELL = {
  width: TEAM_SIZES.cellWidth - TEAM_SIZES.gap,
  height: TEAM_SIZES.cellHeight - TEAM_SIZES.gap,
  radius: 4,
  textSize: 11,
  /** The baseline of the proficiency's name: alone, or above the gap's words. */
  lineAlone: 22,
  lineOne: 15,
  lineTwo: 29,
  /** A short cell's edge (in the ink), every other's. */
  shortEdge: 2,
  edge: 1,
  /** The edge of a cell not rated or not asked for. */
  dash: [4, 3],
} as const;

export interface TeamLayoutCell {
  key: string;
  x: number;
  y: number;
  /** The proficiency's name ("not yet", "not rated") and the gap ("met", "short 2", "+1", "").  */
  lines: [string, string];
  swatch: Swatch;
  dashed: boolean;
  /** Short of the target: drawn with a heavier edge, as well as said. */
  short: boolean;
  /** The cell's accessible name. */
  name: string;
}

export interface TeamLayoutRow {
  key: string;
  y: number;
  row: TeamRow;
  /** "Alex Smith" or "Person 3"; then "Senior DevOps engineer (technical) · 5 steps short". */
  name: string;
  /** The name as drawn: cut with "…" where it is longer than the column (and the copy in view). */
  label: string;
  shortLabel: string;
  detail: string;
}

export interface TeamLayout {
  width: number;
  height: number;
  headerHeight: number;
  /** Each skill's column; `coverage` marks a skill nobody, or one person, holds at practitioner. */
  columns: { x: number; skill: TeamSkill; lines: string[]; coverage: Coverage }[];
  summaries: { key: 'meeting' | 'median' | 'strong'; y: number; label: string; values: string[] }[];
  groups: { y: number; label: string }[];
  rows: TeamLayoutRow[];
  /** A row's cells, laid out when asked (a large team draws only the rows in view). */
  cells: (row: TeamLayoutRow) => TeamLayoutCell[];
}

export function layoutTeam(index: RoleIndex, shown: TeamShown): TeamLayout {
  const s = TEAM_SIZES;
  const swatches = proficiencySwatches(index.framework.proficiencies);
  const columns = shown.grid.skills.map((skill, i) => ({
    x: s.nameWidth + i * s.cellWidth,
    skill,
    lines: wrapBreaking(skill.name, s.headerChars, s.headerLines),
    coverage: coverageOf(skill),
  }));
  const headerLines = Math.max(1, ...columns.map((column) => column.lines.length));
  const top = headerLines * s.headerLineHeight + 12;
  // In a cell, a median "between Working and Practitioner" is "Working+" (the table says it in full).
  const summaries = teamSummaryRows(shown.grid).map(({ key, label, values }, i) => ({
    key,
    label,
    values: key === 'median' ? values.map((v) => v.replace(/^between (\S+) and .*$/, '$1+')) : values,
    y: top + i * s.summaryHeight,
  }));
  let y = top + summaries.length * s.summaryHeight + 8;
  const groups: TeamLayout['groups'] = [];
  const rows: TeamLayoutRow[] = [];
  let group = '';
  for (const { row, group: label } of shown.rows) {
    if (label && label !== group) {
      groups.push({ y, label });
      y += s.groupHeight;
    }
    group = label;
    const name = shownName(row, shown.anonymise);
    rows.push({
      key: String(row.number),
      y,
      row,
      name,
      label: fitText(name, s.nameChars),
      shortLabel: fitText(name, s.stickyChars),
      detail: standingWords(index, row),
    });
    y += s.cellHeight;
  }
  const laidOut = new Map<TeamLayoutRow, TeamLayoutCell[]>();
  const cellsOf = ({ row, y, name }: TeamLayoutRow): TeamLayoutCell[] => {
    return row.cells.map((cell, c): TeamLayoutCell => {
      const proficiency = cell.have ? index.proficiency(cell.have) : undefined;
      const gap = cell.gap;
      const words = gapWords(gap);
      const skill = shown.grid.skills[c];
      const have = cell.have === undefined ? 'not rated' : (proficiency?.name ?? 'not yet');
      const asked = cell.asked ? index.proficiency(cell.asked)?.name : undefined;
      return {
        key: `${row.number}|${cell.skillId}`,
        x: s.nameWidth + c * s.cellWidth,
        y,
        lines: [have, words],
        swatch: proficiency ? swatches.get(proficiency.id)! : NOT_REQUIRED,
        dashed: !proficiency,
        short: gap?.kind === 'short',
        name: `${name}, ${skill.name}: ${have}${asked ? `; the target asks for ${asked}${words ? `: ${words}` : ''}` : row.target ? '; the target does not ask for it' : ''}`,
      };
    });
  };
  const cells = (row: TeamLayoutRow) => {
    let done = laidOut.get(row);
    if (!done) laidOut.set(row, (done = cellsOf(row)));
    return done;
  };
  return {
    cells,
    width: s.nameWidth + columns.length * s.cellWidth + 8,
    height: y + 8,
    headerHeight: top,
    columns,
    summaries,
    groups,
    rows,
  };
}

/** People on one page of the team's table twin (a whole profession's table is paged, not drawn whole). */
export const TABLE_PAGE_PEOPLE = 100;

/**
 * The page of `count` rows to show, `size` to a page, for the page asked for (kept within the pages
 * there are: a filter may leave fewer): its index, its rows (`from` inclusive, `to` exclusive) and
 * how many pages there are.
 */
export function tablePage(count: number, wanted: number, size = TABLE_PAGE_PEOPLE) {
  const pages = Math.max(1, Math.ceil(count / size));
  const at = Math.max(0, Math.min(Math.floor(wanted), pages - 1));
  return { at, from: at * size, to: Math.min(count, (at + 1) * size), pages };
}
