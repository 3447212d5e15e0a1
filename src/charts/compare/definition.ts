import { layoutCompare, type CompareRow } from './layout';
import { NOT_REQUIRED_LEGEND, proficiencyLegend } from '../../lib/charts/legend';
import { defineChart, type LegendItem } from '../../lib/charts/types';

/** The key to the comparison's marks, in one item (a slide's legend has one row to spare): which side asks for more, by how many steps. */
export const COMPARE_MARKS: LegendItem[] = [
  { mark: '◀ +1', meaning: 'left asks 1 step more (+1 ▶: right)' },
].map(({ mark, meaning }) => ({ label: meaning, shape: 'mark', mark, fill: '#ffffff', stroke: '#1b1f24' }));

/** Two columns (levels of any roles) side by side, skill by skill. */
export const compareChart = defineChart<CompareRow>({
  kind: 'compare',
  name: 'Comparison',
  applies: (ctx) => ctx.comparison !== undefined,
  title: (ctx) =>
    ctx.comparison
      ? `${ctx.comparison.a.label} vs ${ctx.comparison.b.label}`
      : `${ctx.index.role.name}: comparison`,
  // Not the comparison's summary: the page shows that sentence beside the chart already.
  describe: (ctx) =>
    ctx.comparison
      ? `${ctx.comparison.skills.length} skills, each with the proficiency ${ctx.comparison.a.label} asks for and the one ${ctx.comparison.b.label} asks for, and which side asks for more, by how many steps.`
      : 'There is no pair of levels to compare.',
  summary: (ctx) => ctx.comparison?.summary,
  // With the key to the difference marks: an export without it leaves "◀ +1" unexplained.
  legend: (ctx) => [
    ...proficiencyLegend(ctx.index.framework),
    NOT_REQUIRED_LEGEND,
    ...(ctx.comparison ? COMPARE_MARKS : []),
  ],
  fileNameParts: (ctx) =>
    ctx.comparison ? ['compare', ctx.comparison.a.level.id, 'vs', ctx.comparison.b.level.id] : ['compare'],
  rows: (ctx) => (ctx.comparison ? layoutCompare(ctx.index.framework, ctx.comparison).rows : []),
  csv: (ctx, rows) => {
    const c = ctx.comparison;
    if (!c) return { header: [], rows: [] };
    return {
      header: [
        'Skill',
        c.a.label,
        c.b.label,
        'Difference',
        `${c.a.label}: description`,
        `${c.b.label}: description`,
      ],
      rows: rows.map((row) => [
        row.comparison.skill.name,
        row.a.text,
        row.b.text,
        row.verdict,
        row.comparison.a?.description ?? '',
        row.comparison.b?.description ?? '',
      ]),
    };
  },
  twin: (ctx, rows) => {
    const c = ctx.comparison;
    if (!c) return 'There is no pair of levels to compare.';
    return {
      caption: `${c.a.label} compared with ${c.b.label}`,
      header: ['Skill', c.a.label, c.b.label, 'Difference'],
      rows: rows.map((row) => [row.comparison.skill.name, row.a.text, row.b.text, row.verdict]),
    };
  },
});

/** The registry takes each definition file's default export. */
export default compareChart;
