/**
 * Each chart as native, editable PowerPoint content (one or more slides): the matrix and the
 * comparison as tables, the trajectories and the track overview as charts with their data, the
 * pathway as shapes. Each chart's builder is its folder's `slides.ts` (its default export); a chart
 * without one stops the deck with the file to add.
 */
import type { ChartKind } from '../charts/kinds';
import type { ChartContext } from '../charts/types';
import { chartLegend, chartTitle } from '../charts/registry';
import { everyKind } from '../charts/folders';
import type { NativeSlide, SlideTheme, ChartSlideParts } from './types';

const BUILDERS = everyKind(
  import.meta.glob<(parts: ChartSlideParts) => NativeSlide[]>('../../charts/*/slides.ts', {
    eager: true,
    import: 'default',
  }),
  'slides.ts',
);
export function nativeSlides(
  kind: ChartKind,
  ctx: ChartContext,
  source: string,
  theme: SlideTheme,
): NativeSlide[] {
  return BUILDERS[kind]({ ctx, title: chartTitle(kind, ctx), legend: chartLegend(kind, ctx), source, theme });
}
