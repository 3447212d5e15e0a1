import type { Requirement, Skill } from '../../lib/model/types';
import { absentRequirement, trackName } from '../../lib/model/framework';
import { CHANGE_MARKS, changesFromPrevious, describeChange } from '../../lib/model/changes';
import { gapBadge, layoutMatrix, type MatrixCell, type MatrixColumn } from './layout';
import { YOU_ID } from '../../lib/model/you';
import { NOT_REQUIRED_LEGEND, proficiencyLegend, trackInTitle } from '../../lib/charts/legend';
import { defineChart, type ChartContext, type LegendItem } from '../../lib/charts/types';

/** A row of the matrix: a skill, and what each visible level asks of it. */
export interface MatrixRecord {
  skill: Skill;
  cells: { column: MatrixColumn; cell: MatrixCell; requirement?: Requirement }[];
}

/** The key to the gap marks the matrix draws with a self-assessment shown. */
const GAP_MARKS: LegendItem[] = [
  { mark: 'met', meaning: 'you meet what the level asks for' },
  { mark: 'short 2', meaning: 'you are short of it, by 2 steps' },
].map(({ mark, meaning }) => ({ label: meaning, shape: 'mark', mark, fill: '#ffffff', stroke: '#1b1f24' }));

/** The skills × levels matrix: what each level asks for, optionally marked with what changed. */
export const matrixChart = defineChart<MatrixRecord>({
  kind: 'matrix',
  name: 'Skills by level',
  applies: () => true,
  // With ratings, the gap takes the place of the changes: both would need the cells' one mark.
  title: (ctx) =>
    `${ctx.index.role.name}: skills by level${trackInTitle(ctx)}${ctx.you ? ', with you and your gap to each level' : ctx.showChanges ? ', with changes from the previous level' : ''}`,
  describe: (ctx) =>
    `${ctx.index.role.skills.length} skills (rows) by ${ctx.levels.length} levels (columns); each cell names the proficiency the level asks for${ctx.you ? ". The first column is you, as you rated yourself; each level's cells say whether you meet what it asks, or by how many steps you are short" : ctx.showChanges ? ', marked with what changed from the previous level on the same path' : ''}.`,
  // With changes marked, the marks' key too: an export without it would leave NEW, ▲1 and ✎ unexplained.
  legend: (ctx) => [
    ...proficiencyLegend(ctx.index.framework),
    NOT_REQUIRED_LEGEND,
    ...(ctx.you
      ? GAP_MARKS
      : ctx.showChanges
        ? CHANGE_MARKS.map(({ mark, meaning }): LegendItem => ({
            label: meaning,
            shape: 'mark',
            mark,
            fill: '#ffffff',
            stroke: '#1b1f24',
          }))
        : []),
  ],
  fileNameParts: (ctx) => [
    'matrix',
    ...(ctx.track ? [ctx.track] : []),
    ...(ctx.you ? ['you'] : ctx.showChanges ? ['changes'] : []),
  ],
  rows: (ctx) => matrixRecords(ctx),
  csv: (ctx, rows) => {
    const { index } = ctx;
    const name = (id: string) => index.proficiency(id)?.name ?? id;
    const header = ['Skill', 'Level', 'Track', 'Proficiency', 'Description'];
    if (ctx.you) header.push('You', 'Your gap');
    else if (ctx.showChanges) header.push('Change from the previous level');
    const yours = new Map(ctx.you?.map((r) => [r.skillId, r.proficiency]));
    return {
      header,
      rows: rows.flatMap((row) =>
        row.cells.flatMap(({ cell, requirement: r }) => {
          const level = cell.level;
          // The "You" column is in every row's own "You" cell, not a level of its own.
          if (level.id === YOU_ID) return [];
          const line = [
            row.skill.name,
            level.name,
            trackName(index.framework, level) ?? '',
            r ? name(r.proficiency) : absentRequirement(index.role),
            r?.description ?? '',
          ];
          if (ctx.you) {
            const have = yours.get(row.skill.id) ?? null;
            line.push(
              have === null ? 'not yet' : name(have),
              cell.gap ? gapBadge(cell.gap) || 'not asked' : '',
            );
          } else if (ctx.showChanges) {
            const change = changesFromPrevious(index, level)?.changes.get(row.skill.id);
            line.push(change ? describeChange(change, name) : 'first level');
          }
          return [line];
        }),
      ),
    };
  },
});

/**
 * The matrix's rows as records, the first `count` of them (every row without it): a table that shows
 * 200 skills of 10,000 makes the cells of those 200 (the layout makes a row's cells when asked).
 */
export function matrixRecords(ctx: ChartContext, count?: number): MatrixRecord[] {
  const layout = layoutMatrix(ctx.index, { levels: ctx.levels, showChanges: ctx.showChanges, you: ctx.you });
  return layout.rows.slice(0, count).map((row, r) => ({
    skill: row.skill,
    cells: layout.rowCells(r).map((cell, c) => ({
      column: layout.columns[c],
      cell,
      requirement: ctx.index.requirement(cell.level.id, cell.skill.id),
    })),
  }));
}

/** The matrix's columns (its levels, labelled), from its rows. */
export function matrixColumns(rows: MatrixRecord[]): MatrixColumn[] {
  return rows[0]?.cells.map((c) => c.column) ?? [];
}

/** The registry takes each definition file's default export. */
export default matrixChart;
