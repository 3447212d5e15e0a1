/** Guards export names and data: a file says what is in it; a CSV holds what the chart shows. */
import { describe, expect, it } from 'vitest';
import { devopsFramework, devopsIndex } from '../../../tests/unit/fixtures';
import { visibleLevels } from '../model/framework';
import { compareColumns } from '../model/compare';
import { CHARTS, chartFileName, chartLegend, chartTable, chartTitle, collectCharts } from './registry';
import type { ChartContext } from './types';
import { DEFAULT_MOVE_BUDGET } from '../state/viewState';

const index = devopsIndex();
const roleId = index.role.id;
const ctx = (over: Partial<ChartContext> = {}): ChartContext => ({
  index,
  levels: visibleLevels(index.role, over.track ?? null),
  track: null,
  moveBudget: DEFAULT_MOVE_BUDGET,
  showChanges: false,
  showCrossTrack: true,
  comparison: compareColumns(
    devopsFramework(),
    { roleId, levelId: 'senior-devops-engineer-technical' },
    { roleId, levelId: 'senior-devops-engineer-management' },
  ),
  ...over,
});

describe('chartFileName', () => {
  it.each([
    ['matrix', ctx({ track: 'technical' }), 'png', `${roleId}-matrix-technical.png`],
    ['matrix', ctx({ showChanges: true }), 'svg', `${roleId}-matrix-changes.svg`],
    ['pathway', ctx({ track: 'technical' }), 'pdf', `${roleId}-pathway.pdf`],
    [
      'compare',
      ctx(),
      'csv',
      `${roleId}-compare-senior-devops-engineer-technical-vs-senior-devops-engineer-management.csv`,
    ],
  ] as const)('%s → %s', (kind, context, extension, name) => {
    expect(chartFileName(kind, context, extension)).toBe(name);
  });
});

describe('chartTitle and chartLegend', () => {
  it('says what the chart shows, in its current state', () => {
    expect(chartTitle('matrix', ctx({ track: 'management', showChanges: true }))).toBe(
      'Development operations (DevOps) engineer: skills by level (management track), with changes from the previous level',
    );
    expect(chartTitle('compare', ctx())).toBe(
      'Senior DevOps engineer (technical) vs Senior DevOps engineer (management)',
    );
    expect(chartLegend('matrix', ctx()).map((item) => item.label)).toEqual([
      'Awareness',
      'Working',
      'Practitioner',
      'Expert',
      'not required',
    ]);
  });
});

describe('chartTable', () => {
  it('matrix: one row per visible cell, with the change when marked', () => {
    const { header, rows } = chartTable('matrix', ctx({ track: 'technical', showChanges: true }));
    expect(header).toEqual([
      'Skill',
      'Level',
      'Track',
      'Proficiency',
      'Description',
      'Change from the previous level',
    ]);
    expect(rows).toHaveLength(60);
    expect(rows).toContainEqual([
      'Service support',
      'Senior DevOps engineer',
      'Technical',
      'Expert',
      'You will be able to demonstrate a breadth of understanding of service support.',
      'raised 1 step from practitioner',
    ]);
  });

  it('overview: which track asks more, in words, never a bare negative number', () => {
    const { rows } = chartTable('overview', ctx());
    expect(rows).toContainEqual([
      'Service support',
      'Senior DevOps engineer',
      'Expert',
      'Practitioner',
      'Technical',
      '1',
    ]);
    expect(rows.flat().some((cell) => /^[-=+@]/.test(cell))).toBe(false);
  });

  it('pathway and trajectory: steps with counts, and points along each path', () => {
    expect(chartTable('pathway', ctx()).rows).toHaveLength(12);
    expect(chartTable('trajectory', ctx()).rows).toHaveLength(100);
  });
});

describe('collectCharts', () => {
  const all = Object.fromEntries(
    Object.entries(CHARTS).map(([kind, chart]) => [`../../charts/${kind}/definition.ts`, chart]),
  );

  it('takes each kind from its file, in the order of CHART_KINDS', () => {
    expect(Object.keys(collectCharts(all))).toEqual([
      'matrix',
      'pathway',
      'trajectory',
      'compare',
      'overview',
      'changes',
      'profile',
      'conversation',
      'map',
      'team',
    ]);
  });

  it('names the file a missing chart needs', () => {
    const rest = Object.fromEntries(Object.entries(all).filter(([file]) => !file.includes('/pathway/')));
    expect(() => collectCharts(rest)).toThrow('add src/charts/pathway/definition.ts');
  });

  it("refuses a file without a definition, a folder that is not a kind, and a definition in another kind's folder", () => {
    expect(() => collectCharts({ ...all, '../../charts/matrix/definition.ts': undefined })).toThrow(
      '../../charts/matrix/definition.ts has no chart definition as its default export',
    );
    const stray = { ...CHARTS.matrix, kind: 'radar' };
    expect(() => collectCharts({ ...all, '../../charts/radar/definition.ts': stray })).toThrow(
      'a chart folder "radar" that is not in CHART_KINDS',
    );
    expect(() => collectCharts({ ...all, '../../charts/pathway/definition.ts': CHARTS.matrix })).toThrow(
      'defines the chart "matrix": a chart\'s folder is named as its kind',
    );
  });
});
