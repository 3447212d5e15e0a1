/**
 * The chart registry: each chart kind's definition, declared once in its own file. Titles,
 * legends, file names, table rows, CSV and which charts apply are all read from here; the
 * components that draw each kind are mapped in `components/charts/registry.ts`.
 */
import { CHART_KINDS, type ChartKind } from './kinds';
import type { ChartContext, ChartDefinition, CsvTable, LegendItem } from './types';
import { matrixChart } from './matrix';
import { pathwayChart } from './pathway';
import { trajectoryChart } from './trajectory';
import { compareChart } from './compare';
import { overviewChart } from './overview';

export const CHARTS: { readonly [K in ChartKind]: ChartDefinition } = {
  matrix: matrixChart,
  pathway: pathwayChart,
  trajectory: trajectoryChart,
  compare: compareChart,
  overview: overviewChart,
};

export function chartTitle(kind: ChartKind, ctx: ChartContext): string {
  return CHARTS[kind].title(ctx);
}

export function chartLegend(kind: ChartKind, ctx: ChartContext): LegendItem[] {
  return CHARTS[kind].legend(ctx);
}

/** A file name that says what is in the file: "development-operations-devops-engineer-matrix-technical.png". */
export function chartFileName(kind: ChartKind, ctx: ChartContext, extension: string): string {
  return `${[ctx.index.role.id, ...CHARTS[kind].fileNameParts(ctx)].join('-')}.${extension}`;
}

/** The chart's data as a table for CSV: the same rows as its table twin. */
export function chartTable(kind: ChartKind, ctx: ChartContext): CsvTable {
  const chart = CHARTS[kind];
  return chart.csv(ctx, chart.rows(ctx));
}

/** The charts that say something for this role, in presentation order: the slides of a deck. */
export function chartsThatApply(ctx: ChartContext): ChartKind[] {
  return CHART_KINDS.filter((kind) => CHARTS[kind].applies(ctx));
}
