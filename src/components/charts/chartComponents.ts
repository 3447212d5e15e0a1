/**
 * The components that draw each chart kind, found in its folder (`src/charts/<kind>/`): its
 * `Chart.svelte`, and its `Table.svelte` where it has a twin of its own (else the generic twin,
 * `ChartTable.svelte`, drawn from its definition). Imported only by code that loads on demand
 * (presentation mode, exports), so the first page load does not grow; the views import the charts
 * they show directly.
 */
import type { Component } from 'svelte';
import type { ChartKind } from '../../lib/charts/kinds';
import type { ChartContext, ChartDefinition } from '../../lib/charts/types';
import { byKind, everyKind } from '../../lib/charts/folders';
import ChartTable from './ChartTable.svelte';

export interface ChartComponents {
  /**
   * The chart, drawn from the Explorer in context; `onPage` where it is part of the page; `page`,
   * one of its pages (`chartPages`), for a chart that has pages (the others draw their one).
   */
  chart: Component<{ onPage?: boolean; page?: ChartContext }>;
  /** Its table twin, given the chart's definition (a twin of its own does not need it). */
  table: Component<{ chart: ChartDefinition }>;
}

type Chart = ChartComponents['chart'];
const charts = everyKind(
  import.meta.glob<Chart>('../../charts/*/Chart.svelte', { eager: true, import: 'default' }),
  'Chart.svelte',
);
const tables = byKind(
  import.meta.glob<Component>('../../charts/*/Table.svelte', { eager: true, import: 'default' }),
  'Table.svelte',
  true,
);

export const CHART_COMPONENTS = Object.fromEntries(
  Object.entries(charts).map(([kind, chart]) => [
    kind,
    { chart, table: (tables[kind as ChartKind] as ChartComponents['table'] | undefined) ?? ChartTable },
  ]),
) as { readonly [K in ChartKind]: ChartComponents };
