import { count } from '../../lib/model/count';
import { levelLabel } from '../../lib/model/framework';
import { COVERAGE_MARK, gapWords, shownName, standingWords } from '../../lib/model/teamWords';
import { coverageOf } from '../../lib/model/coverage';
import type { TeamRow } from '../../lib/model/teamGrid';
import { proficiencyLegend, NOT_REQUIRED_LEGEND } from '../../lib/charts/legend';
import { defineChart, type ChartContext, type LegendItem } from '../../lib/charts/types';
import { withFields } from '../../lib/charts/context';

/** A row of the heatmap's table and CSV: a person, and the group they are shown in. */
export interface TeamRecord {
  row: TeamRow;
  group: string;
}

/** Who the team is set against, in words: "their own targets" or "Senior DevOps engineer (technical)". */
export function teamAgainstWords(ctx: ChartContext): string {
  const against = ctx.team?.against;
  return against ? levelLabel(ctx.index.framework, against) : 'their own targets';
}

const people = (n: number) => count(n, 'person', 'people');

/** People on one page of paper or one picture slide: more would be too small to read. */
export const TEAM_PAGE_ROWS = 12;

/** The heatmap as pages, for paper and picture slides: a page per 12 people, each with the whole team's summary. */
export function teamPages(ctx: ChartContext): ChartContext[] {
  const team = ctx.team;
  if (!team || team.rows.length <= TEAM_PAGE_ROWS) return [ctx];
  const pages: ChartContext[] = [];
  for (let start = 0; start < team.rows.length; start += TEAM_PAGE_ROWS)
    pages.push(
      withFields(ctx, {
        team: {
          ...team,
          rows: team.rows.slice(start, start + TEAM_PAGE_ROWS),
          page: {
            from: start + 1,
            to: Math.min(team.rows.length, start + TEAM_PAGE_ROWS),
            of: team.rows.length,
          },
        },
      }),
    );
  return pages;
}

/** The team's heatmap: people × the role's skills, each rating against the target, gaps in words. */
export const teamChart = defineChart<TeamRecord>({
  kind: 'team',
  name: 'Team heatmap',
  applies: (ctx) => (ctx.team?.grid.rows.length ?? 0) > 0,
  title: (ctx) => {
    const page = ctx.team?.page;
    const count = page ? `people ${page.from}–${page.to} of ${page.of}` : people(ctx.team?.rows.length ?? 0);
    return `${ctx.index.role.name}: the team (${count}) against ${teamAgainstWords(ctx)}${ctx.team?.date ? ` on ${ctx.team.date}` : ''}`;
  },
  pages: teamPages,
  describe: (ctx) =>
    !ctx.team
      ? 'no team is loaded for this role: load its assessments under "Team".'
      : `A row per person${ctx.team.anonymise ? ' (anonymised: Person 1, Person 2, …)' : ''}, a column per skill of the role; each cell is the person's proficiency, coloured and named, and the gap to ${teamAgainstWords(ctx)} (met, short by n steps, or above). Above them, per skill: how many meet the target, the team's median, and how many reach ${ctx.team.grid.strongAt?.name.toLowerCase() ?? 'the top'} or above (✖ where nobody does, ⚠ where only one does). Gaps to discuss, not scores.`,
  legend: (ctx): LegendItem[] => [
    ...proficiencyLegend(ctx.index.framework),
    { ...NOT_REQUIRED_LEGEND, label: 'not yet, or not rated' },
    {
      label: 'short n: steps short of the target',
      shape: 'mark',
      mark: 'short 1',
      fill: '#ffffff',
      stroke: '#1b1f24',
    },
    // The coverage marks only where the team has such a skill: a legend says what the chart shows.
    ...(['none', 'one'] as const)
      .filter((coverage) => ctx.team?.grid.skills.some((skill) => coverageOf(skill) === coverage))
      .map((coverage): LegendItem => ({
        label: `${coverage === 'none' ? 'nobody' : 'only one person'} at ${ctx.team?.grid.strongAt?.name.toLowerCase() ?? 'the top'} or above`,
        shape: 'mark',
        mark: COVERAGE_MARK[coverage].split(' ')[0],
        fill: '#ffffff',
        stroke: '#1b1f24',
      })),
  ],
  fileNameParts: (ctx) => [
    'team',
    ctx.team?.against?.id ?? 'own-targets',
    ...(ctx.team?.date ? [ctx.team.date] : []),
  ],
  rows: (ctx) => ctx.team?.rows ?? [],
  csv: (ctx, rows) => {
    const skills = ctx.index.role.skills;
    const name = (id: string | null | undefined) =>
      id === undefined ? 'not rated' : id === null ? 'not yet' : (ctx.index.proficiency(id)?.name ?? id);
    return {
      header: ['Person', 'Group', 'Target', 'Standing', ...skills.flatMap((s) => [s.name, `${s.name}: gap`])],
      rows: rows.map(({ row, group }) => [
        shownName(row, ctx.team?.anonymise ?? true),
        group,
        row.target ? levelLabel(ctx.index.framework, row.target) : '',
        standingWords(ctx.index, row),
        ...row.cells.flatMap((cell) => [name(cell.have), gapWords(cell.gap)]),
      ]),
    };
  },
});

/** The registry takes each definition file's default export. */
export default teamChart;
