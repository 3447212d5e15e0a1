/** A chart's table twin, as the generic twin draws it (apart from types.ts, which loads with the first page). */
import type { ChartContext, ChartDefinition, TwinTable } from './types';

/** A chart's table twin: its own (`twin`), else its title and its CSV, the same rows as the chart's. */
export function twinTable<Row>(chart: ChartDefinition<Row>, ctx: ChartContext): TwinTable | string {
  const rows = chart.rows(ctx);
  const own = chart.twin?.(ctx, rows) ?? {};
  if (typeof own === 'string') return own;
  const table = own.header && own.rows ? { header: own.header, rows: own.rows } : chart.csv(ctx, rows);
  return { caption: own.caption ?? chart.title(ctx), ...table, rowHeader: own.rowHeader, region: own.region };
}
