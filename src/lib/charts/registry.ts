/**
 * The chart registry: each chart kind's definition, declared once, in its folder's `definition.ts`
 * (`src/charts/<kind>/`, found here by Vite's glob import, so a new chart needs no line in this
 * file). Titles, legends, file names, table rows, CSV and which charts apply are all read from here;
 * the components that draw each kind are found in the same folders by
 * `components/charts/chartComponents.ts`, and its slides by `slides/nativeSlides.ts`.
 */
import { CHART_KINDS, type ChartKind } from './kinds';
import { everyKind, folderOf } from './folders';
import type { ChartContext, ChartDefinition, CsvTable, LegendItem } from './types';

// Each file's default export (a namespace import of each would bring the bundler's runtime into the
// first load, which has the matrix's definition).
const modules = import.meta.glob<unknown>('../../charts/*/definition.ts', {
  eager: true,
  import: 'default',
});

const isDefinition = (value: unknown): value is ChartDefinition =>
  typeof value === 'object' && value !== null && 'kind' in value && 'rows' in value && 'csv' in value;

/**
 * The definitions, by kind, from each folder's `definition.ts`; a kind without one, a folder that is
 * not a kind, or a definition of another kind than its folder's stops the app here.
 */
export function collectCharts(modules: Record<string, unknown>): {
  readonly [K in ChartKind]: ChartDefinition;
} {
  for (const [file, definition] of Object.entries(modules)) {
    if (!isDefinition(definition)) throw new Error(`${file} has no chart definition as its default export.`);
    if (definition.kind !== folderOf(file))
      throw new Error(
        `${file} defines the chart "${definition.kind}": a chart's folder is named as its kind.`,
      );
  }
  return everyKind(modules as Record<string, ChartDefinition>, 'definition.ts');
}

export const CHARTS = collectCharts(modules);

export function chartTitle(kind: ChartKind, ctx: ChartContext): string {
  return CHARTS[kind].title(ctx);
}

/** The sentence an export carries under the chart's title, if the chart has one. */
export function chartSummary(kind: ChartKind, ctx: ChartContext): string | undefined {
  return CHARTS[kind].summary?.(ctx);
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
