/**
 * The components that draw each chart kind: the chart and its table twin. Imported only by code
 * that loads on demand (presentation mode, exports), so the first page load does not grow; the
 * views import the charts they show directly.
 */
import type { Component } from 'svelte';
import type { ChartKind } from '../../lib/charts/kinds';
import type { ChartContext } from '../../lib/charts/types';
import Matrix from './matrix/Matrix.svelte';
import MatrixTable from './matrix/MatrixTable.svelte';
import PathwayGraph from './pathway/PathwayGraph.svelte';
import PathwayTable from './pathway/PathwayTable.svelte';
import TrajectoryChart from './trajectory/TrajectoryChart.svelte';
import TrajectoryTable from './trajectory/TrajectoryTable.svelte';
import CompareChart from './compare/CompareChart.svelte';
import CompareTable from './compare/CompareTable.svelte';
import TrackOverview from './overview/TrackOverview.svelte';
import TrackOverviewTable from './overview/TrackOverviewTable.svelte';
import ProfileChart from './profile/ProfileChart.svelte';
import ProfileTable from './profile/ProfileTable.svelte';
import CareerMap from './map/CareerMap.svelte';
import CareerMapTable from './map/CareerMapTable.svelte';
import TeamHeatmap from './team/TeamHeatmap.svelte';
import TeamHeatmapTable from './team/TeamHeatmapTable.svelte';

export interface ChartComponents {
  /**
   * The chart, drawn from the Explorer in context; `onPage` where it is part of the page; `page`,
   * one of its pages (`chartPages`), for a chart that has pages (the others draw their one).
   */
  chart: Component<{ onPage?: boolean; page?: ChartContext }>;
  table: Component;
}

export const CHART_COMPONENTS: { readonly [K in ChartKind]: ChartComponents } = {
  matrix: { chart: Matrix, table: MatrixTable },
  pathway: { chart: PathwayGraph, table: PathwayTable },
  trajectory: { chart: TrajectoryChart, table: TrajectoryTable },
  compare: { chart: CompareChart, table: CompareTable },
  overview: { chart: TrackOverview, table: TrackOverviewTable },
  profile: { chart: ProfileChart, table: ProfileTable },
  map: { chart: CareerMap, table: CareerMapTable },
  team: { chart: TeamHeatmap, table: TeamHeatmapTable },
};
