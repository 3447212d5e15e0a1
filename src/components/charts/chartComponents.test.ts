/**
 * Guards against a half-declared chart: every chart kind has a definition (name, title, description,
 * legend, file name, rows and CSV), a chart component and a table twin, and is a slide of the
 * presentation and the deck (both are the charts that apply) for a role where it applies.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devopsFramework, withAssessment, withTeam, withVersions } from '../../../tests/unit/fixtures';
import { Explorer } from '../../lib/state/explorer.svelte';
import { CHART_KINDS } from '../../lib/charts/kinds';
import { CHARTS, chartFileName, chartTable, chartsThatApply } from '../../lib/charts/registry';
import { CHART_COMPONENTS } from './chartComponents';
import { validateFramework } from '../../lib/model/schema';
import { syntheticFramework } from '../../../tests/bench/synthetic';

const framework = devopsFramework();
const explorer = new Explorer();
explorer.load(framework);
// With a self-assessment, so that every chart applies (the profile needs one); the career map needs
// a framework of several roles: the 2025 one.
withAssessment(explorer);
// And a team, for the team heatmap.
withTeam(explorer);
// And the 2025 version, for what changed since the 2020 page.
withVersions(explorer);
const ctx = explorer.chartContext!;
const ddat = new Explorer();
ddat.load(
  validateFramework(
    JSON.parse(readFileSync(new URL('../../../static/data/ddat-2025.json', import.meta.url), 'utf8')),
  ),
);
ddat.roleId = 'development-operations-devops-engineer';
withAssessment(ddat);
const ctxOf = (kind: string) => (kind === 'map' ? ddat.chartContext! : ctx);

describe.each(CHART_KINDS)('the %s chart', (kind) => {
  const chart = CHARTS[kind];

  it('is declared whole', () => {
    expect(chart.kind).toBe(kind);
    expect(chart.name).toMatch(/\w/);
    expect(chart.title(ctx)).toMatch(/\w/);
    expect(chart.describe(ctx)).toMatch(/\w{3}.*\.$/);
    expect(Array.isArray(chart.legend(ctx))).toBe(true);
    expect(chartFileName(kind, ctx, 'svg')).toMatch(new RegExp(`^${ctx.index.role.id}-${kind}(-|\\.svg$)`));
    expect(chart.rows(ctx).length).toBeGreaterThan(0);
    const table = chartTable(kind, ctx);
    expect(table.header.length).toBeGreaterThan(1);
    expect(table.rows.length).toBeGreaterThan(0);
    expect(table.rows.every((row) => row.length === table.header.length)).toBe(true);
  });

  it('has a chart component and a table twin', () => {
    expect(typeof CHART_COMPONENTS[kind].chart).toBe('function');
    expect(typeof CHART_COMPONENTS[kind].table).toBe('function');
    expect(CHART_COMPONENTS[kind].table).not.toBe(CHART_COMPONENTS[kind].chart);
  });

  it('is a slide of the presentation and the deck where it applies', () => {
    expect(chart.applies(ctxOf(kind))).toBe(true);
    expect(chartsThatApply(ctxOf(kind))).toContain(kind);
  });
});

it('declares no chart that is not a kind, and no kind twice', () => {
  expect(Object.keys(CHARTS)).toEqual([...CHART_KINDS]);
  expect(Object.keys(CHART_COMPONENTS)).toEqual([...CHART_KINDS]);
  expect(new Set(CHART_KINDS).size).toBe(CHART_KINDS.length);
});

it('leaves out a chart that says nothing for a role: no overview where the tracks never split', () => {
  // Levels on a track, but only one track: nothing to set side by side.
  const oneTrack = new Explorer();
  oneTrack.load(validateFramework(syntheticFramework({ skills: 4, steps: 5, shared: 2, tracks: 1 })));
  expect(oneTrack.role!.levels.some((l) => l.track !== null)).toBe(true);
  expect(chartsThatApply(oneTrack.chartContext!)).toEqual(['matrix', 'pathway', 'trajectory', 'compare']);
});
