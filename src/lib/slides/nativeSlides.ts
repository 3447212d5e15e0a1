/**
 * Each chart as native, editable PowerPoint content (one or more slides): the matrix and the
 * comparison as tables, the trajectories and the track overview as charts with their data, the
 * pathway as shapes. A chart kind without a native form would be a type error here.
 */
import type { ChartKind } from '../charts/kinds';
import type { ChartContext } from '../charts/types';
import { chartLegend, chartTitle } from '../charts/registry';
import { compareSlides } from './compareSlides';
import { matrixSlides } from './matrixSlides';
import { overviewSlides } from './overviewSlides';
import { pathwaySlides } from './pathwaySlide';
import { profileSlides } from './profileSlides';
import { mapSlides } from './mapSlides';
import { teamSlides } from './teamSlides';
import { trajectorySlides } from './trajectorySlides';
import type { NativeSlide, SlideTheme, ChartSlideParts } from './types';

const BUILDERS: Record<ChartKind, (parts: ChartSlideParts) => NativeSlide[]> = {
  matrix: matrixSlides,
  pathway: pathwaySlides,
  trajectory: trajectorySlides,
  compare: compareSlides,
  overview: overviewSlides,
  profile: profileSlides,
  map: mapSlides,
  team: teamSlides,
};

export function nativeSlides(
  kind: ChartKind,
  ctx: ChartContext,
  source: string,
  theme: SlideTheme,
): NativeSlide[] {
  return BUILDERS[kind]({ ctx, title: chartTitle(kind, ctx), legend: chartLegend(kind, ctx), source, theme });
}
