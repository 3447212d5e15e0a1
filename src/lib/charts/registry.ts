/**
 * The chart registry: each chart kind's definition, declared once, in its own file in
 * `definitions/` (found here by Vite's glob import, so a new chart needs no line in this file).
 * Titles, legends, file names, table rows, CSV and which charts apply are all read from here; the
 * components that draw each kind are mapped in `components/charts/chartComponents.ts`.
 */
import { CHART_KINDS, type ChartKind } from './kinds';
import type { ChartContext, ChartDefinition, CsvTable, LegendItem } from './types';

// Each file's default export (a namespace import of each would bring the bundler's runtime into the
// first load, which has the matrix's definition).
const modules = import.meta.glob<unknown>(['./definitions/*.ts', '!./definitions/*.test.ts'], {
  eager: true,
  import: 'default',
});

const isDefinition = (value: unknown): value is ChartDefinition =>
  typeof value === 'object' && value !== null && 'kind' in value && 'rows' in value && 'csv' in value;

/** The definitions, by kind, from each file's default export; a kind with none, or two, stops the app here. */
export function collectCharts(modules: Record<string, unknown>): {
  readonly [K in ChartKind]: ChartDefinition;
} {
  const found = new Map<string, ChartDefinition>();
  for (const [file, definition] of Object.entries(modules)) {
    if (!isDefinition(definition)) throw new Error(`${file} has no chart definition as its default export.`);
    if (!(CHART_KINDS as readonly string[]).includes(definition.kind))
      throw new Error(`${file} defines a chart "${definition.kind}" that is not in CHART_KINDS (kinds.ts).`);
    if (found.has(definition.kind)) throw new Error(`The chart "${definition.kind}" is defined twice.`);
    found.set(definition.kind, definition);
  }
  const missing = CHART_KINDS.filter((kind) => !found.has(kind));
  if (missing.length > 0)
    throw new Error(
      `No definition for the chart kind ${missing.join(', ')}: add src/lib/charts/definitions/${missing[0]}.ts.`,
    );
  return Object.fromEntries(CHART_KINDS.map((kind) => [kind, found.get(kind)!])) as {
    [K in ChartKind]: ChartDefinition;
  };
}

export const CHARTS = collectCharts(modules);

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

/** The contexts of a chart's pages on paper and picture slides: its own pages, else just itself. */
export function chartPages(kind: ChartKind, ctx: ChartContext): ChartContext[] {
  return CHARTS[kind].pages?.(ctx) ?? [ctx];
}

/** The charts that say something for this role, in presentation order: the slides of a deck. */
export function chartsThatApply(ctx: ChartContext): ChartKind[] {
  return CHART_KINDS.filter((kind) => CHARTS[kind].applies(ctx));
}
