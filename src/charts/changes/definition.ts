import { layoutChanges, VERSION_MARKS, cellWords, columnName, fateWords, type ChangesRow } from './layout';
import { NOT_REQUIRED_LEGEND, proficiencyLegend } from '../../lib/charts/legend';
import { defineChart, type ChartContext, type LegendItem } from '../../lib/charts/types';
import { roleDiffWords } from '../../lib/model/versionDiff';

/** "7 January 2020 (GOV.UK role page)" to "2025 (CSV download)". */
export const versionPair = (ctx: ChartContext) =>
  ctx.versions
    ? { since: ctx.versions.before.version.label, to: ctx.versions.after.version.label }
    : undefined;

const proficiencyName = (ctx: ChartContext) => (id: string) =>
  ctx.versions?.after.framework.proficiencies.find((p) => p.id === id)?.name ??
  ctx.versions?.before.framework.proficiencies.find((p) => p.id === id)?.name ??
  id;

/** What changed in the role shown between two versions of its framework, skill by skill and level by level. */
export const changesChart = defineChart<ChangesRow>({
  kind: 'changes',
  name: 'What changed between versions',
  applies: (ctx) => ctx.versions !== undefined,
  title: (ctx) => {
    const pair = versionPair(ctx);
    return pair
      ? `${ctx.versions!.after.role.name}: what changed since ${pair.since}, in ${pair.to}`
      : `${ctx.index.role.name}: what changed between versions`;
  },
  describe: (ctx) =>
    ctx.versions
      ? `Each skill (rows) at each level (columns): the proficiency ${ctx.versions.after.version.label} asks for, marked with how it differs from ${ctx.versions.before.version.label}. ${roleDiffWords(ctx.versions.diff)}`
      : 'There is no other version of this role to compare with.',
  summary: (ctx) => (ctx.versions ? roleDiffWords(ctx.versions.diff) : undefined),
  legend: (ctx): LegendItem[] => [
    ...proficiencyLegend(ctx.versions?.after.framework ?? ctx.index.framework),
    NOT_REQUIRED_LEGEND,
    ...VERSION_MARKS.map(({ mark, meaning }): LegendItem => ({
      label: meaning,
      shape: 'mark',
      mark,
      fill: '#ffffff',
      stroke: '#1b1f24',
    })),
  ],
  fileNameParts: (ctx) =>
    ctx.versions
      ? ['changes', ctx.versions.before.framework.id, 'to', ctx.versions.after.framework.id]
      : ['changes'],
  rows: (ctx) => (ctx.versions ? layoutChanges(ctx.versions).rows : []),
  // One row per skill and level: a spreadsheet filters and sorts it as it likes.
  csv: (ctx, rows) => {
    const v = ctx.versions;
    if (!v) return { header: [], rows: [] };
    const name = proficiencyName(ctx);
    return {
      header: [
        'Skill',
        'What became of the skill',
        'Level',
        `${v.before.version.label}: proficiency`,
        `${v.after.version.label}: proficiency`,
        'Change',
        `${v.before.version.label}: description`,
        `${v.after.version.label}: description`,
      ],
      rows: rows.flatMap((row) =>
        row.cells
          .filter((cell) => cell.change.kind !== 'absent')
          .map((cell) => [
            row.name,
            fateWords(row.fate),
            columnName(v.after.framework, cell.change.level),
            cell.change.before.map((r) => name(r.proficiency)).join(' / '),
            cell.change.after ? name(cell.change.after.proficiency) : '',
            cellWords(cell.change, name),
            cell.change.before.map((r) => r.description).join('\n'),
            cell.change.after?.description ?? '',
          ]),
      ),
    };
  },
  twin: (ctx, rows) => {
    const v = ctx.versions;
    if (!v) return 'There is no other version of this role to compare with.';
    const name = proficiencyName(ctx);
    const levels = rows[0]?.cells.map((cell) => columnName(v.after.framework, cell.change.level)) ?? [];
    return {
      caption: `What changed in ${v.after.role.name} from ${v.before.version.label} to ${v.after.version.label}`,
      header: ['Skill', 'What became of it', ...levels],
      rows: rows.map((row) => [
        row.name,
        fateWords(row.fate),
        ...row.cells.map((cell) => cellWords(cell.change, name)),
      ]),
      region: 'What changed, as a table',
    };
  },
});

/** The registry takes each definition file's default export. */
export default changesChart;
